// The two ways of reading a workbook into a Submission, and the step they share: taking one
// amount cell into the submission (or a finding). Internal to src/submission/.
#pragma once

#include "rules/model.hpp"
#include "submission/sheet_grid.hpp"
#include "submission/submission.hpp"
#include "xlsx/workbook.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ramkoll::submission {

// What is being read, put into words only when a finding is made: "Drift 2025" (a line in a
// year), "Satsningar rad 3: Belopp 2025" (a list row's column in a year), "Satsningar rad 3:
// Benämning" (a column not per year). The views must outlive it.
struct Subject {
    std::string_view label;       // the line's or the column's label
    int year = 0;                 // 0: not per year
    std::string_view list = {};   // a list row's list label; empty for a line
    std::size_t row = 0;          // a list row's number in its list, from 1
    std::string text() const;
};

// Whether the workbook carries a ramkoll template's metadata.
bool is_template(const xlsx::Workbook& book);
void read_template(const xlsx::Workbook& book, const rules::Round& round, Submission& out);
void read_free_form(const xlsx::Workbook& book, const rules::Round& round, Submission& out);

// The amount in a cell in kronor, blank cells as zero; otherwise a finding about `subject`
// is added and nothing is returned. Numbers typed as text are returned and
// reported.
std::optional<Amount> take_amount(Submission& out, const rules::Round& round, const SheetGrid& grid,
                                  xlsx::CellRef ref, const Subject& subject);
// The same for a cell written in `written_in` (a free-form table that declares its unit).
std::optional<Amount> take_amount(Submission& out, const SheetGrid& grid, xlsx::CellRef ref,
                                  const Subject& subject, Unit written_in);
// The same for `cell`, grid.at(ref) looked up already.
std::optional<Amount> take_amount(Submission& out, const SheetGrid& grid, xlsx::CellRef ref, const GridCell* cell,
                                  const Subject& subject, Unit written_in);

}  // namespace ramkoll::submission
