// The built-in sign check of list amounts: a list column declared `positive` or `negative` in the
// form (`column Belopp "Belopp" amount per year positive`) holds amounts of that sign only, as a
// form line does. A satsning or an effektivisering typed with a minus would otherwise lower the
// annex's SUMMA with no word said.
//
//   for (auto& f : validate::check_list_signs(round, used, Lang::sv)) findings.push_back(std::move(f));
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "submission/submission.hpp"
#include "validate/finding.hpp"

#include <vector>

namespace ramkoll::validate {

// One error per amount of the wrong sign (zero is either), at its cell, with the rule name
// "Tecken: <list>.<column>" ("Sign: …"), the year, and the amount as actual.
std::vector<Finding> check_list_signs(const rules::Round& round,
                                      const std::vector<const submission::Submission*>& submissions, Lang lang);

}  // namespace ramkoll::validate
