// What changed between two versions of a committee's submission: the values, line by line
// and year by year, and the findings that appeared or disappeared.
//
//   auto changes = archive::diff_amounts(archive.amounts("HSN", 1), archive.amounts("HSN", 2));
//   for (const auto& c : changes) fmt::print("{} {}: {}\n", c.line, c.year, format_swedish(c.difference(), 1));
#pragma once

#include "archive/archive.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ramkoll::archive {

// A value that differs; `before` or `after` is empty when the line and year was not read in
// that version. Cells are those of the newer version when there is one.
struct AmountChange {
    std::string line;
    int year = 0;
    std::optional<Money> before, after;
    std::string cell;
    Money difference() const { return after.value_or(Money{}) - before.value_or(Money{}); }
};

// Changed values in the newer version's order (then those only the older had).
std::vector<AmountChange> diff_amounts(const std::vector<StoredAmount>& before, const std::vector<StoredAmount>& after);

// Findings told apart by kind, severity, rule, location and year (not by their message,
// which repeats the values).
struct FindingChanges {
    std::vector<StoredFinding> appeared;
    std::vector<StoredFinding> disappeared;
};
FindingChanges diff_findings(const std::vector<StoredFinding>& before, const std::vector<StoredFinding>& after);

}  // namespace ramkoll::archive
