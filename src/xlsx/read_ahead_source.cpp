// The read-ahead thread and its bounded hand-over of chunks: see read_ahead_source.hpp.
#include "xlsx/read_ahead_source.hpp"

#include <cstring>

namespace ramkoll::xlsx {

ReadAheadSource::ReadAheadSource(std::unique_ptr<ByteSource> inner, std::size_t chunk_bytes, std::size_t chunks)
    : inner_(std::move(inner)), buffers_(chunks, std::vector<char>(chunk_bytes)) {
    for (std::size_t i = 0; i < chunks; ++i) free_.push_back(i);
    thread_ = std::thread([this] { inflate_ahead(); });
}

ReadAheadSource::~ReadAheadSource() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void ReadAheadSource::inflate_ahead() {
    for (;;) {
        std::size_t buffer;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [this] { return stopping_ || !free_.empty(); });
            if (stopping_) return;
            buffer = free_.back();
            free_.pop_back();
        }
        std::size_t n = 0;
        std::exception_ptr error;
        try {
            n = inner_->read(buffers_[buffer].data(), buffers_[buffer].size());
        } catch (...) {
            error = std::current_exception();
        }
        {
            std::lock_guard lock(mutex_);
            if (error || n == 0) {
                error_ = error;
                finished_ = true;
            } else {
                filled_.push_back({buffer, n});
            }
        }
        changed_.notify_all();
        if (error || n == 0) return;
    }
}

std::size_t ReadAheadSource::read(char* out, std::size_t size) {
    if (!current_ || offset_ == current_->size) {
        std::unique_lock lock(mutex_);
        if (current_) free_.push_back(current_->buffer);
        current_.reset();
        changed_.notify_all();
        changed_.wait(lock, [this] { return !filled_.empty() || finished_; });
        if (filled_.empty()) {
            if (error_) std::rethrow_exception(error_);
            return 0;
        }
        current_ = filled_.front();
        filled_.pop_front();
        offset_ = 0;
    }
    const std::size_t n = std::min(size, current_->size - offset_);
    std::memcpy(out, buffers_[current_->buffer].data() + offset_, n);
    offset_ += n;
    return n;
}

}  // namespace ramkoll::xlsx
