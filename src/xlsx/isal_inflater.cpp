// ISA-L raw inflate of a zip entry's deflate stream: see isal_inflater.hpp.
#include "xlsx/isal_inflater.hpp"

#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace ramkoll::xlsx {
namespace {

constexpr std::size_t input_chunk = 64 * 1024;

// ISA-L's CRC-32 for CPUs with AVX-512 (crc32_gzip_refl_by16_10 in Debian's libisal 2.30)
// works in zmm0–15 and returns without vzeroupper. The upper halves of those registers stay
// dirty, and until something clears them every SSE instruction after it (ramkoll's and
// libstdc++'s vector code is SSE) waits on them: glibc's AVX2 string functions would clear
// them, but the EVEX ones it picks on such CPUs do not. `check` at N=2,900 took 13 % more CPU
// for it. Cleared here after each call into ISA-L; vzeroupper needs AVX, asked once.
void clear_upper_registers() {
#if defined(__x86_64__)
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx) asm volatile("vzeroupper");
#endif
}

std::string isal_error(int code) {
    switch (code) {
    case ISAL_INVALID_BLOCK: return "invalid deflate block";
    case ISAL_INVALID_SYMBOL: return "invalid deflate symbol";
    case ISAL_INVALID_LOOKBACK: return "invalid deflate distance";
    default: return "deflate error " + std::to_string(code);
    }
}

}  // namespace

IsalInflater::IsalInflater(Input input)
    : input_(std::move(input)), state_(std::make_unique_for_overwrite<inflate_state>()),
      in_(std::make_unique_for_overwrite<char[]>(input_chunk)) {
    isal_inflate_init(state_.get());
    state_->crc_flag = ISAL_GZIP_NO_HDR;   // raw deflate, CRC-32 (the zip's) of the output
}

IsalInflater::~IsalInflater() = default;

std::uint32_t IsalInflater::crc() const { return state_->crc; }

std::size_t IsalInflater::read(char* out, std::size_t size) {
    auto& s = *state_;
    const auto wanted = static_cast<std::uint32_t>(std::min<std::size_t>(size, std::numeric_limits<std::uint32_t>::max()));
    s.next_out = reinterpret_cast<std::uint8_t*>(out);
    s.avail_out = wanted;
    while (s.avail_out > 0 && s.block_state != ISAL_BLOCK_FINISH) {
        if (s.avail_in == 0 && !input_done_) {
            const std::size_t n = input_(in_.get(), input_chunk);
            input_done_ = n == 0;
            s.next_in = reinterpret_cast<std::uint8_t*>(in_.get());
            s.avail_in = static_cast<std::uint32_t>(n);
        }
        const auto out_before = s.avail_out;
        const auto in_before = s.avail_in;
        const int rc = isal_inflate(&s);
        clear_upper_registers();
        if (rc < 0) throw std::runtime_error(isal_error(rc));
        // Without input left, a call that moves nothing means the stream was cut short.
        if (input_done_ && s.avail_in == 0 && s.avail_out == out_before && in_before == 0 &&
            s.block_state != ISAL_BLOCK_FINISH)
            throw std::runtime_error("deflate data ends early");
    }
    return wanted - s.avail_out;
}

}  // namespace ramkoll::xlsx
