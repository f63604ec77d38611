// The built-in scale check: a submission filled in kronor or mnkr where the round asks for tkr
// (or any unit a thousand times off) is said as such, judged against the committee's frame,
// against its previous version in the archive and against the turnover the rule file declares
// for it (turnover:), so that a committee whose frame is 0 (Samverkansnämnden) is caught in its
// first submission too. What is about a thousand times too large or too small (500× to 2 000×)
// is an error at the first amount that shows it.
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

// At most one finding for the submission, the first of:
// 1. the frame: the net total against the frame, years whose frame is not 0;
// 2. the previous version: every line both have, not 0 in either, a thousand times off in the
//    same direction;
// 3. the declared turnover, year by year: the year's revenue (the sum of the negative amounts of
//    the form's plain lines) and its costs (the sum of the positive ones) each a thousand times
//    off the turnover in the same direction, leaving out a side that is 0; the finding points at
//    the year's largest amount. A budget a few times off its turnover, or one line a thousand
//    times off while the other side matches, is not a unit mistake;
// 4. with no turnover declared, years whose frame is 0: revenue or costs larger than all the
//    committees' frames together (by size: the finance administration's negative frame counts)
//    are too large. This only catches a committee that turns over more than about a thousandth
//    of the region (12,7 mnkr in 2024) when it writes kronor; a smaller one needs turnover:.
std::optional<Finding> check_scale(const rules::Round& round, const submission::Submission& submission,
                                   const PreviousLines* previous, Lang lang);

}  // namespace ramkoll::validate
