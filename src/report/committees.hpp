// The schema every report of findings shares: one entry per committee of the round (its files in
// use, its findings counted), then the findings of no committee, and a finding's values as numbers.
#pragma once

#include "rules/model.hpp"
#include "validate/check.hpp"

#include <string>
#include <vector>

namespace ramkoll::report {

struct CommitteeEntry {
    const rules::Committee* committee;
    std::vector<std::string> files;   // file names of the files in use
    validate::Tally tally;            // its findings, in the order found
};

// Every committee of the round, in the round's order.
std::vector<CommitteeEntry> committee_entries(const rules::Round& round, const validate::Result& result);

// The findings no committee of the round owns.
struct OtherFindings {
    std::vector<const validate::Finding*> unknown_committee;   // files of no known committee
    std::vector<const validate::Finding*> across_committees;   // rules across all submissions
};
OtherFindings other_findings(const rules::Round& round, const validate::Result& result);

// A value of a finding as a number in its report: amounts in the round's unit, ratios as they are.
double shown_number(const rules::Round& round, const validate::Values& values, Money value);

}  // namespace ramkoll::report
