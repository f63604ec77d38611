// Inflates a large zip entry on a second thread, a few chunks ahead of the XML scanner,
// so that decompression and parsing of one sheet overlap on two cores. Errors raised
// while inflating (corrupt data, a passed limit) reach the reader on its next read().
#pragma once

#include "xlsx/byte_source.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ramkoll::xlsx {

class ReadAheadSource final : public ByteSource {
public:
    explicit ReadAheadSource(std::unique_ptr<ByteSource> inner, std::size_t chunk_bytes = 256 * 1024,
                             std::size_t chunks = 4);
    ~ReadAheadSource() override;   // stops and joins the thread, also when reading ended early
    ReadAheadSource(const ReadAheadSource&) = delete;
    ReadAheadSource& operator=(const ReadAheadSource&) = delete;

    std::size_t read(char* buffer, std::size_t size) override;

private:
    struct Chunk {
        std::size_t buffer;
        std::size_t size;
    };
    void inflate_ahead();

    std::unique_ptr<ByteSource> inner_;
    std::vector<std::vector<char>> buffers_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Chunk> filled_;            // in order, waiting for the reader
    std::vector<std::size_t> free_;       // buffers the thread may fill
    std::exception_ptr error_;
    bool finished_ = false;               // the thread has read the last byte (or failed)
    bool stopping_ = false;               // the reader is gone: the thread must stop
    std::optional<Chunk> current_;        // the chunk the reader is taking bytes from
    std::size_t offset_ = 0;
    std::thread thread_;
};

}  // namespace ramkoll::xlsx
