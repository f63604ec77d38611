// The read-ahead source: same bytes in the same order, errors handed over, early stop.
#include "xlsx/error.hpp"
#include "xlsx/read_ahead_source.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

using namespace ramkoll::xlsx;

namespace {

// What a PieceSource did, seen from the test after the source is gone.
struct Trace {
    std::atomic<std::size_t> bytes{0};      // handed out so far
    std::atomic<bool> destroyed{false};
};

// Hands out its data in odd-sized pieces and can fail after a given number of bytes.
class PieceSource final : public ByteSource {
public:
    PieceSource(std::string data, std::size_t fail_after, std::shared_ptr<Trace> trace = std::make_shared<Trace>())
        : data_(std::move(data)), fail_after_(fail_after), trace_(std::move(trace)) {}
    ~PieceSource() override { trace_->destroyed = true; }
    std::size_t read(char* buffer, std::size_t size) override {
        if (at_ >= fail_after_) throw Error(ErrorKind::corrupt_zip, "f.xlsx", "xl/worksheets/sheet1.xml", "CRC");
        const std::size_t n = std::min({size, std::size_t{777}, data_.size() - at_});
        data_.copy(buffer, n, at_);
        at_ += n;
        trace_->bytes = at_;
        return n;
    }

private:
    std::string data_;
    std::size_t fail_after_, at_ = 0;
    std::shared_ptr<Trace> trace_;
};

std::string pattern(std::size_t n) {
    std::string s(n, '\0');
    for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + (i * 7 + i / 13) % 26);
    return s;
}

}  // namespace

TEST_CASE("read-ahead delivers every byte in order", "[read_ahead]") {
    const std::string data = pattern(1'000'003);
    ReadAheadSource source(std::make_unique<PieceSource>(data, data.size() + 1), 4096, 3);
    std::string got;
    char buffer[1000];
    for (std::size_t n; (n = source.read(buffer, sizeof buffer)) > 0;) got.append(buffer, n);
    CHECK(got == data);
    CHECK(source.read(buffer, sizeof buffer) == 0);
}

TEST_CASE("read-ahead hands an inflate error to the reader after the good bytes", "[read_ahead]") {
    const std::string data = pattern(100'000);
    ReadAheadSource source(std::make_unique<PieceSource>(data, 50'000), 4096, 2);
    std::string got;
    char buffer[4096];
    try {
        for (std::size_t n; (n = source.read(buffer, sizeof buffer)) > 0;) got.append(buffer, n);
        FAIL("the error was lost");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::corrupt_zip);
    }
    CHECK(got.size() >= 50'000);
    CHECK(got == data.substr(0, got.size()));
}

TEST_CASE("read-ahead stops cleanly when the reader stops early", "[read_ahead]") {
    const std::string data = pattern(10'000'000);
    const auto trace = std::make_shared<Trace>();
    auto source = std::make_unique<ReadAheadSource>(std::make_unique<PieceSource>(data, data.size() + 1, trace), 4096, 2);
    char buffer[10];
    CHECK(source->read(buffer, sizeof buffer) == 10);
    CHECK(std::string(buffer, 10) == data.substr(0, 10));
    source.reset();   // must join the thread while it waits for a free buffer
    // Joined: the inner source is destroyed, and nothing reads from it any more.
    CHECK(trace->destroyed);
    const std::size_t read_when_stopped = trace->bytes;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(trace->bytes == read_when_stopped);
    // Stopped early: a few chunks ahead of the reader at most, not the whole entry.
    CHECK(read_when_stopped < 4 * 4096);
}
