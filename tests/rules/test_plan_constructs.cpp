// The regional plan's constructs evaluated (tests/rules/plan.rules, after seed 002): min and max
// over expressions, [föregående år] on sums across submissions, a list only FF fills, and
// annex rows referring to another annex's rows, with a rule over them that reports the
// document's own contradiction with its difference.
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

const Round& plan() {
    static const LoadedRules loaded = [] {
        std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
        return load_rules("tests/rules/plan.rules");
    }();
    REQUIRE(loaded.ok());
    return loaded.round;
}

std::vector<Finding> of_rule(const Round& round, const std::vector<Finding>& findings, const std::string& name) {
    std::vector<Finding> out;
    for (const auto& f : findings)
        if (round.rules[f.rule].name == name) out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("max over expressions: the new spending fits the frame's increase, or nothing when it falls") {
    const Round& round = plan();
    SubmissionTable hsn(round, "HSN");
    const auto row = hsn.add_row("Satsningar");
    hsn.set_amount("Satsningar", row, "Belopp", 2024, mnkr("120"));   // the frame grows by 100
    hsn.set_amount("Satsningar", row, "Belopp", 2025, mnkr("80"));
    const auto findings = of_rule(round, Evaluator(round).check(hsn), "Satsningarna ryms i ramökningen");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].year == 2024);
    CHECK(findings[0].expected == mnkr("100"));
    CHECK(findings[0].difference == mnkr("20"));
}

TEST_CASE("min over expressions: a bare number beside an amount is in the round's unit") {
    const Round& round = plan();
    SubmissionTable ff(round, "FF");
    const auto row = ff.add_row("Kassaflöde");
    ff.set_text("Kassaflöde", row, "Post", "Årets kassaflöde");
    for (int y : {2023, 2024, 2025}) ff.set_amount("Kassaflöde", row, "Belopp", y, mnkr("-70"));
    const auto findings = of_rule(round, Evaluator(round).check(ff), "Kassan räcker");
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].expected == mnkr("-62,13"));   // min(−50, −6 213 × 1 %)
}

TEST_CASE("[föregående år] on a sum across submissions starts with the second year") {
    const Round& round = plan();
    SubmissionTable hsn(round, "HSN");
    hsn.set_line("Kostnader", 2023, mnkr("500"));
    hsn.set_line("Kostnader", 2024, mnkr("480"));
    hsn.set_line("Kostnader", 2025, mnkr("490"));
    const auto findings = of_rule(round, Evaluator(round).check_all({&hsn}), "Kostnaderna växer");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].year == 2024);
    CHECK(findings[0].difference == mnkr("-20"));
}

TEST_CASE("annex rows refer to another annex, and a rule over them reports the contradiction with its difference") {
    const Round& round = plan();
    SubmissionTable hsn(round, "HSN");
    SubmissionTable ff(round, "FF");
    for (int y : {2023, 2024, 2025}) {
        hsn.set_line("Intäkter", y, mnkr("-100"));
        hsn.set_line("Kostnader", y, mnkr("6 000"));
        hsn.set_line("Avskrivningar", y, mnkr("258,8"));
    }
    hsn.set_line("Kostnader", 2024, mnkr("6 050"));
    // Seed 002: the cash-flow budget adds back 267 where the result budget has 258,8.
    const auto row = ff.add_row("Kassaflöde");
    ff.set_text("Kassaflöde", row, "Post", "Avskrivningar");
    for (int y : {2023, 2024, 2025}) ff.set_amount("Kassaflöde", row, "Belopp", y, mnkr("267"));
    // A committee other than FF filling FF's list is not counted.
    const auto stray = hsn.add_row("Kassaflöde");
    hsn.set_text("Kassaflöde", stray, "Post", "Avskrivningar");
    hsn.set_amount("Kassaflöde", stray, "Belopp", 2023, mnkr("1 000"));

    const std::vector<const SubmissionValues*> all{&hsn, &ff};
    const Evaluator evaluator(round);
    const auto& result = std::get<RowsTable>(round.annexes[0].table).rows;
    const auto& cash = std::get<RowsTable>(round.annexes[1].table).rows;
    CHECK(evaluator.row_value(result, 2, all, 2023) == mnkr("-6 417,6"));   // −(−100 + 6 000 + 258,8) − 258,8
    CHECK(evaluator.row_value(cash, 0, all, 2023) == mnkr("-6 417,6"));     // Årets resultat = Resultatbudget.Resultat
    CHECK(evaluator.row_value(cash, 1, all, 2023) == mnkr("267"));
    CHECK_FALSE(evaluator.row_value(cash, 2, all, 2023));                   // no year before 2023: blank
    CHECK(evaluator.row_value(cash, 2, all, 2024) == mnkr("-50"));          // 50 more costs in 2024

    const auto findings = of_rule(round, evaluator.check_all(all), "Avskrivningarna i båda bilagorna");
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].actual == mnkr("267"));
    CHECK(findings[0].expected == mnkr("258,8"));
    CHECK(findings[0].difference == mnkr("8,2"));
    CHECK(describe(round, findings[0], Lang::sv).find("skillnad 8,2 mnkr") != std::string::npos);
}

TEST_CASE("a list for FF only is no list of the other committees") {
    const Round& round = plan();
    const FormList* cash = round.form.list("Kassaflöde");
    REQUIRE(cash);
    CHECK(cash->only == std::vector<std::string>{"FF"});
    CHECK(round.fills(*cash, "FF"));
    CHECK_FALSE(round.fills(*cash, "HSN"));
    CHECK(round.fills(*round.form.list("Satsningar"), "HSN"));
}
