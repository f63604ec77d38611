// Where a value of a submission was read: the file, the sheet and (when it is one cell) the cell.
#pragma once

#include "common/name.hpp"
#include "xlsx/cell_ref.hpp"

#include <optional>
#include <string>

namespace ramkoll::submission {

struct Source {
    Name file;                              // file name as given, e.g. "HSN-2024.xlsx"
    Name sheet;
    std::optional<xlsx::CellRef> cell;      // empty when a finding concerns a whole sheet
    friend bool operator==(const Source&, const Source&) = default;
};

// "HSN-2024.xlsx, Budget!B7", "TN.xlsx, 'Budget TN'!E9" (the sheet quoted as Excel does),
// "HSN-2024.xlsx, Budget" without a cell, or "HSN-2024.xlsx" for the whole file.
std::string to_string(const Source& source);

}  // namespace ramkoll::submission
