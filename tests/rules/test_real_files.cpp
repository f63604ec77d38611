// Tests that load the real rule files in rules/ and assert numbers from the seed documents;
// `rules show` must print seed 000's Bilaga 2 "Nämndbudget" row for row.
#include "common/swedish_number.hpp"
#include "rules/evaluator.hpp"
#include "submission_table.hpp"
#include "rules/loader.hpp"
#include "rules/show.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ramkoll;
using namespace ramkoll::rules;
using ramkoll::test::SubmissionTable;

namespace {

LoadedRules load(const char* file) {
    std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
    LoadedRules loaded = load_rules(file);
    std::string diagnostics;
    for (const auto& d : loaded.diagnostics) diagnostics += format_diagnostic(d, Lang::sv);
    INFO(diagnostics);
    REQUIRE(loaded.ok());
    return loaded;
}

Money in(const char* text, Unit unit) { return to_kronor(parse_swedish_number(text)->value, unit); }
Money in_unit(const char* mnkr) { return in(mnkr, Unit::mnkr); }

// Runs of blanks folded to one, so that table padding does not matter.
std::string fold(const std::string& line) {
    std::string out;
    for (char c : line) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

TEST_CASE("blekinge-2024.rules holds seed 000's frames, parts and indices") {
    auto loaded = load("rules/blekinge-2024.rules");
    const Round& r = loaded.round;
    CHECK(r.years == std::vector<int>{2024, 2025, 2026});
    CHECK(r.unit == Unit::tkr);
    CHECK(r.frame_unit == Unit::mnkr);
    REQUIRE(r.committees.size() == 9);
    CHECK(r.committee("HSN")->frame[0] == in("4 328,9", Unit::mnkr));
    CHECK(r.committee("FF")->frame[2] == in("-6 903,2", Unit::mnkr));
    const Committee* rs = r.committee("RS");
    REQUIRE(rs->parts.size() == 4);
    CHECK(rs->parts[1].name == "Regionservice");
    CHECK(rs->parts[1].frame[0] == in("-2,7", Unit::mnkr));
    CHECK(r.committee("KBN")->parts[0].name == "Blekinge folkhögskola");
    REQUIRE(r.result);
    CHECK(r.result->negated);
    CHECK(r.result->values[0] == in("-71,7", Unit::mnkr));
    REQUIRE(r.indices.size() == 3);
    CHECK(r.indices[0].name == "personal");
    CHECK(r.indices[0].rates[0] == Money::from_raw(39'000));
    CHECK(r.indices[1].rates[2] == Money::from_raw(27'000));
    CHECK(r.indices[2].name == "hälsoval");
    CHECK(r.form.lists.size() == 4);
}

TEST_CASE("rules show prints seed 000's Bilaga 2 Nämndbudget") {
    auto loaded = load("rules/blekinge-2024.rules");
    std::string shown = show_round(loaded.round, Lang::sv, loaded.round.frame_unit);
    // Bilaga 2 as printed in seed 000 (mnkr), with the code column in front.
    const char* bilaga2[] = {
        "HSN Hälso- och sjukvårdsnämnden 4 328,9 4 358,1 4 401,0",
        "TVN Tandvårdsnämnden 191,8 184,8 187,8",
        "PN Patientnämnden 4,0 4,0 4,1",
        "SVN Samverkansnämnden 0,0 0,0 0,0",
        "TN Trafiknämnden 385,4 399,2 415,2",
        "KBN Kultur- och bildningsnämnden 109,2 112,5 113,1",
        "Varav Blekinge folkhögskola 37,4 39,0 39,5",
        "Varav Kultur och bildning 71,8 73,5 73,5",
        "RUN Regional utvecklingsnämnd 33,8 33,8 34,2",
        "RS Regionstyrelsen 1 341,3 1 382,8 1 419,2",
        "Varav reserv Regionstyrelsen 10,2 10,2 10,2",
        "Varav Regionservice -2,7 0,0 0,0",
        "Varav Regionstaben 161,9 162,5 163,4",
        "Varav Regiongemensamt (Anslag) 1 171,8 1 210,0 1 245,5",
        "FF Finansförvaltningen -6 322,8 -6 760,0 -6 903,2",
        "Resultat -71,7 284,7 328,6",
    };
    std::istringstream lines(shown);
    std::string line;
    while (std::getline(lines, line) && line.find("Ramar per nämnd (mnkr)") == std::string::npos) {}
    std::getline(lines, line);
    CHECK(fold(line) == "Kod Nämnd 2024 2025 2026");
    for (const char* expected : bilaga2) {
        REQUIRE(std::getline(lines, line));
        CHECK(fold(line) == expected);
    }
}

TEST_CASE("blekinge-2020.rules holds seed 003's tkr frames with nested parts") {
    auto loaded = load("rules/blekinge-2020.rules");
    const Round& r = loaded.round;
    CHECK(r.years == std::vector<int>{2020, 2021, 2022});
    CHECK(r.frame_unit == Unit::tkr);
    CHECK(r.committee("HSN")->frame[0] == in("3 493 940,1", Unit::tkr));
    CHECK(r.committee("HSN")->deadline == "2019-08-29");
    CHECK(r.committee("RS")->deadline == "2019-08-21");
    const Committee* rs = r.committee("RS");
    REQUIRE(rs->parts.size() == 7);
    CHECK(rs->parts[3].code == "POL");
    CHECK(rs->parts[3].parent == "RG");
    CHECK(rs->parts[3].depth == 2);
    CHECK(rs->parts[6].frame[0] == in("-5 159 776,3", Unit::tkr));
    CHECK(r.committee("SVN")->frame[1] == in("-900,0", Unit::tkr));
    REQUIRE(r.result);
    CHECK_FALSE(r.result->negated);
    CHECK(r.result->values[0] == in("-11 479,9", Unit::tkr));
    CHECK(r.indices[2].rates == std::vector<Money>{Money::from_raw(28'000), Money::from_raw(28'000), Money::from_raw(29'000)});
}

TEST_CASE("vasterbotten-2023.rules: Regionstyrelsen's lines, frames and the frame bridge") {
    auto loaded = load("rules/vasterbotten-2023.rules");
    const Round& r = loaded.round;
    CHECK(r.years == std::vector<int>{2023, 2024, 2025, 2026});
    CHECK(r.unit == Unit::mnkr);
    const Committee* rs = r.committee("RS");
    REQUIRE(rs);
    CHECK(rs->frame[0] == in("3 869,4", Unit::mnkr));
    CHECK(rs->parts[3].frame[3] == in("-657", Unit::mnkr));
    REQUIRE(r.form.lines.size() == 7);
    CHECK(r.form.lines[6].label == "Summa Regionstyrelse");

    // A submission with exactly the decided figures passes every rule.
    SubmissionTable s(r, "RS");
    const char* figures[6][5] = {{"Primärvård", "1 496,0", "1 542", "1 592", "1 641"},
                                 {"Tandvård", "156,3", "161", "166", "171"},
                                 {"Digitalisering", "958,6", "987", "1 019", "1 050"},
                                 {"Regiongemensamt", "-600,5", "-618", "-638", "-657"},
                                 {"Avskrivningar", "550,0", "585", "600", "600"},
                                 {"Pensioner", "1 309,0", "1 454", "1 171", "1 173"}};
    for (auto& line : figures)
        for (int y = 0; y < 4; ++y) s.set_line(line[0], 2023 + y, in(line[y + 1], Unit::mnkr));
    auto findings = Evaluator(r).check(s);
    std::string described;
    for (const auto& f : findings) described += describe(r, f, Lang::sv) + "\n";
    INFO(described);
    CHECK(findings.empty());

    s.set_line("Tandvård", 2024, in("171", Unit::mnkr));
    findings = Evaluator(r).check(s);
    REQUIRE(findings.size() == 2);   // the sum against the frame, the line against its part
    CHECK(describe(r, findings[0], Lang::sv) ==
          "Summan är lika med ramen: faktiskt 4 121,0 mnkr, väntat = 4 111,0 mnkr, skillnad 10,0 mnkr");
    CHECK(findings[1].year == 2024);
    CHECK(r.rules[findings[1].rule].name == "Beställare tandvård inom sin ram");
    CHECK(findings[1].difference == in("10", Unit::mnkr));
}

TEST_CASE("Västerbotten's printed bridge is off by 0,3 for Beställare tandvård (seed 004)") {
    std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
    std::ifstream in("rules/vasterbotten-2023.rules");
    std::stringstream text;
    text << in.rdbuf();
    text << "rule \"Tät brygga\" error\n  each submission: frame of BTV[2023] = 136 + 10,0 + 10,6 ± 0 mnkr\n";
    auto loaded = load_rules_text("rules/vasterbotten-2023.rules", text.str());
    REQUIRE(loaded.ok());
    SubmissionTable s(loaded.round, "RS");
    auto findings = Evaluator(loaded.round).check(s);
    std::vector<Finding> bridge;
    for (const auto& f : findings)
        if (loaded.round.rules[f.rule].name == "Tät brygga") bridge.push_back(f);
    REQUIRE(bridge.size() == 1);
    CHECK(bridge[0].actual == in_unit("156,3"));
    CHECK(bridge[0].expected == in_unit("156,6"));
    CHECK(bridge[0].difference == in_unit("-0,3"));
}

TEST_CASE("rules show prints Västerbotten's frame bridge with each line's rounding difference (seed 004)") {
    auto loaded = load("rules/vasterbotten-2023.rules");
    const Round& r = loaded.round;
    REQUIRE(r.bridges.size() == 1);
    const Bridge& bridge = r.bridges[0];
    CHECK(bridge.year == 2023);
    CHECK(bridge.steps == std::vector<std::string>{"Budget 2022", "Omfördelning 2022", "Budget förändring 2023",
                                                   "Löne- och prisindex"});
    const char* differences[] = {"-0,2", "-0,3", "0", "0,3", "0,2", "0"};
    REQUIRE(bridge.lines.size() == 7);
    for (std::size_t i = 0; i < 6; ++i) CHECK(bridge.lines[i].difference() == in(differences[i], Unit::mnkr));
    CHECK_FALSE(bridge.lines[1].steps[1]);   // Beställare tandvård has no reallocation: printed blank
    CHECK(bridge.lines[6].label == "Summa Regionstyrelse");
    CHECK(bridge.lines[6].sum() == in("3 869,4", Unit::mnkr));
    CHECK(bridge.lines[6].difference() == Money{});

    const std::string shown = show_round(r, Lang::sv, r.frame_unit);
    std::vector<std::string> rows;
    std::istringstream lines(shown);
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with("BPV ") || line.starts_with("BTV ") || line.starts_with("DOS ") || line.starts_with("RGS ") ||
            line.starts_with("AVS ") || line.starts_with("EPK ") || line.starts_with("RS   Summa"))
            rows.push_back(line);
    REQUIRE(rows.size() == 7);
    const char* printed[] = {"−0,2", "−0,3", "0,0", "+0,3", "+0,2", "0,0", "0,0"};
    for (std::size_t i = 0; i < 7; ++i) {
        INFO(rows[i]);
        CHECK(rows[i].ends_with(std::string(" ") + printed[i]));
    }
    CHECK(rows[6].find("3 869,4") != std::string::npos);
}
