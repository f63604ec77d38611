// `ramkoll template --rules FILE --out DIR [--committee CODE]` (or `template RULES -o DIR`): writes
// each committee's template workbook.
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"
#include "cli/write_failure.hpp"

#include "rules/loader.hpp"
#include "template/template.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

namespace ramkoll::cli {

int template_command(const TemplateArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto loaded = rules::load_rules(args.rules);
    if (!report_diagnostics(loaded, lang)) return 2;
    const auto& round = loaded.round;
    std::vector<const rules::Committee*> committees;
    if (args.committee.empty()) {
        for (const auto& c : round.committees) committees.push_back(&c);
    } else if (const auto* c = round.committee(args.committee)) {
        committees.push_back(c);
    } else {
        std::string known;
        for (const auto& c : round.committees) known += (known.empty() ? "" : ", ") + c.code;
        std::cerr << fmt::format("{} {}: {}\n",
                                 tr(lang, "Nämnden finns inte i regelfilen:", "No such committee in the rules:"),
                                 args.committee, known);
        return 2;
    }
    const bool templates_written = written(lang, [&] {
        std::filesystem::create_directories(args.out_dir);
        for (const auto* committee : committees) {
            const auto path = std::filesystem::path(args.out_dir) / templates::file_name(round, *committee);
            templates::write_template(round, *committee, path);
            std::cout << path.string() << "\n";
        }
    });
    return templates_written ? 0 : 2;
}

}  // namespace ramkoll::cli
