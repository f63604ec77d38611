// One run's check turned into what the archive records: per file read, its bytes, file time,
// the values read (every form line and year, and every row of the lists a rule or an annex
// reads, each with its cell) and the findings tied to the file.
//
//   auto result = validate::check(round, files, {});
//   auto recording = archive.begin_recording(archive::timestamp(now));
//   for (const auto* file : archive::arrival_order(result))
//       recording.add(archive::arrival_of(round, result, *file));
//   recording.commit();
#pragma once

#include "archive/archive.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace ramkoll::archive {

// The files of `result` in the order they are recorded: a committee's file in use after its
// older duplicates (so it gets the higher version), otherwise by file time.
std::vector<const validate::CheckedFile*> arrival_order(const validate::Result& result);

// A file of `result` as an arrival: its bytes read again from its path (which must still hold
// the checked bytes), its values as the check read them (a file the check did not use, such as
// a committee's second file, is read again), its findings from `result`. Throws
// std::runtime_error naming the file when its bytes cannot be read.
Arrival arrival_of(const rules::Round& round, const validate::Result& result, const validate::CheckedFile& file);

// Local time as "2026-11-23 17:40:12", as the archive stores arrival and file times.
std::string timestamp(std::chrono::system_clock::time_point when);

}  // namespace ramkoll::archive
