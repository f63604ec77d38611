// Reading a filled workbook into a Submission: a ramkoll template by its defined names and
// metadata (rows and columns may have been inserted), anything else as a free-form table.
//
//   auto loaded = rules::load_rules("rules/blekinge-2024.rules");
//   auto s = submission::read_submission("inlamnat/HSN-2024.xlsx", loaded.round);
//   if (const auto* drift = s.line_amount(*loaded.round.form.line_index("Drift"), 2025))
//       fmt::print("{} från {}\n", format_swedish(drift->kronor, 0), to_string(drift->source));
#pragma once

#include "rules/model.hpp"
#include "submission/submission.hpp"
#include "xlsx/limits.hpp"

#include <filesystem>
#include <string_view>

namespace ramkoll::submission {

// `committee` is used when the file does not say (a template's metadata does): give it for
// free-form files. Without it the committee is guessed from the file name ("TN-budget.xlsx")
// or from a committee's or part's name in the sheet ("… för regionstaben" is RS).
// A report of `ramkoll check` (Layout::ramkoll_report) gives an empty submission without
// committee or findings. Throws xlsx::Error when the file cannot be read as a workbook or
// passes one of `limits`.
Submission read_submission(const std::filesystem::path& path, const rules::Round& round,
                           std::string_view committee = {}, const xlsx::ReadLimits& limits = {});

}  // namespace ramkoll::submission
