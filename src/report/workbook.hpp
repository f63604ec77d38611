// The findings as a workbook a finance officer mails to a committee: a summary sheet
// (committee, status, errors, warnings, deadline, files) and a findings sheet (one row each,
// filter buttons, the cell as text and as a link into the submission when it lies alongside).
//
//   report::write_report(round, result, "out/granskning.xlsx", Lang::sv);
//   report::write_committee_reports(round, result, "out/per-namnd", Lang::sv);   // HSN-granskning.xlsx, …
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <filesystem>
#include <vector>

namespace ramkoll::report {

// Every committee and every finding. Written through xlsx::WorkbookWriter (the file appears
// only when complete); throws std::runtime_error naming the file when it cannot be written.
void write_report(const rules::Round& round, const validate::Result& result, const std::filesystem::path& path, Lang lang);

// One workbook per committee of the round, "<CODE>-granskning.xlsx" in `dir` (created when
// missing), in the same layout with only that committee's row and findings; a committee
// without findings gets one too (status OK). Each file is written atomically, the files on
// every core; returns their paths in the round's order. Throws std::runtime_error naming a
// file that failed.
std::vector<std::filesystem::path> write_committee_reports(const rules::Round& round, const validate::Result& result,
                                                           const std::filesystem::path& dir, Lang lang);

}  // namespace ramkoll::report
