// The Excel text of a consolidated row's formula (internal to src/annex/).
#pragma once

#include "consolidate/table.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace ramkoll::annex::detail {

// "=B5+B9-B12", runs of three or more consecutive added rows as SUM(B5:B8), "=-(…)" when negated;
// "=0" without terms. `sheet_row` gives the sheet row (1-based) of a table row.
std::string formula_text(const consolidate::Formula& formula, std::uint32_t column,
                         const std::vector<std::uint32_t>& sheet_row);

}  // namespace ramkoll::annex::detail
