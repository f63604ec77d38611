// What a template needs of the rule file (rules/template_fit.hpp), beyond the golden case
// template_fit.rules: a name too long for the template's defined names, and what is no longer
// refused because the drop-downs' choices live on a sheet (a comma in a role, many long values).
#include "rules/loader.hpp"

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <string>

using namespace ramkoll;

namespace {

const std::string head = R"(round "Mall"
years 2024
unit tkr
committee RS "Regionstyrelsen"
  frame: 100
committee HSN "Hälso- och sjukvårdsnämnden"
  frame: 100
form
)";

}  // namespace

TEST_CASE("a line or list name too long for the template's defined names is an error at the name") {
    const std::string name(249, 'a');
    const auto loaded = rules::load_rules_text("lang.rules", head + fmt::format("  line {} \"Drift\" positive\n", name));
    REQUIRE(loaded.diagnostics.size() == 1);
    const auto& d = loaded.diagnostics.front();
    CHECK(d.where.line == 9);
    CHECK(d.where.column == 8);
    CHECK(d.what.sv == fmt::format("namnet {} har 249 tecken; mallens namn Rad_… får ha högst 248", name));
    CHECK(d.what.en == fmt::format("the name {} has 249 characters; the template's name Rad_… may have at most 248", name));
    CHECK(rules::load_rules_text("kort.rules", head + fmt::format("  line {} \"Drift\" positive\n", name.substr(1))).ok());
}

TEST_CASE("a comma in a role and many long roles are no error: the template's drop-down reads them from cells") {
    std::string text = head + R"(  line Drift "Drift" positive
  list Interna "Interna överenskommelser"
    column Motpart "Motpart" committee
    column Roll "Roll" text
    column Belopp "Belopp" amount per year
rule "Hyra" info
  each year: sum(Interna.Belopp where Roll = "hyra, lokaler") >= 0
)";
    for (int i = 0; i < 30; ++i)
        text += fmt::format("rule \"Roll {0}\" info\n  each year: sum(Interna.Belopp where Roll = \"Roll nummer {0} med "
                            "ett mycket långt namn\") >= 0\n", i);
    const auto loaded = rules::load_rules_text("roller.rules", text);
    CHECK(loaded.ok());
    const auto& roll = loaded.round.form.lists.at(0).columns.at(1);
    CHECK(roll.closed);
    CHECK(roll.values.size() == 33);
}

TEST_CASE("a committee code too long for a file name and a text too long for a cell are errors where they stand") {
    const std::string code(65, 'K');
    const auto committee = rules::load_rules_text(
        "kod.rules", fmt::format("round \"Mall\"\nyears 2024\nunit tkr\ncommittee {} \"Nämnd\"\n  frame: 100\n", code));
    REQUIRE(committee.diagnostics.size() == 1);
    CHECK(committee.diagnostics.front().where.line == 4);
    CHECK(committee.diagnostics.front().what.en ==
          fmt::format("the committee code {} has 65 characters; it names the committee's files and may have at most 64", code));

    std::string label;
    for (int i = 0; i < 16'001; ++i) label += "å";   // 32 002 characters
    label += label;
    const auto text = rules::load_rules_text("text.rules", head + "  line Drift \"" + label.substr(0, 2 * 32'001) +
                                                               "\" positive  # \"a comment's quote is no text\n");
    REQUIRE(text.diagnostics.size() == 1);
    CHECK(text.diagnostics.front().where.line == 9);
    CHECK(text.diagnostics.front().where.column == 14);
    CHECK(text.diagnostics.front().what.sv ==
          "texten har 32001 tecken; mallen skriver den i en cell, som rymmer högst 32000");
    CHECK(rules::load_rules_text("kort.rules", head + "  line Drift \"" + label.substr(0, 2 * 32'000) + "\" positive\n").ok());
}

TEST_CASE("a text that is not UTF-8 is an error at its quote, a comment that is not is none") {
    const auto loaded = rules::load_rules_text("latin1.rules", "round \"Budget \xe5r 2024\"  # \xe5\nyears 2024\n");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics.front().where.line == 1);
    CHECK(loaded.diagnostics.front().where.column == 7);
    CHECK(loaded.diagnostics.front().what.en == "the text is not valid UTF-8; save the rule file as UTF-8");
    CHECK(loaded.diagnostics.front().what.sv == "texten är inte giltig UTF-8; spara regelfilen som UTF-8");
}

TEST_CASE("a filter on a committee column with no committee's code is an error: the drop-down offers codes") {
    const std::string form = head + R"(  line Drift "Drift" positive
  list Interna "Interna överenskommelser"
    column Motpart "Motpart" committee
    column Roll "Roll" text
    column Belopp "Belopp" amount per year
rule "Med RS" info
  each year: sum(Interna.Belopp where Motpart = )";
    const auto named = rules::load_rules_text("namn.rules", form + "\"Regionstyrelsen\") >= 0\n");
    REQUIRE(named.diagnostics.size() == 1);
    CHECK(named.diagnostics.front().where.line == 15);
    CHECK(named.diagnostics.front().what.sv ==
          "kolumnen Motpart läses som nämndkoder, och \"Regionstyrelsen\" är ingen nämndkod, menade du \"RS\"?");
    CHECK(named.diagnostics.front().what.en ==
          "the column Motpart is read as committee codes, and \"Regionstyrelsen\" is no committee code; did you mean \"RS\"?");
    CHECK(rules::load_rules_text("kod.rules", form + "\"HSN\") >= 0\n").ok());
}
