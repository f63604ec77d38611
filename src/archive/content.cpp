// SHA-256 through libcrypto's EVP interface, compression through zlib's one-shot calls, and the
// choice between storing and compressing.
#include "archive/content.hpp"

#include <openssl/evp.h>
#include <zlib.h>

#include <fmt/format.h>

#include <stdexcept>

namespace ramkoll::archive {

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    std::string hex;
    constexpr std::string_view digits = "0123456789abcdef";
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += digits[digest[i] >> 4];
        hex += digits[digest[i] & 15];
    }
    return hex;
}

std::string compress(std::string_view bytes) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                             reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()), 6);
    if (rc != Z_OK) throw std::runtime_error(fmt::format("zlib compression failed ({})", rc));
    out.resize(size);
    return out;
}

std::string decompress(std::string_view compressed, std::size_t original_size) {
    std::string out(original_size, '\0');
    uLongf size = static_cast<uLongf>(original_size);
    uLong used = static_cast<uLong>(compressed.size());
    const int rc = uncompress2(reinterpret_cast<Bytef*>(out.data()), &size,
                               reinterpret_cast<const Bytef*>(compressed.data()), &used);
    if (rc != Z_OK || size != original_size || used != compressed.size())
        throw std::runtime_error("the stored file is damaged (zlib)");
    return out;
}

Packed pack(std::string_view bytes) {
    if (bytes.starts_with(std::string_view("PK\3\4", 4))) return {};
    std::string compressed = compress(bytes);
    if (compressed.size() <= bytes.size() - bytes.size() / 8) return {Packing::zlib, std::move(compressed)};
    return {};
}

std::string unpack(Packing packing, std::string_view stored, std::size_t original_size) {
    switch (packing) {
    case Packing::zlib: return decompress(stored, original_size);
    case Packing::none:
        if (stored.size() != original_size) throw std::runtime_error("the stored file is damaged (its size differs)");
        return std::string(stored);
    }
    throw std::runtime_error("the stored file is packed in an unknown way");
}

}  // namespace ramkoll::archive
