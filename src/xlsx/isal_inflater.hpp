// Raw deflate decompression with ISA-L's igzip (Debian libisal), about 2.5x as fast as
// zlib's inflate: the zip archive hands it the compressed bytes of a deflated entry (read
// with ZIP_FL_COMPRESSED) and checks its CRC-32, which igzip computes while inflating.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

struct inflate_state;

namespace ramkoll::xlsx {

class IsalInflater {
public:
    // `input` fills a buffer with the next compressed bytes, returning 0 at their end.
    using Input = std::function<std::size_t(char* buffer, std::size_t size)>;

    explicit IsalInflater(Input input);
    ~IsalInflater();
    IsalInflater(const IsalInflater&) = delete;
    IsalInflater& operator=(const IsalInflater&) = delete;

    // Inflates up to `size` bytes into `out`; returns 0 only once the deflate stream has
    // ended. Throws std::runtime_error (with igzip's reason) for invalid or truncated data.
    std::size_t read(char* out, std::size_t size);

    // CRC-32 of everything inflated so far.
    std::uint32_t crc() const;

private:
    Input input_;
    std::unique_ptr<inflate_state> state_;
    std::unique_ptr<char[]> in_;   // not zero-filled, like the state: a workbook opens a dozen entries
    bool input_done_ = false;
};

}  // namespace ramkoll::xlsx
