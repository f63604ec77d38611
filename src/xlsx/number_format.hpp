// Number format codes: Excel's built-in formats by id, and whether a code shows a date
// or time (which is how a date cell is told apart from a number).
#pragma once

#include <cstdint>
#include <string_view>

namespace ramkoll::xlsx {

// The code of a built-in format id (0 "General", 14 "mm-dd-yy", ...); "General" if unknown.
std::string_view builtin_number_format(std::uint32_t id);

// True when the code's first section formats a date or a time (d, m, y, h, s outside
// quotes, escapes and colour/locale brackets; [h], [mm], [ss] elapsed time included).
bool is_date_format(std::string_view code);

}  // namespace ramkoll::xlsx
