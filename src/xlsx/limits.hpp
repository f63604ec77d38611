// Limits that keep a hostile or broken workbook from exhausting memory or time.
// Defaults are far above any real budget round; the command line can raise or lower each
// one with the option named beside it, and a refusal names that option.
#pragma once

#include <cstdint>

namespace ramkoll::xlsx {

struct ReadLimits {
    std::uint64_t max_file_bytes = 512ull << 20;         // --max-file-size: the .xlsx file itself
    std::uint64_t max_part_bytes = 2ull << 30;           // one inflated zip entry
    std::uint64_t max_total_bytes = 4ull << 30;          // --max-total-size: all inflated entries of one workbook
    std::uint64_t max_ratio = 1000;                      // --max-ratio: inflated / compressed size of one entry ...
    std::uint64_t ratio_floor_bytes = 16ull << 20;       // ... checked once an entry inflates past this
    std::uint64_t max_cells_per_sheet = 50'000'000;      // --max-cells
    std::uint64_t max_shared_strings = 10'000'000;       // --max-shared-strings
    std::uint32_t max_xml_depth = 256;                   // --max-xml-depth
    std::uint32_t max_token_bytes = 8u << 20;            // one tag or one text run, after entities
    std::uint64_t max_string_bytes = 1u << 20;           // --max-string-length: one cell's text (Excel: 32 767 characters)
    std::uint64_t max_formula_bytes = 64u << 10;         // --max-formula-length: one formula (Excel: 8 192 characters)
};

}  // namespace ramkoll::xlsx
