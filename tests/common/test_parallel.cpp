// parallel_for: every index exactly once, results in input order, work really spread over
// the workers, and a job's exception reaching the caller.
#include "common/parallel.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using ramkoll::parallel_for;

TEST_CASE("parallel_for runs each index once and keeps results in order", "[parallel]") {
    for (unsigned workers : {1u, 2u, 4u}) {
        std::vector<int> out(1000, -1);
        std::atomic<int> calls{0};
        parallel_for(out.size(), [&](std::size_t i) {
            out[i] = static_cast<int>(i * i % 997);
            ++calls;
        }, workers);
        CHECK(calls == 1000);
        for (std::size_t i = 0; i < out.size(); ++i) REQUIRE(out[i] == static_cast<int>(i * i % 997));
    }
    int untouched = 0;
    parallel_for(0, [&](std::size_t) { ++untouched; }, 2);
    CHECK(untouched == 0);
}

TEST_CASE("parallel_for uses several threads", "[parallel]") {
    std::mutex mutex;
    std::condition_variable seen;
    std::set<std::thread::id> threads;
    // Each job waits until jobs have run on two threads: the first one blocks its worker, so
    // the other index can only be taken by the second worker (however late it starts).
    parallel_for(2, [&](std::size_t) {
        std::unique_lock lock(mutex);
        threads.insert(std::this_thread::get_id());
        seen.notify_all();
        seen.wait_for(lock, std::chrono::seconds(30), [&] { return threads.size() == 2; });
    }, 2);
    CHECK(threads.size() == 2);
}

TEST_CASE("parallel_for rethrows a job's exception after stopping", "[parallel]") {
    for (unsigned workers : {1u, 2u}) {
        std::atomic<int> started{0};
        CHECK_THROWS_WITH(parallel_for(1000, [&](std::size_t i) {
            ++started;
            if (i == 3) throw std::runtime_error("job 3");
        }, workers), "job 3");
        if (workers == 1) CHECK(started == 4);   // nothing after the failed job is started
    }
}
