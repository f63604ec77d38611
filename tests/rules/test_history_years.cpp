// Years of their own (tests/rules/history_years.rules, after seed 002): a list with history years
// before the round and one with plan years after it, annex columns for them, a row with nothing
// filled in left blank, and rules across all submissions judged in every year their values exist,
// the year before the first taken from a history column.
#include "common/swedish_number.hpp"
#include "rules/evaluator.hpp"
#include "rules/loader.hpp"
#include "submission_table.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ramkoll;
using namespace ramkoll::rules;
using ramkoll::test::SubmissionTable;

namespace {

Money mnkr(const char* text) { return to_kronor(parse_swedish_number(text)->value, Unit::mnkr); }

const Round& history() {
    static const LoadedRules loaded = [] {
        std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
        return load_rules("tests/rules/history_years.rules");
    }();
    REQUIRE(loaded.ok());
    return loaded.round;
}

const std::vector<AnnexRow>& rows_of(const Round& round, std::string_view annex) {
    for (const auto& a : round.annexes)
        if (a.name == annex) return std::get<RowsTable>(a.table).rows;
    FAIL("no annex " << annex);
    throw;
}

std::vector<int> years_of(const Round& round, const std::vector<Finding>& findings, const std::string& rule) {
    std::vector<int> out;
    for (const auto& f : findings)
        if (round.rules[f.rule].name == rule) out.push_back(*f.year);
    return out;
}

// FF's balance: Summa tillgångar, Eget kapital (and Kassa in 2021 only) per year 2021–2025.
SubmissionTable finance(const Round& round, const std::vector<const char*>& assets, const std::vector<const char*>& equity) {
    SubmissionTable ff(round, "FF");
    const auto a = ff.add_row("Balans");
    ff.set_text("Balans", a, "Post", "Summa tillgångar");
    const auto e = ff.add_row("Balans");
    ff.set_text("Balans", e, "Post", "Eget kapital");
    for (int y = 2021; y <= 2025; ++y) {
        ff.set_amount("Balans", a, "Belopp", y, mnkr(assets[static_cast<std::size_t>(y - 2021)]));
        ff.set_amount("Balans", e, "Belopp", y, mnkr(equity[static_cast<std::size_t>(y - 2021)]));
    }
    const auto k = ff.add_row("Balans");
    ff.set_text("Balans", k, "Post", "Kassa och bank");
    ff.set_amount("Balans", k, "Belopp", 2021, mnkr("588"));
    for (int y = 2023; y <= 2025; ++y) ff.set_line("Kostnader", y, mnkr("100"));
    return ff;
}

}  // namespace

TEST_CASE("a list and an annex with history years: columns read by year, an empty row blank") {
    const Round& round = history();
    const auto& balance = round.form.lists[static_cast<std::size_t>(round.form.list("Balans") - round.form.lists.data())];
    CHECK(balance.years == std::vector<int>{2021, 2022, 2023, 2024, 2025});
    CHECK(round.form.list("Investeringar")->years == std::vector<int>{2023, 2024, 2025, 2026, 2027});
    const auto ff = finance(round, {"5 499", "5 784", "6 037", "6 326", "6 592"}, {"5 499", "5 784", "6 037", "6 326", "6 593"});
    const std::vector<const SubmissionValues*> all{&ff};
    const Evaluator evaluator(round);
    const auto& rows = rows_of(round, "Balansbudget");
    CHECK(evaluator.row_value(rows, 1, all, 2021) == mnkr("588"));     // Kassa och bank, Utfall 2021
    CHECK_FALSE(evaluator.row_value(rows, 1, all, 2022));              // nothing filled in: blank, not 0
    CHECK(evaluator.row_value(rows, 2, all, 2022) == mnkr("5 784"));   // Summa tillgångar, Prognos 2022
    CHECK(round.annexes[1].columns.front().header == "Utfall 2021");
    CHECK(round.annexes[2].columns.back().year == 2027);
}

TEST_CASE("a rule across all submissions is judged in the history years too, and from the year its previous year exists") {
    const Round& round = history();
    // Equity grows by the result (100 a year) but by 101 in 2025; assets are equity only in 2021.
    const auto ff = finance(round, {"5 499", "5 785", "6 037", "6 326", "6 592"},
                            {"5 499", "5 784", "5 884", "5 984", "6 085"});
    const auto findings = Evaluator(round).check_all({&ff});
    // Balansbudget has 2021–2025: every year judged, 2022 to 2025 fail.
    CHECK(years_of(round, findings, "Tillgångarna är eget kapital") == std::vector<int>{2022, 2023, 2024, 2025});
    // Reads Resultatbudget (the round's years): 2023–2025; 2023's previous year is Prognos 2022.
    CHECK(years_of(round, findings, "Eget kapital ökar med resultatet") == std::vector<int>{2025});
    // A fixed year of Bilaga 5: judged in the round's years and Bilaga 5's, not in Bilaga 3's history.
    CHECK(round.rules.back().years == std::vector<int>{2023, 2024, 2025, 2026, 2027});
}
