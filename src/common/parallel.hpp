// Running independent jobs on every core: parallel_for(n, job) calls job(i) once for each i
// in [0, n) on a few worker threads that take the next index from a shared counter. Each
// job writes only its own slot of a result vector, so results stay in input order and the
// output is the same as a sequential loop's, whatever the timing.
//
//   std::vector<Submission> subs(files.size());
//   parallel_for(files.size(), [&](std::size_t i) { subs[i] = read(files[i]); });
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ramkoll {

// One worker per hardware thread (at least one).
inline unsigned default_workers() { return std::max(1u, std::thread::hardware_concurrency()); }

// Calls job(i) for every i in [0, count), on up to `workers` threads (the caller's thread is
// one of them). If a job throws, the remaining indices are not started and the first
// exception is rethrown once every worker has stopped.
template <class Job>
void parallel_for(std::size_t count, Job&& job, unsigned workers = default_workers()) {
    const std::size_t threads = std::min<std::size_t>(count, std::max(1u, workers));
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) job(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
            try {
                job(i);
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next.store(count);
                return;
            }
        }
    };
    {
        std::vector<std::jthread> helpers;
        helpers.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
        work();
    }   // the jthreads join here
    if (failure) std::rethrow_exception(failure);
}

}  // namespace ramkoll
