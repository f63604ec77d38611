// `ramkoll check --rules FILE --in FILE_OR_DIR... [--json FILE] [--report FILE.xlsx]
// [--report-per-committee DIR] [--committee CODE=FILE]` (or `check RULES FILE_OR_DIR...`): every
// submission against every rule, one block per committee on the terminal, every finding in the
// JSON file and the xlsx report, each committee's in its own report.
#include "cli/archive_access.hpp"
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"
#include "cli/submission_files.hpp"
#include "cli/write_failure.hpp"

#include "archive/previous.hpp"
#include "common/atomic_file.hpp"
#include "report/json.hpp"
#include "report/terminal.hpp"
#include "report/workbook.hpp"
#include "rules/loader.hpp"
#include "validate/check.hpp"

#include <fmt/format.h>

#include <iostream>

#include <unistd.h>

namespace ramkoll::cli {

int check_command(const CheckArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto loaded = rules::load_rules(args.rules);
    if (!report_diagnostics(loaded, lang)) return 2;
    const auto& round = loaded.round;
    validate::Options check_options;
    const auto files = submission_files(args.inputs, args.committees, round, global, check_options);
    if (!files) return 2;
    if (!args.archive.empty()) {
        const auto archive = open_archive(args.archive, lang);
        if (!archive) return 2;
        check_options.previous_lines = archive::previous_lines(*archive, round);
    }
    const auto result = validate::check(round, *files, check_options);
    report::print_findings(std::cout, round, result, lang, ::isatty(STDOUT_FILENO) != 0);
    const bool outputs_written = written(lang, [&] {
        if (!args.json.empty())
            write_file_atomically(args.json, report::findings_json(round, args.rules, result).dump(2) + "\n");
        if (!args.report.empty()) report::write_report(round, result, args.report, lang);
        if (!args.report_dir.empty()) report::write_committee_reports(round, result, args.report_dir, lang);
    });
    if (!outputs_written) return 2;
    return result.has_errors() ? 1 : 0;
}

}  // namespace ramkoll::cli
