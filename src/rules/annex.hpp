// The annexes (bilagor) a rule file declares, once checked: which table each one is, its
// unit and decimals, and for the rows kind the compiled expression of every row. Part of Round.
#pragma once

#include "common/money.hpp"
#include "rules/diagnostic.hpp"
#include "rules/program.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ramkoll::rules {

enum class AnnexKind {
    committees,   // one row per committee with its varav parts, and the round's result row
    lines,        // committee × form line × year, a subtotal per committee and a total
    items,        // every row of a list section, per committee sums and a SUMMA row
    agreements,   // internal agreements: seller × buyer per year, differences highlighted
    rows          // declared rows (expressions across submissions) and totals of them
};

// A row of a rows annex: a value computed across the submissions (of `only`, when given),
// or a total of earlier rows (`terms` not empty), written as a formula.
struct AnnexRow {
    std::string name;
    std::string label;
    std::vector<std::string> only;    // committee codes; empty: every submission
    Program program;                  // across all submissions, per year; empty for totals
    std::vector<std::pair<int, std::size_t>> terms;   // (+1/−1, index of an earlier row)
    bool is_total() const { return !terms.empty(); }
};

struct Annex {
    std::string name;                 // identifier; names the file and the sheet
    std::string title;                // "Bilaga 2. Nämndbudget"
    Unit unit = Unit::mnkr;
    int decimals = 1;
    AnnexKind kind = AnnexKind::committees;
    // committees
    bool parts_first = false;         // seed 003: parts first, then "Totalt <name>"
    bool chart = false;               // a bar chart of the net cost per committee, first year
    // items and agreements: the list section and its columns (indices into Form)
    std::size_t list = 0;
    std::size_t amount_column = 0;
    std::size_t label_column = 0;     // items: the text shown per row; agreements: counterpart
    std::vector<std::string> committees;   // items: the committees taken (or left out)
    bool except = false;
    std::optional<std::size_t> requirement;   // items: index into Round::constants (a rate)
    std::size_t role_column = 0;      // agreements
    std::string seller;
    std::string buyer;
    // rows
    std::vector<AnnexRow> rows;
    Location where;
};

std::string_view annex_kind_name(AnnexKind kind);   // "committees", "lines", …

}  // namespace ramkoll::rules
