// Rule files that would exhaust the parser: nesting too deep for the stack, an include of a
// device or a huge file. Each gives a message, never a crash or a hang.
#include "rules/loader.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace ramkoll;
using namespace ramkoll::rules;

namespace {

const std::string header = "round \"Test\"\nyears 2024 2025 2026\nunit tkr\ncommittee HSN \"Hälso- och sjukvårdsnämnden\"\n"
                           "  frame: 1 ; 2 ; 3 tkr\nform\n  line Intäkter \"Intäkter\" negative\n  line Drift \"Drift\" positive\n"
                           "  total Totalt \"Totalt\" = Intäkter + Drift\n";

std::string rule_with(const std::string& expression) {
    return header + "rule \"Djup\" error\n  each year: Totalt = " + expression + "\n";
}

std::string all_messages(const LoadedRules& loaded, Lang lang) {
    std::string out;
    for (const auto& d : loaded.diagnostics) out += format_diagnostic(d, lang);
    return out;
}

}  // namespace

TEST_CASE("hostile rules: 100 000 nested parentheses are refused, not a stack overflow") {
    const auto loaded = load_rules_text("deep.rules", rule_with(std::string(100'000, '(') + "Drift" + std::string(100'000, ')')));
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK_THAT(all_messages(loaded, Lang::sv), Catch::Contains("nästlat i mer än 50 nivåer"));
    CHECK_THAT(all_messages(loaded, Lang::en), Catch::Contains("nests more than 50 levels"));
    CHECK(loaded.diagnostics.front().where.line == 11);
}

TEST_CASE("hostile rules: 100 000 minus signs in a row are refused") {
    std::string signs;
    for (int i = 0; i < 50'000; ++i) signs += "- \xE2\x88\x92";   // - and U+2212
    const auto loaded = load_rules_text("signs.rules", rule_with(signs + "Drift"));
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK_THAT(all_messages(loaded, Lang::en), Catch::Contains("nests more than 50 levels"));
}

TEST_CASE("hostile rules: nesting up to the limit still parses, and so does a long flat expression") {
    const auto nested = load_rules_text("ok.rules", rule_with(std::string(45, '(') + "-Drift" + std::string(45, ')')));
    INFO(all_messages(nested, Lang::sv));
    CHECK(nested.ok());
    std::string flat = "Drift";
    for (int i = 0; i < 5'000; ++i) flat += " - Drift + (Intäkter)";
    const auto long_line = load_rules_text("flat.rules", rule_with(flat));
    INFO(all_messages(long_line, Lang::sv));
    CHECK(long_line.ok());
}

TEST_CASE("hostile rules: unclosed parentheses in many statements do not add up") {
    std::string text = header;
    for (int i = 0; i < 60; ++i) text += "rule \"R\" error\n  each year: Totalt = (Drift\n";
    const auto loaded = load_rules_text("unclosed.rules", text);
    CHECK_THAT(all_messages(loaded, Lang::en), !Catch::Contains("nests more than"));
    CHECK(loaded.diagnostics.size() == 60);
}

TEST_CASE("hostile rules: including a device or a folder is refused at once") {
    for (const char* target : {"/dev/zero", "/dev/urandom", "/tmp"}) {
        const auto loaded = load_rules_text("inc.rules", header + "include \"" + target + "\"\n");
        INFO(target);
        CHECK_THAT(all_messages(loaded, Lang::en), Catch::Contains(std::string("cannot read the file ") + target));
    }
}

TEST_CASE("hostile rules: frames, parts and a result row without `years` give messages (found by fuzzing)") {
    // The year of a difference was looked up among no years at all: undefined behaviour.
    const auto loaded = load_rules_text("no_years.rules", "round \"R\"\ncommittee KBN \"Kultur\"\n  frame: 1 ; 2 mnkr\n"
                                                          "  part FHS \"Folkhögskola\" frame: 5 ; 6 mnkr\n"
                                                          "result \"Resultat\" = sum: 7 ; 8 mnkr\n");
    CHECK_FALSE(loaded.ok());
    CHECK_THAT(all_messages(loaded, Lang::en), Catch::Contains("years"));
}
