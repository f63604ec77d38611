// How Excel measures and compares the texts of a workbook (sheet names, defined names, list
// choices): lengths in UTF-16 code units, case folded as Excel folds it, UTF-8 it can read. Shared by the xlsx
// writer, which refuses what Excel would, and `rules check`, which reports it first.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ramkoll {

// The length of UTF-8 `text` in UTF-16 code units, as Excel counts it.
std::size_t utf16_length(std::string_view text);

// `text` with ASCII and the Latin-1 letters (Å, Ä, Ö, É, …) in lower case: Excel's comparison of
// sheet and defined names, which covers Swedish names.
std::string fold_case(std::string_view text);

// Well-formed UTF-8 without overlong forms or surrogates: libxlsxwriter copies bytes as they
// are, and one bad byte makes the whole file unreadable to Excel.
bool is_utf8(std::string_view text);

}  // namespace ramkoll
