// What the archive does to a file's bytes: the SHA-256 that names them, and how they are
// stored — as they are when compressing does not pay (an xlsx is deflated already), else zlib.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ramkoll::archive {

// The SHA-256 of `bytes` as 64 lowercase hex digits (libcrypto).
//   sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
std::string sha256_hex(std::string_view bytes);

// zlib (deflate) compression and its inverse; decompress() needs the original size and
// throws std::runtime_error when the data is damaged or does not inflate to exactly that size.
std::string compress(std::string_view bytes);
std::string decompress(std::string_view compressed, std::size_t original_size);

// How a file's bytes are kept in contents.packing (schema 3; every file before it is zlib).
enum class Packing : std::int64_t { none = 0, zlib = 1 };

struct Packed {
    Packing packing = Packing::none;
    std::string compressed;   // for Packing::zlib; Packing::none stores the bytes themselves
};

// A zip container (xlsx, xlsm: "PK\3\4") is kept as it is; anything else is compressed when
// that saves at least an eighth of it.
//   const auto packed = pack(bytes);
//   store(packed.packing, packed.packing == Packing::none ? bytes : packed.compressed);
Packed pack(std::string_view bytes);
// The original bytes; throws std::runtime_error as decompress() does.
std::string unpack(Packing packing, std::string_view stored, std::size_t original_size);

}  // namespace ramkoll::archive
