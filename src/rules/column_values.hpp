// The declared values of the form's text columns: what the rules and annexes compare a column
// with (`where Roll = "säljare"`, an agreements annex's `seller "säljare" buyer "köpare"`),
// so that reading a submission can match a cell with them once, for check and consolidation.
//
//   rules::declare_column_values(round);   // by the checker, once rules and annexes are compiled
#pragma once

#include "rules/model.hpp"

namespace ramkoll::rules {

// Fills FormColumn::values of every text column of round.form.lists and marks the role column
// of the agreements list (agreements.hpp) closed, with its seller and buyer texts as values.
void declare_column_values(Round& round);

}  // namespace ramkoll::rules
