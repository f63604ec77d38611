// The built-in check across submissions of internal agreements (seed 003: "Säljare får inte
// budgetera högre intäkt än överenskommet med köpare och köpare ska budgetera överenskommen
// kostnad"): each seller's rows are paired with the buyer's rows for the same two committees
// (and the same Avser when both sides give one) and compared year by year.
//
//   for (auto& f : validate::check_internal_agreements(round, used, Lang::sv)) findings.push_back(std::move(f));
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "submission/submission.hpp"
#include "validate/check.hpp"

#include <vector>

namespace ramkoll::validate {

// The agreements list of the form is found by rules::agreements_list(): a committee column
// (the counterpart), a text column "Roll" (the declared "säljare"/"köpare"), an amount-per-year
// column and optionally a text column "Avser". Without it there is nothing to do. The rows are
// taken as read (submission/declared_text.hpp): roles in their declared form, the counterpart
// as a committee's code, the same texts the annexes filter on.
//
// Compared are magnitudes: the seller books revenue (negative), the buyer cost (positive).
// Per year, when the seller's revenue and the buyer's cost differ by more than the round's
// tolerance, there is a finding at the seller's cell and one at the buyer's cell, expected
// being the other side's amount (with the sign of this side), actual this side's: an error
// when the seller budgets more revenue than the buyer's cost, a warning when less (the seller
// may budget less, the buyer should check the agreed cost). A row whose counterpart has no
// matching row is a finding at its counterpart cell: an error for a seller, a warning for a
// buyer. Rows whose counterpart has no submission here, is no committee of the round or is
// the committee itself are left alone (those are reported elsewhere).
std::vector<Finding> check_internal_agreements(const rules::Round& round,
                                               const std::vector<const submission::Submission*>& submissions,
                                               Lang lang);

}  // namespace ramkoll::validate
