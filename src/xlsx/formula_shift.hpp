// Shared formulas: a cell of a shared range stores only the group index, and its formula
// is the anchor's formula with every relative reference moved by the cell's offset.
#pragma once

#include <string>
#include <string_view>

namespace ramkoll::xlsx {

// Moves relative references (A1, A:A, 1:1 forms; not $-anchored parts) by the given
// rows and columns. Text in string literals and quoted sheet names is left alone.
std::string shift_formula(std::string_view formula, long row_offset, long col_offset);

}  // namespace ramkoll::xlsx
