// A rule's own message: its placeholders in both languages, the list shown when one is unknown,
// and filling them in; and the one way values and severities are written for people.
#include "rules/evaluator.hpp"
#include "rules/loader.hpp"
#include "rules/message_template.hpp"
#include "rules/words.hpp"

#include <catch2/catch.hpp>

using namespace ramkoll;
using namespace ramkoll::rules;

TEST_CASE("message placeholders: each known by its Swedish and its English name") {
    CHECK(placeholder_named("väntat") == Placeholder::expected);
    CHECK(placeholder_named("expected") == Placeholder::expected);
    CHECK(placeholder_named("år") == Placeholder::year);
    CHECK(placeholder_named("line") == Placeholder::line);
    CHECK_FALSE(placeholder_named("belopp"));
    CHECK_FALSE(placeholder_named("Väntat"));
    CHECK(unknown_placeholder("{nämnd} ligger {skillnad} över ramen {år}") == std::nullopt);
    CHECK(unknown_placeholder("{nämnd} har {belopp}") == "belopp");
    CHECK(unknown_placeholder("öppen {skillnad") == "skillnad");
    CHECK(placeholder_list(Lang::sv) ==
          "{väntat}, {faktiskt}, {skillnad}, {tolerans}, {år}, {nämnd}, {regel} och {rad}");
    CHECK(placeholder_list(Lang::en) ==
          "{expected}, {actual}, {difference}, {tolerance}, {year}, {committee}, {rule} and {line}");
}

TEST_CASE("message placeholders: filled once, in either language, values never searched again") {
    std::array<std::string, placeholder_names.size()> values;
    values[static_cast<std::size_t>(Placeholder::committee)] = "{år}";   // a value that looks like a placeholder
    values[static_cast<std::size_t>(Placeholder::year)] = "2025";
    values[static_cast<std::size_t>(Placeholder::difference)] = "-3,0 tkr";
    CHECK(fill_placeholders("{nämnd} {year}: {skillnad} {okänd}", values) == "{år} 2025: -3,0 tkr {okänd}");
    CHECK(fill_placeholders("inga", values) == "inga");
    CHECK(fill_placeholders("slut {", values) == "slut {");
}

TEST_CASE("values and severities are written one way for every report") {
    auto loaded = load_rules_text("t.rules", "round \"T\"\nyears 2024\nunit tkr\n");
    REQUIRE(loaded.ok());
    const Round& round = loaded.round;
    CHECK(format_value(round, ValueKind::amount, to_kronor(Money::parts(35063, 900000), Unit::tkr)) == "35 063,9 tkr");
    CHECK(format_value(round, ValueKind::ratio, Money::parts(0, 24000)) == "0,024");
    CHECK(format_value(round, ValueKind::ratio, Money::parts(1, 0)) == "1");
    CHECK(severity_word(Severity::error, Lang::sv) == "fel");
    CHECK(severity_word(Severity::warning, Lang::en) == "warning");
    CHECK(severity_word(Severity::info, Lang::sv) == "info");
}
