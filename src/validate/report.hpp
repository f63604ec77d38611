// The findings as a workbook a finance officer mails to a committee: a summary sheet
// (committee, status, errors, warnings, deadline, files) and a findings sheet (one row each).
//
//   validate::write_report(round, result, "out/granskning.xlsx", Lang::sv);
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <filesystem>

namespace ramkoll::validate {

// Written through xlsx::WorkbookWriter (the file appears only when complete); throws
// std::runtime_error naming the file when it cannot be written.
void write_report(const rules::Round& round, const Result& result, const std::filesystem::path& path, Lang lang);

}  // namespace ramkoll::validate
