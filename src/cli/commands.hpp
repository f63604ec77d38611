// The subcommands of ramkoll; each add_*_command lives in its own file in this folder.
#pragma once

#include "common/lang.hpp"
#include "xlsx/limits.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace CLI { class App; }

namespace ramkoll::cli {

struct GlobalOptions {
    std::string lang_name = "sv";
    int exit_code = 0;   // set by the command that ran
    xlsx::ReadLimits limits;            // --max-file-size, --max-cells, ... (limit_options.cpp)
    std::uint64_t max_files = 10'000;   // --max-files: submissions one run takes
    Lang lang() const { return lang_name == "en" ? Lang::en : Lang::sv; }
};

using Options = std::shared_ptr<GlobalOptions>;

void add_limit_options(CLI::App& app, Options options);
void add_inspect_command(CLI::App& app, Options options);
void add_rules_command(CLI::App& app, Options options);
void add_template_command(CLI::App& app, Options options);
void add_check_command(CLI::App& app, Options options);
void add_consolidate_command(CLI::App& app, Options options);
void add_run_command(CLI::App& app, Options options);
void add_history_command(CLI::App& app, Options options);
void add_diff_command(CLI::App& app, Options options);
void add_restore_command(CLI::App& app, Options options);

}  // namespace ramkoll::cli
