// A consolidated annex as a table, before it is written: text columns, value columns (years,
// or the buyers of a matrix), rows with exact values in kronor, and which rows are formulas.
#pragma once

#include "common/money.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ramkoll::consolidate {

enum class RowKind {
    heading,    // a label without numbers ("Regiongemensamt", a committee above its lines)
    item,       // a value from the submissions
    part,       // a varav row: shown indented and italic, never added again
    subtotal,   // a sum of rows above it (formula)
    total       // the bottom line (formula): SUMMA, Resultat
};

// A row written as a formula of other rows in the same column: Σ sign × row, negated when
// `negated` (Bilaga 2's Resultat is minus the sum).
struct Formula {
    std::vector<std::pair<int, std::size_t>> terms;   // (+1/−1, row index)
    bool negated = false;
};

struct Row {
    RowKind kind = RowKind::item;
    std::vector<std::string> texts;                  // one per text column
    int indent = 0;
    std::vector<std::optional<Money>> values;        // kronor, one per value column; nullopt: empty
    std::optional<Formula> formula;                  // values then hold the formula's exact result
    bool highlight_nonzero = false;                  // a difference: shown red when not 0
    bool in_chart = false;                           // a bar of the annex's chart
};

struct Table {
    std::string name;                                // sheet and file name
    std::string title;                               // "Bilaga 2. Nämndbudget"
    Unit unit = Unit::mnkr;
    int decimals = 1;
    std::vector<std::string> text_headers;
    std::vector<std::string> value_headers;
    std::vector<Row> rows;
    std::vector<std::string> notes;                  // lines under the title
    bool chart = false;                              // a bar chart of the in_chart rows, first value column

    // The row whose first text is `label`, or nullptr.
    const Row* find(std::string_view label) const;
};

}  // namespace ramkoll::consolidate
