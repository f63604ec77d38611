// The findings on the terminal (check and run): one block per committee in the round's order with
// its files and status, each finding with its cell, rule, year, values and sentence; then the
// files of no known committee and the rules across all committees.
//
//   report::print_findings(std::cout, round, result, Lang::sv, ::isatty(STDOUT_FILENO) != 0);
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <ostream>

namespace ramkoll::report {

// `colour`: the status and severity words in red, yellow or green (ANSI codes).
void print_findings(std::ostream& out, const rules::Round& round, const validate::Result& result, Lang lang, bool colour);

}  // namespace ramkoll::report
