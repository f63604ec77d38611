// A rule over a list (a sum of a list column compared with something) points at the list's
// cells: the row its filter takes, else the list's first row, in the column and year of the
// finding; a list without rows leaves the finding at its file.
#include "rules/loader.hpp"
#include "validate/check.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace ramkoll;

namespace {

const fs::path clean = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";

// The bundled round with rules over lists that the clean submissions break.
rules::LoadedRules round_with_list_rules() {
    std::ifstream in(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    std::ostringstream text;
    text << in.rdbuf() << R"(
rule "Satsningarna ryms i 5 mnkr" error
  each year: sum(Satsningar.Belopp) ≤ 5 mnkr

rule "Inga interna intäkter" warning
  each year: sum(Interna.Belopp where Roll = "säljare") = 0

rule "Basenheterna kostar" warning for HSN
  each year: sum(Basenheter.Drift) ≥ 100
)";
    return rules::load_rules_text(RAMKOLL_SOURCE_DIR "/rules/list-cells.rules", text.str());
}

// Location by (committee, rule, year).
std::map<std::tuple<std::string, std::string, int>, std::string> locations(const validate::Result& result) {
    std::map<std::tuple<std::string, std::string, int>, std::string> out;
    for (const auto& f : result.findings)
        if (f.kind == validate::FindingKind::rule) out[{f.committee, f.rule, f.year.value_or(0)}] = validate::location(f);
    return out;
}

}  // namespace

TEST_CASE("a finding about a list sum is at the list's cell in its year, a filtered one at the row it takes") {
    const auto loaded = round_with_list_rules();
    REQUIRE(loaded.ok());
    const auto result = validate::check(loaded.round, {clean / "HSN-2024.xlsx", clean / "RS-2024.xlsx"}, {});
    const auto at = locations(result);
    // HSN's satsningar (13 500 tkr in 2025) pass 5 mnkr: at the first row, the year's column.
    CHECK(at.at({"HSN", "Satsningarna ryms i 5 mnkr", 2024}) == "HSN-2024.xlsx!Satsningar!B5");
    CHECK(at.at({"HSN", "Satsningarna ryms i 5 mnkr", 2025}) == "HSN-2024.xlsx!Satsningar!C5");
    CHECK(at.at({"HSN", "Satsningarna ryms i 5 mnkr", 2026}) == "HSN-2024.xlsx!Satsningar!D5");
    // HSN sells in its second agreement row (the first is a purchase), RS in its first.
    CHECK(at.at({"HSN", "Inga interna intäkter", 2025}) == "HSN-2024.xlsx!'Interna överenskommelser'!E6");
    CHECK(at.at({"RS", "Inga interna intäkter", 2026}) == "RS-2024.xlsx!'Interna överenskommelser'!F5");
}

TEST_CASE("a finding about a list without rows stays at its file") {
    const auto loaded = round_with_list_rules();
    REQUIRE(loaded.ok());
    const auto result = validate::check(loaded.round, {clean / "HSN-2024.xlsx"}, {});
    const auto at = locations(result);
    REQUIRE(at.count({"HSN", "Basenheterna kostar", 2024}) == 1);
    CHECK(at.at({"HSN", "Basenheterna kostar", 2024}) == "HSN-2024.xlsx");
}
