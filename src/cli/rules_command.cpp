// `ramkoll rules check FILE` and `ramkoll rules show FILE`: parse, check and review a rule file.
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"

#include "common/message.hpp"
#include "rules/loader.hpp"
#include "rules/show.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <iostream>

namespace ramkoll::cli {

namespace {

// Prints every diagnostic and, when there are any, their count; returns whether the rules loaded cleanly.
bool report(const rules::LoadedRules& loaded, Lang lang) {
    if (report_diagnostics(loaded, lang)) return true;
    std::size_t n = loaded.diagnostics.size();
    std::cerr << (n == 1 ? say(lang, {"{} fel\n", "{} error\n"}, n) : say(lang, {"{} fel\n", "{} errors\n"}, n));
    return false;
}

}  // namespace

int rules_check_command(const std::string& file, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto loaded = rules::load_rules(file);
    if (!report(loaded, lang)) return 2;
    const auto& round = loaded.round;
    auto count = [](std::size_t n, std::string_view one, std::string_view many) {
        return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    std::cout << fmt::format("{}: {} ({}, {}, {})\n", file, tr(lang, "inga fel", "no errors"),
                             count(round.committees.size(), tr(lang, "nämnd", "committee"), tr(lang, "nämnder", "committees")),
                             count(round.indices.size(), "index", tr(lang, "index", "indices")),
                             count(round.rules.size(), tr(lang, "regel", "rule"), tr(lang, "regler", "rules")));
    return 0;
}

int rules_show_command(const RulesShowArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto loaded = rules::load_rules(args.file);
    if (!report(loaded, lang)) return 2;
    const Unit unit = args.unit.empty() ? loaded.round.frame_unit : args.unit == "mnkr" ? Unit::mnkr : Unit::tkr;
    std::cout << rules::show_round(loaded.round, lang, unit);
    return 0;
}

}  // namespace ramkoll::cli
