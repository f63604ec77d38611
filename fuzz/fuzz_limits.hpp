// Reading limits for the fuzz targets: tight enough that one input never takes more than a
// moment or a few hundred MiB, so libFuzzer's time and memory limits only catch real bugs.
#pragma once

#include "xlsx/limits.hpp"

namespace ramkoll::fuzz {

inline xlsx::ReadLimits limits() {
    xlsx::ReadLimits l;
    l.max_part_bytes = 8u << 20;
    l.max_total_bytes = 32u << 20;
    l.ratio_floor_bytes = 1u << 20;
    l.max_cells_per_sheet = 200'000;
    l.max_shared_strings = 200'000;
    l.max_token_bytes = 1u << 20;
    return l;
}

}  // namespace ramkoll::fuzz
