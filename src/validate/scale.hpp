// The built-in scale check: a submission filled in kronor or mnkr where the round asks for tkr
// (or any unit a thousand times off) is said as such, judged against the committee's frame and
// against its previous version in the archive, so that a committee whose frame is 0
// (Samverkansnämnden) is caught too once it has a version. What is about a thousand times too
// large or too small (500× to 2 000×) is an error at the first amount that shows it.
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "submission/submission.hpp"
#include "validate/finding.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ramkoll::validate {

// A committee's form lines in its previous archived version: (line, year) → kronor.
using PreviousLines = std::map<std::pair<std::size_t, int>, Money>;

// At most one finding for the submission: the frame is judged first (the net total against
// the frame, years whose frame is not 0), then the previous version (every line both have,
// not 0 in either, a thousand times off in the same direction).
std::optional<Finding> check_scale(const rules::Round& round, const submission::Submission& submission,
                                   const PreviousLines* previous, Lang lang);

}  // namespace ramkoll::validate
