// What changed between two versions of a committee's submission: the values, line by line
// and year by year, the list rows value by value (changed, added and removed rows), and the
// findings that appeared or disappeared.
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

// A list value that differs: `before` or `after` is empty when the row, or that value of it,
// is not in that version. Row and label are the newer version's when it has the row.
struct ListChange {
    std::string list;
    int row = 0;
    std::string label;
    std::string column;
    int year = 0;
    std::optional<StoredListValue> before, after;
    const std::string& cell() const { return after ? after->cell : before->cell; }
    bool is_amount() const { return (after && after->kronor) || (before && before->kronor); }
    Money difference() const {
        return (after ? after->kronor.value_or(Money{}) : Money{}) - (before ? before->kronor.value_or(Money{}) : Money{});
    }
};

// Rows of a list are the same row in both versions when their texts are alike (the first such
// row to the first: a row put in above moves them but changes nothing), else when their amounts
// are (a row renamed), else when they have the same number (a row edited in place); the others
// were added or removed. Changes list by list in the newer version's order, within a list in
// its row order, then the removed rows.
std::vector<ListChange> diff_list_values(const std::vector<StoredListValue>& before,
                                         const std::vector<StoredListValue>& after);

// Findings told apart by kind, severity, rule, location and year (not by their message,
// which repeats the values).
struct FindingChanges {
    std::vector<StoredFinding> appeared;
    std::vector<StoredFinding> disappeared;
};
FindingChanges diff_findings(const std::vector<StoredFinding>& before, const std::vector<StoredFinding>& after);

}  // namespace ramkoll::archive
