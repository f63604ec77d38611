// A sequential source of bytes (an inflating zip entry, a memory buffer) that the
// XML scanner pulls from in chunks, so no part is ever held whole in memory.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace ramkoll::xlsx {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Copies up to `size` bytes into `buffer`; returns 0 only at the end of the data.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
};

// Bytes already in memory (tests, small parts).
class MemorySource final : public ByteSource {
public:
    explicit MemorySource(std::string_view data) : data_(data) {}
    std::size_t read(char* buffer, std::size_t size) override {
        const std::size_t n = size < data_.size() ? size : data_.size();
        std::memcpy(buffer, data_.data(), n);
        data_.remove_prefix(n);
        return n;
    }

private:
    std::string_view data_;
};

}  // namespace ramkoll::xlsx
