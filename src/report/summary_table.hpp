// Run's summary table (the terminal and sammanfattning.txt): one row per committee with its version
// in the archive, status, errors, warnings, deadline and the days left until it.
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ramkoll::report {

// A file of the run as the archive recorded it.
struct ArchivedVersion {
    std::string committee;
    std::string file_name;
    int number = 0;
    bool is_new = false;   // recorded by this run, not already in the archive
};

// Days from `today` to a "YYYY-MM-DD" deadline (negative when past); nullopt when it is no date.
std::optional<int> days_left(const std::string& deadline, std::chrono::year_month_day today);

// Today's date in the local time zone.
std::chrono::year_month_day local_today();

std::string summary_table(const rules::Round& round, const validate::Result& result,
                          const std::vector<ArchivedVersion>& archived, std::chrono::year_month_day today, Lang lang);

}  // namespace ramkoll::report
