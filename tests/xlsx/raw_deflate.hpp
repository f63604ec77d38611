// Raw deflate (no zlib or gzip header, as in a zip entry) of `data` by zlib, for the tests that
// need a deflate stream or hold ramkoll's against zlib's.
#pragma once

#include <catch2/catch.hpp>
#include <zlib.h>

#include <string>

namespace ramkoll::test {

inline std::string raw_deflate(const std::string& data, int level, int mem_level) {
    z_stream z{};
    REQUIRE(deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, mem_level, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&z, data.size()), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

}  // namespace ramkoll::test
