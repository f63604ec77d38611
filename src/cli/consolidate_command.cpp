// `ramkoll consolidate --rules FILE --in FILE_OR_DIR... --out DIR [--utkast] [--committee CODE=FILE]`
// (or `consolidate RULES FILE_OR_DIR... -o DIR`): checks the submissions, and
// when none has errors (or a draft is asked for) writes the round's annexes into DIR.
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"
#include "cli/submission_files.hpp"
#include "cli/write_failure.hpp"

#include "annex/annex.hpp"
#include "common/message.hpp"
#include "rules/loader.hpp"
#include "validate/check.hpp"

#include <fmt/format.h>

#include <iostream>

namespace ramkoll::cli {

int consolidate_command(const ConsolidateArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto loaded = rules::load_rules(args.rules);
    if (!report_diagnostics(loaded, lang)) return 2;
    const auto& round = loaded.round;
    if (round.annexes.empty()) {
        std::cerr << fmt::format("{}: {}\n", args.rules,
                                 tr(lang, "regelfilen deklarerar inga bilagor (annex …)", "the rules declare no annexes (annex …)"));
        return 2;
    }
    validate::Options check_options;
    const auto files = submission_files(args.inputs, args.committees, round, global, check_options);
    if (!files) return 2;
    const auto result = validate::check(round, *files, check_options);
    const auto errors = validate::committees_in_error(round, result, lang);
    std::string names;
    for (const auto& e : errors) names += (names.empty() ? "" : ", ") + e;
    if (!errors.empty() && !args.draft) {
        std::cerr << say(lang, {"Underlagen innehåller fel; inga bilagor skrivna.\nFel i: {}\n"
                                "Se detaljerna med ramkoll check, eller skriv ett utkast med --utkast.\n",
                                "The submissions contain errors; no annexes written.\nErrors in: {}\n"
                                "See the details with ramkoll check, or write a draft with --utkast.\n"},
                         names);
        return 1;
    }
    annex::Options annex_options{.lang = lang, .draft = !errors.empty(), .committees_in_error = errors};
    consolidate::Submissions submissions;
    for (const auto& s : result.submissions) submissions.push_back(&s);
    const bool annexes_written = written(lang, [&] {
        std::filesystem::create_directories(args.output);
        for (const auto& path : annex::write_annexes(round, submissions, args.output, annex_options))
            std::cout << path.string() << "\n";
    });
    if (!annexes_written) return 2;
    if (!errors.empty())
        std::cerr << fmt::format("{}: {}\n", tr(lang, "UTKAST – underlaget innehåller fel", "DRAFT – the submissions contain errors"), names);
    return 0;
}

}  // namespace ramkoll::cli
