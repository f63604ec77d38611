// Who supplies which numbers (internal to src/consolidate/): the submission of each committee
// and varav part, and their net costs and lines per year, exactly in kronor.
#pragma once

#include "consolidate/consolidate.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ramkoll::consolidate::detail {

class Units {
public:
    Units(const rules::Round& round, const Submissions& submissions);

    const rules::Round& round() const { return round_; }
    // The submission given for a committee's or a part's code (the first one), or nullptr.
    const rules::SubmissionValues* submission(std::string_view code) const;
    // A committee's submissions: its own and its parts'.
    Submissions of_committee(const rules::Committee& committee) const;

    // The net cost (the form's last total) of a committee or part in year index `year`: its own
    // submission's, else the sum of its direct parts' (nullopt when any of them has none).
    std::optional<Money> net(const rules::Committee& committee, std::string_view code, std::size_t year) const;
    // A form line of a committee: its own submission's, else the sum over its parts' submissions.
    std::optional<Money> line(const rules::Committee& committee, std::size_t line, std::size_t year) const;

private:
    const rules::Round& round_;
    std::map<std::string, const rules::SubmissionValues*, std::less<>> by_code_;
    std::optional<std::size_t> net_line_;
};

// Σ of values; nullopt when any is nullopt (an empty input gives 0).
std::optional<Money> sum_all(const std::vector<std::optional<Money>>& values);

}  // namespace ramkoll::consolidate::detail
