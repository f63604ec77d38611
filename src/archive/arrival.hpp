// One run's check turned into what the archive records: per file read, its bytes, file time,
// the values read (every form line and year with its cell) and the findings tied to the file.
//
//   auto result = validate::check(round, files, {});
//   auto recorded = archive.record(archive::arrivals_of(round, result), archive::timestamp(now));
#pragma once

#include "archive/archive.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace ramkoll::archive {

// Called after each file with the number done and the total.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

// One arrival per file of `result.files` (read again from its path, which must still hold the
// checked bytes), ordered so that a committee's file in use comes after its older duplicates
// (it gets the higher version). Throws std::runtime_error naming a file that cannot be read.
std::vector<Arrival> arrivals_of(const rules::Round& round, const validate::Result& result, const Progress& progress = {});

// Local time as "2026-11-23 17:40:12", as the archive stores arrival and file times.
std::string timestamp(std::chrono::system_clock::time_point when);

}  // namespace ramkoll::archive
