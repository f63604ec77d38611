// Reporting a rule file's diagnostics for a command: see rules_diagnostics.hpp.
#include "cli/rules_diagnostics.hpp"

#include <iostream>

namespace ramkoll::cli {

bool report_diagnostics(const rules::LoadedRules& loaded, Lang lang) {
    for (const auto& d : loaded.diagnostics) std::cerr << rules::format_diagnostic(d, lang);
    return loaded.ok();
}

}  // namespace ramkoll::cli
