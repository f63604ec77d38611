// Limits that keep a hostile or broken workbook from exhausting memory or time.
// Defaults are far above any real budget round; the command line can raise them.
#pragma once

#include <cstdint>

namespace ramkoll::xlsx {

struct ReadLimits {
    std::uint64_t max_file_bytes = 512ull << 20;         // size of the .xlsx file itself
    std::uint64_t max_part_bytes = 2ull << 30;           // one inflated zip entry
    std::uint64_t max_total_bytes = 4ull << 30;          // all inflated entries of one workbook
    std::uint64_t max_ratio = 1000;                      // inflated / compressed size of one entry ...
    std::uint64_t ratio_floor_bytes = 16ull << 20;       // ... checked once an entry inflates past this
    std::uint64_t max_cells_per_sheet = 50'000'000;
    std::uint64_t max_shared_strings = 10'000'000;
    std::uint32_t max_xml_depth = 256;
    std::uint32_t max_token_bytes = 8u << 20;            // one tag or one text run, after entities
};

}  // namespace ramkoll::xlsx
