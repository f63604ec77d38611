// The findings as the JSON document of `check --json` and run's granskning.json: the rule file,
// the round, its unit, each committee with its status and counts, and every finding with its
// kind, location, rule, severity, year and values (keys from validate/finding.hpp).
#pragma once

#include "rules/model.hpp"
#include "validate/check.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace ramkoll::report {

nlohmann::ordered_json findings_json(const rules::Round& round, const std::string& rules_file, const validate::Result& result);

}  // namespace ramkoll::report
