// ramkoll's command line: global options, then one subcommand per file in src/cli/.
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>

int main(int argc, char** argv) {
    CLI::App app{"ramkoll – granskar och sammanställer nämndernas budgetunderlag"};
    app.require_subcommand(1);
    auto options = std::make_shared<ramkoll::cli::GlobalOptions>();
    app.add_option("--lang", options->lang_name, "Språk för meddelanden: sv eller en")
        ->check(CLI::IsMember({"sv", "en"}));
    ramkoll::cli::add_limit_options(app, options);

    ramkoll::cli::add_inspect_command(app, options);
    ramkoll::cli::add_rules_command(app, options);
    ramkoll::cli::add_template_command(app, options);
    ramkoll::cli::add_check_command(app, options);
    ramkoll::cli::add_consolidate_command(app, options);
    ramkoll::cli::add_run_command(app, options);
    ramkoll::cli::add_history_command(app, options);
    ramkoll::cli::add_diff_command(app, options);
    ramkoll::cli::add_restore_command(app, options);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    return options->exit_code;
}
