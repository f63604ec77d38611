// The two ways of reading a workbook into a Submission, and the step they share: taking one
// amount cell into the submission (or a finding). Internal to src/submission/.
#pragma once

#include "rules/model.hpp"
#include "submission/sheet_grid.hpp"
#include "submission/submission.hpp"
#include "xlsx/workbook.hpp"

#include <optional>
#include <string>

namespace ramkoll::submission {

// Whether the workbook carries a ramkoll template's metadata.
bool is_template(const xlsx::Workbook& book);
void read_template(const xlsx::Workbook& book, const rules::Round& round, Submission& out);
void read_free_form(const xlsx::Workbook& book, const rules::Round& round, Submission& out);

// The amount in a cell in kronor, blank cells as zero; otherwise a finding about `subject`
// ("Drift 2025") is added and nothing is returned. Numbers typed as text are returned and
// reported.
std::optional<Amount> take_amount(Submission& out, const rules::Round& round, const SheetGrid& grid,
                                  xlsx::CellRef ref, const std::string& subject);
// The same for a cell written in `written_in` (a free-form table that declares its unit).
std::optional<Amount> take_amount(Submission& out, const SheetGrid& grid, xlsx::CellRef ref,
                                  const std::string& subject, Unit written_in);

}  // namespace ramkoll::submission
