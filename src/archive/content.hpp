// What the archive does to a file's bytes: the SHA-256 that names them and zlib compression.
#pragma once

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

}  // namespace ramkoll::archive
