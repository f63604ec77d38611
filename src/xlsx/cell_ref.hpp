// A1-style cell and range references: parsing, formatting, Excel's grid limits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ramkoll::xlsx {

inline constexpr std::uint32_t max_rows = 1'048'576;   // Excel's grid: A1:XFD1048576
inline constexpr std::uint32_t max_cols = 16'384;

struct CellRef {
    std::uint32_t row = 0;   // 1-based
    std::uint32_t col = 0;   // 1-based
    friend bool operator==(const CellRef&, const CellRef&) = default;
};

struct RangeRef {
    CellRef first, last;
    friend bool operator==(const RangeRef&, const RangeRef&) = default;
    bool contains(CellRef c) const {
        return c.row >= first.row && c.row <= last.row && c.col >= first.col && c.col <= last.col;
    }
};

// "B3", "$B$3" -> {3, 2}; nullopt when malformed or outside Excel's grid.
std::optional<CellRef> parse_cell_ref(std::string_view text);
// "A1:F20", or a single cell "B3" as a one-cell range.
std::optional<RangeRef> parse_range_ref(std::string_view text);
// Column letters only: "A" -> 1, "XFD" -> 16384.
std::optional<std::uint32_t> parse_column(std::string_view letters);

std::string column_name(std::uint32_t col);   // 1 -> "A"
std::string to_string(CellRef ref);           // {3,2} -> "B3"
std::string to_string(const RangeRef& range); // "A1:F20" (a single cell prints as "B3")

// True for names Excel would read as a cell reference: "B3", "XFD1048576" in A1 notation,
// "R", "C", "RC", "R2C3" in R1C1 notation (case ignored).
bool looks_like_reference(std::string_view name);

// The sheet part of a reference as Excel writes it: kept as it is when it is plain ASCII
// (letters, digits, '_', '.') that cannot be read as anything else, otherwise in apostrophes
// with an apostrophe inside doubled: "Budget" -> "Budget", "Budget TN" -> "'Budget TN'",
// "Nämndens ram" -> "'Nämndens ram'", "Kim's" -> "'Kim''s'", "B3" -> "'B3'".
std::string quote_sheet_name(std::string_view name);

}  // namespace ramkoll::xlsx
