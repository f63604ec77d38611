// The words of every report of findings, in Swedish or English: the terminal, the xlsx reports
// and run's summary table use these and no others.
#pragma once

#include "common/lang.hpp"
#include "validate/finding.hpp"

#include <string>
#include <string_view>

namespace ramkoll::report {

enum class Word {
    committee, name, status, errors, warnings, deadline, days_left, files, version, new_version,
    cell, rule, severity, year, expected, actual, difference, unit, message,
    summary, findings, unknown_committee, all_committees
};

// The word as it stands in a sentence: "väntat", "nämnd", "sista dag".
std::string_view word(Word w, Lang lang);
// The word as a column heading: "Väntat", "Nämnd", "Sista dag".
std::string heading(Word w, Lang lang);

std::string_view status_word(validate::Status status, Lang lang);   // "OK", "varningar", "fel"

}  // namespace ramkoll::report
