// What `ramkoll check` shows and writes, shared with `ramkoll run`: the findings on the
// terminal, one block per committee, and the JSON document of --json. Defined in
// check_command.cpp.
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace ramkoll::cli {

// One block per committee in the round's order with its status and findings (colour codes
// when `colour`), then files of no known committee and the rules across committees.
void print_findings(const rules::Round& round, const validate::Result& result, Lang lang, bool colour);

// The --json document: rules file, round, unit, committees with status, every finding.
nlohmann::ordered_json findings_json(const rules::Round& round, const std::string& rules_file, const validate::Result& result);

}  // namespace ramkoll::cli
