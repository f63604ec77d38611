// The subcommands of ramkoll; each add_*_command lives in its own file in this folder.
#pragma once

#include "common/lang.hpp"

#include <memory>
#include <string>

namespace CLI { class App; }

namespace ramkoll::cli {

struct GlobalOptions {
    std::string lang_name = "sv";
    int exit_code = 0;   // set by the command that ran
    Lang lang() const { return lang_name == "en" ? Lang::en : Lang::sv; }
};

using Options = std::shared_ptr<GlobalOptions>;

void add_inspect_command(CLI::App& app, Options options);
void add_rules_command(CLI::App& app, Options options);
void add_template_command(CLI::App& app, Options options);
void add_check_command(CLI::App& app, Options options);
void add_consolidate_command(CLI::App& app, Options options);

}  // namespace ramkoll::cli
