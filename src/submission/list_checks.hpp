// What reading a list section checks beyond single cells: the internal agreements' sign
// convention on each row, and the list's sum row against its rows. Internal to src/submission/.
//
//   check_agreement_signs(out, round, *agreements, row, subject);   // after a row is read
//   check_list_sum(out, round, grid, {sum_row, col}, amounts_by_row, "Satsningar: Belopp 2024");
#pragma once

#include "rules/agreements.hpp"
#include "submission/sheet_grid.hpp"
#include "submission/submission.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace ramkoll::submission {

// DOMAIN.md: the seller's amount is revenue, negative; the buyer's is cost, positive. Each
// amount of the other sign in the row (its role read as declared) is a finding at its cell;
// `subject(year)` names it ("Interna överenskommelser rad 1: Belopp 2024").
void check_agreement_signs(Submission& out, const rules::Round& round, const rules::AgreementsList& agreements,
                           const ListRow& row, const std::function<std::string(int)>& subject);

// The sum row's cell at `ref` against the sum of `amounts` (sheet row and kronor): its cached
// value, or for a formula never calculated (openpyxl) what its SUM range covers. When they
// differ, a warning at the sum cell with both.
void check_list_sum(Submission& out, const rules::Round& round, const SheetGrid& grid, xlsx::CellRef ref,
                    const std::vector<std::pair<std::uint32_t, Money>>& amounts, const std::string& subject);

}  // namespace ramkoll::submission
