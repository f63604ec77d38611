// `ramkoll rules check FILE` and `ramkoll rules show FILE`: parse, check and review a rule file.
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"

#include "rules/loader.hpp"
#include "rules/show.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <iostream>

namespace ramkoll::cli {

namespace {

// Prints every diagnostic and, when there are any, their count; returns whether the rules loaded cleanly.
bool report(const rules::LoadedRules& loaded, Lang lang) {
    if (report_diagnostics(loaded, lang)) return true;
    std::size_t n = loaded.diagnostics.size();
    std::cerr << (lang == Lang::sv ? fmt::format("{} fel\n", n) : fmt::format("{} error{}\n", n, n == 1 ? "" : "s"));
    return false;
}

}  // namespace

void add_rules_command(CLI::App& app, Options options) {
    auto* rules = app.add_subcommand("rules", "Regelfiler: granska (check) och visa (show)");
    rules->require_subcommand(1);

    auto check_file = std::make_shared<std::string>();
    auto* check = rules->add_subcommand("check", "Läser och granskar en regelfil; 0 om den är felfri, annars 2");
    check->add_option("FILE", *check_file, "Regelfilen, t.ex. rules/blekinge-2024.rules")->required();
    check->callback([options, check_file] {
        Lang lang = options->lang();
        auto loaded = rules::load_rules(*check_file);
        if (!report(loaded, lang)) {
            options->exit_code = 2;
            return;
        }
        const auto& round = loaded.round;
        auto count = [](std::size_t n, std::string_view one, std::string_view many) {
            return fmt::format("{} {}", n, n == 1 ? one : many);
        };
        std::cout << fmt::format("{}: {} ({}, {}, {})\n", *check_file, tr(lang, "inga fel", "no errors"),
                                 count(round.committees.size(), tr(lang, "nämnd", "committee"), tr(lang, "nämnder", "committees")),
                                 count(round.indices.size(), "index", tr(lang, "index", "indices")),
                                 count(round.rules.size(), tr(lang, "regel", "rule"), tr(lang, "regler", "rules")));
    });

    auto show_file = std::make_shared<std::string>();
    auto show_unit = std::make_shared<std::string>();
    auto* show = rules->add_subcommand("show", "Visar omgången som tabeller: ramar, index, konstanter, blankett, regler");
    show->add_option("FILE", *show_file, "Regelfilen")->required();
    show->add_option("--unit", *show_unit, "Enhet för ramarna: tkr eller mnkr (standard: som i filen)")
        ->check(CLI::IsMember({"tkr", "mnkr"}));
    show->callback([options, show_file, show_unit] {
        Lang lang = options->lang();
        auto loaded = rules::load_rules(*show_file);
        if (!report(loaded, lang)) {
            options->exit_code = 2;
            return;
        }
        Unit unit = show_unit->empty() ? loaded.round.frame_unit : *show_unit == "mnkr" ? Unit::mnkr : Unit::tkr;
        std::cout << rules::show_round(loaded.round, lang, unit);
    });
}

}  // namespace ramkoll::cli
