// A byte source that delivers its data a few bytes at a time, so that the XML scanner's tokens
// and fast paths straddle its buffer refills (tests of the scanner and the shared strings).
#pragma once

#include "xlsx/xml_scanner.hpp"

#include <algorithm>
#include <string>

namespace ramkoll::test {

class TrickleSource final : public xlsx::ByteSource {
public:
    TrickleSource(std::string data, std::size_t step) : data_(std::move(data)), step_(step) {}
    std::size_t read(char* buffer, std::size_t size) override {
        const std::size_t n = std::min({size, step_, data_.size() - at_});
        data_.copy(buffer, n, at_);
        at_ += n;
        return n;
    }

private:
    std::string data_;
    std::size_t step_, at_ = 0;
};

}  // namespace ramkoll::test
