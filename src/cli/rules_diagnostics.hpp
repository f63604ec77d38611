// What every command that reads a rule file does first: report the file's diagnostics.
#pragma once

#include "common/lang.hpp"
#include "rules/loader.hpp"

namespace ramkoll::cli {

// Prints every diagnostic of `loaded` to stderr; returns whether the rules loaded cleanly.
bool report_diagnostics(const rules::LoadedRules& loaded, Lang lang);

}  // namespace ramkoll::cli
