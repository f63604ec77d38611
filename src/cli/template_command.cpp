// `ramkoll template --rules FILE --out DIR [--committee CODE]` (or `template RULES -o DIR`): writes
// each committee's template workbook.
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"
#include "cli/write_failure.hpp"

#include "common/system_reason.hpp"
#include "common/write_error.hpp"
#include "rules/loader.hpp"
#include "template/template.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <stdexcept>

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
    // A clean rule file always makes a template (rules check refuses what would not fit), so
    // what can still fail is the folder or the file: said in the chosen language, exit 2.
    const bool templates_written = written(lang, [&] {
        try {
            std::filesystem::create_directories(args.out_dir);
        } catch (const std::filesystem::filesystem_error& e) {
            throw std::runtime_error(fmt::format("{}: {}: {}", args.out_dir,
                                                 tr(lang, "mappen kan inte skapas", "the folder cannot be made"),
                                                 system_reason(e.code().value(), lang)));
        }
        for (const auto* committee : committees) {
            const auto path = std::filesystem::path(args.out_dir) / templates::file_name(round, *committee);
            try {
                templates::write_template(round, *committee, path);
            } catch (const WriteError&) {
                throw;   // said in `lang` by written()
            } catch (const std::exception& e) {
                throw std::runtime_error(fmt::format("{} {}", tr(lang, "Mallen kunde inte skrivas:",
                                                                 "The template could not be written:"), e.what()));
            }
            std::cout << path.string() << "\n";
        }
    });
    return templates_written ? 0 : 2;
}

}  // namespace ramkoll::cli
