// The annexes (bilagor) a rule file declares, once checked: the title, unit and decimals every
// annex has, and one table type per kind of annex holding only what that kind needs. Part of
// Round; consolidate/ builds each kind with its own function.
#pragma once

#include "common/money.hpp"
#include "rules/diagnostic.hpp"
#include "rules/program.hpp"
#include "rules/vocabulary.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ramkoll::rules {

// One row per committee with its varav parts, and the round's result row.
struct CommitteesTable {
    bool parts_first = false;         // seed 003: parts first, then "Totalt <name>"
    bool chart = false;               // a bar chart of the net cost per committee, first year
};

// Committee × form line × year, a subtotal per committee and a total.
struct LinesTable {};

// Every row of a list section, per committee sums and a SUMMA row.
struct ItemsTable {
    std::size_t list = 0;             // index into Form::lists
    std::size_t amount_column = 0;    // an amount per year column of the list
    std::size_t label_column = 0;     // the text shown per row
    std::optional<std::string> label_header;   // its column header as printed (else the column's label)
    SelectionMode mode = SelectionMode::except;
    std::vector<std::string> committees;   // taken (only) or left out (except); none: every one
    std::optional<std::size_t> requirement;   // index into Round::constants (a rate)
    bool plain = false;               // no committee column, no sum per committee, one row per label
    std::optional<std::string> total_label;   // the bottom row's label as declared
};

// Internal agreements: seller × buyer per year, differences highlighted.
struct AgreementsTable {
    std::size_t list = 0;
    std::size_t amount_column = 0;
    std::size_t counterpart_column = 0;   // a committee column
    std::size_t role_column = 0;          // a text column holding `seller` or `buyer`
    std::string seller;
    std::string buyer;
};

// A row of a rows annex: a value computed across the submissions (of `only`, when given),
// or a total of earlier rows (`terms` not empty), written as a formula.
struct AnnexRow {
    std::string name;
    std::string label;
    std::vector<std::string> only;    // committee codes; empty: every submission
    Program program;                  // across all submissions, per year; empty for totals
    std::vector<std::pair<int, std::size_t>> terms;   // (+1/−1, index of an earlier row)
    bool heading = false;             // a label without numbers ("Tillgångar")
    bool is_total() const { return !terms.empty(); }
};

// Declared rows (expressions across submissions) and totals of them.
struct RowsTable {
    std::vector<AnnexRow> rows;
};

// The frame bridge to a year, its steps, the frame and the later years' frames (seed 004).
struct BridgeTable {
    std::size_t bridge = 0;           // index into Round::bridges
};

using AnnexTable = std::variant<CommitteesTable, LinesTable, ItemsTable, AgreementsTable, RowsTable, BridgeTable>;

// A value column of an annex: the year its values are of and its header as printed
// ("Utfall 2021", "Budget 2023", or just "2023").
struct AnnexColumn {
    std::string header;
    int year = 0;
};

struct Annex {
    std::string name;                 // identifier; names the file and the sheet
    std::string title;                // "Bilaga 2. Nämndbudget"
    Unit unit = Unit::mnkr;
    int decimals = 1;
    // One per year column, in order: the round's years unless declared (columns "Utfall 2021"
    // 2021 ; …); an items annex over a list with its own years has the list's years.
    std::vector<AnnexColumn> columns;
    bool has_column(int year) const {
        return std::any_of(columns.begin(), columns.end(), [year](const AnnexColumn& c) { return c.year == year; });
    }
    std::optional<std::string> sum_column;   // header of a last column: each row's sum over the years
    AnnexTable table;
    Location where;
};

// The list section an items or agreements annex reads; nothing for the other kinds.
std::optional<std::size_t> list_read(const AnnexTable& table);

}  // namespace ramkoll::rules
