// The built-in checks of list rows. The sign of list amounts: a list column declared `positive`
// or `negative` in the form (`column Belopp "Belopp" amount per year positive`) holds amounts of
// that sign only, as a form line does; a satsning or an effektivisering typed with a minus would
// otherwise lower the annex's SUMMA with no word said. And rows nothing reads: where every rule
// and annex reading a list takes only the rows of some values of one column (Balans.Post =
// "Kassa och bank", …), a row with amounts and another text there would be left out silently.
//
//   for (auto& f : validate::check_list_signs(round, used, Lang::sv)) findings.push_back(std::move(f));
//   for (auto& f : validate::check_unread_list_rows(round, used, Lang::sv)) findings.push_back(std::move(f));
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

// One warning per list row with amounts whose text in the list's selecting column
// (rules::FormList::selected_by) is none of the values the rules and annexes take, at that cell,
// naming the values.
std::vector<Finding> check_unread_list_rows(const rules::Round& round,
                                            const std::vector<const submission::Submission*>& submissions, Lang lang);

}  // namespace ramkoll::validate
