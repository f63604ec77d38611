// Consolidation: every annex the round declares, computed from the submissions exactly in
// Money (kronor); converting to the annex's unit and rounding happen only when it is written.
//
//   auto loaded = rules::load_rules("rules/blekinge-2024.rules");
//   std::vector<const rules::SubmissionValues*> subs = ...;   // one per committee (or part)
//   for (const auto& table : consolidate::consolidate(loaded.round, subs, Lang::sv)) ...
#pragma once

#include "common/lang.hpp"
#include "consolidate/table.hpp"
#include "rules/evaluator.hpp"
#include "rules/model.hpp"

#include <vector>

namespace ramkoll::consolidate {

using Submissions = std::vector<const rules::SubmissionValues*>;

// One table per declared annex, in declaration order. A submission belongs to a committee or
// to one of its varav parts (its committee() is the part's code), so a part can submit its own.
std::vector<Table> consolidate(const rules::Round& round, const Submissions& submissions, Lang lang);

}  // namespace ramkoll::consolidate
