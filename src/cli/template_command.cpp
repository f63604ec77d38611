// `ramkoll template RULES -o DIR [--committee CODE]`: writes each committee's template workbook.
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"

#include "rules/loader.hpp"
#include "template/template.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

namespace ramkoll::cli {

void add_template_command(CLI::App& app, Options options) {
    struct Args {
        std::string rules;
        std::string out_dir;
        std::string committee;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("template", "Skriver mallen (budgetunderlaget) för varje nämnd i omgången");
    cmd->add_option("RULES", args->rules, "Regelfilen, t.ex. rules/blekinge-2024.rules")->required();
    cmd->add_option("-o,--out", args->out_dir, "Mappen mallarna skrivs till (skapas vid behov)")->required();
    cmd->add_option("--committee", args->committee, "Bara denna nämnd (kod, t.ex. HSN)");
    cmd->callback([options, args] {
        const Lang lang = options->lang();
        auto loaded = rules::load_rules(args->rules);
        if (!report_diagnostics(loaded, lang)) {
            options->exit_code = 2;
            return;
        }
        const auto& round = loaded.round;
        std::vector<const rules::Committee*> committees;
        if (args->committee.empty()) {
            for (const auto& c : round.committees) committees.push_back(&c);
        } else if (const auto* c = round.committee(args->committee)) {
            committees.push_back(c);
        } else {
            std::string known;
            for (const auto& c : round.committees) known += (known.empty() ? "" : ", ") + c.code;
            std::cerr << fmt::format("{} {}: {}\n",
                                     tr(lang, "Nämnden finns inte i regelfilen:", "No such committee in the rules:"),
                                     args->committee, known);
            options->exit_code = 2;
            return;
        }
        try {
            std::filesystem::create_directories(args->out_dir);
            for (const auto* committee : committees) {
                const auto path = std::filesystem::path(args->out_dir) / templates::file_name(round, *committee);
                templates::write_template(round, *committee, path);
                std::cout << path.string() << "\n";
            }
        } catch (const std::exception& e) {
            std::cerr << e.what() << "\n";
            options->exit_code = 1;
        }
    });
}

}  // namespace ramkoll::cli
