// One run's check turned into what the archive records: per file read, its bytes, file time,
// the values read (every form line and year, and every row of the lists a rule or an annex
// reads, each with its cell) and the findings tied to the file.
//
//   auto result = validate::check(round, files, {});
//   const archive::Arrivals arrivals(round, result);
//   auto recording = archive.begin_recording(archive::timestamp(now));
//   for (const auto* file : arrivals.order()) recording.add(arrivals.of(*file));
//   recording.commit();
#pragma once

#include "archive/archive.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace ramkoll::archive {

// The arrivals of one check's result. Its submissions and findings are indexed by file once,
// so that making one arrival costs the same however many files the round has.
class Arrivals {
public:
    // `round` and `result` must outlive this.
    Arrivals(const rules::Round& round, const validate::Result& result);

    // The files of `result` in the order they are recorded: a committee's file in use after its
    // older duplicates (so it gets the higher version), otherwise by file time.
    const std::vector<const validate::CheckedFile*>& order() const { return order_; }

    // A file of `result` as an arrival: its bytes read again from its path (which must still
    // hold the checked bytes), its values as the check read them (a file the check did not use,
    // such as a committee's second file, is read again), its findings from `result`. Throws
    // std::runtime_error naming the file when its bytes cannot be read.
    Arrival of(const validate::CheckedFile& file) const;

private:
    using Key = std::pair<std::string, std::string>;   // (file name, committee)
    const rules::Round& round_;
    std::vector<bool> lists_read_;
    std::vector<const validate::CheckedFile*> order_;
    std::map<Key, const submission::Submission*> submissions_;
    std::map<Key, std::vector<const validate::Finding*>> findings_;
};

// Local time as "2026-11-23 17:40:12", as the archive stores arrival and file times.
std::string timestamp(std::chrono::system_clock::time_point when);

}  // namespace ramkoll::archive
