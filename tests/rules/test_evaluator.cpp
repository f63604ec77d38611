// Tests of the evaluator: compiled rules over in-memory submissions (seed 001's regionstaben
// and LS Anslag figures), with expected/actual/difference, missing values and messages.
#include "common/swedish_number.hpp"
#include "rules/evaluator.hpp"
#include "submission_table.hpp"
#include "rules/loader.hpp"

#include <catch2/catch.hpp>

using namespace ramkoll;
using namespace ramkoll::rules;
using ramkoll::test::SubmissionTable;

namespace {

const char* const round_text = R"RULES(
round "Regionstaben 2019"
years 2019 2020 2021
unit tkr
tolerance 1 tkr
index drift: 2,2 % ; 2,4 % ; 2,4 %
constant krav = 1,5 %
committee RS "Regionstyrelsen"
  frame: 117 019,9 ; 117 845,7 ; 118 691,2
  part RST "Regionstaben" frame: 117 019,9 ; 117 845,7 ; 118 691,2
committee HSN "Hälso- och sjukvårdsnämnden"
  frame: 1 000 ; 1 000 ; 1 000
form
  line Intäkter "Intäkter" negative
  line Personal "Personal" positive
  line Drift "Drift" positive
  line Avskrivningar "Avskrivningar" positive
  total Totalt "Totalt" = Intäkter + Personal + Drift + Avskrivningar
  list Effektiviseringar "Effektiviseringar"
    column Åtgärd "Åtgärd" text
    column Belopp "Belopp" amount per year
  list Interna "Interna överenskommelser"
    column Motpart "Motpart" committee
    column Roll "Roll" text
    column Belopp "Belopp" amount per year
rule "Drift följer prisindex" warning
  each year after first: Drift = Drift[föregående år] × (1 + index drift) ± 0,05 %
  message "Drift {år} för {nämnd}: {faktiskt}, väntat {väntat}, skillnad {skillnad} ({regel}, rad {rad})"
rule "Nettokostnaden är lika med ramen" error
  each year: Totalt = frame
rule "Regionstabens del" error for RS
  each year: Totalt = frame of RST
rule "Effektiviseringskrav" info
  each year: sum(Effektiviseringar.Belopp) ≥ krav × frame
rule "Drift 2021 mot 2019" info
  each submission: Drift[2021] ÷ Drift[2019] ≤ 1,05
rule "Kvot" info
  each year: Drift ÷ Avskrivningar ≥ 0
rule "Köp och sälj" error
  across all submissions: abs(sum(Interna.Belopp where Roll = "säljare")) ≤ sum(Interna.Belopp where Roll = "köpare")
rule "Ramarna" warning
  across all submissions: sum(Totalt) ≤ sum(frame)
)RULES";

Money tkr(const char* text) { return to_kronor(parse_swedish_number(text)->value, Unit::tkr); }

// Seed 001, regionstaben 2019–2021 (tkr).
void fill_regionstaben(SubmissionTable& s) {
    const char* lines[4][4] = {{"Intäkter", "-3 400,0", "-3 400,0", "-3 400,0"},
                               {"Personal", "86 075,1", "86 079,1", "86 083,1"},
                               {"Drift", "34 242,1", "35 063,9", "35 905,4"},
                               {"Avskrivningar", "102,7", "102,7", "102,7"}};
    for (auto& line : lines)
        for (int y = 0; y < 3; ++y) s.set_line(line[0], 2019 + y, tkr(line[y + 1]));
}

const Round& round() {
    static const LoadedRules loaded = load_rules_text("test.rules", round_text);
    REQUIRE(loaded.ok());
    return loaded.round;
}

std::vector<Finding> of_rule(const std::vector<Finding>& findings, const std::string& name) {
    std::vector<Finding> out;
    for (const auto& f : findings)
        if (round().rules[f.rule].name == name) out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("regionstaben 2019 (seed 001) passes the index, frame and sum rules") {
    SubmissionTable s(round(), "RS");
    fill_regionstaben(s);
    auto findings = Evaluator(round()).check(s);
    CHECK(of_rule(findings, "Drift följer prisindex").empty());   // exactly +2,4 % a year
    CHECK(of_rule(findings, "Nettokostnaden är lika med ramen").empty());
    CHECK(of_rule(findings, "Regionstabens del").empty());
    CHECK(of_rule(findings, "Totalt").empty());                    // built-in sum, computed
    // No efficiency measures: 0 against 1,5 % of the frame, every year.
    auto efficiency = of_rule(findings, "Effektiviseringskrav");
    REQUIRE(efficiency.size() == 3);
    CHECK(efficiency[0].expected == tkr("1 755,2985"));
    CHECK(efficiency[0].actual == Money{});
}

TEST_CASE("LS Anslag drift (+0,7 %) is reported with expected, actual and difference") {
    SubmissionTable s(round(), "RS");
    fill_regionstaben(s);
    s.set_line("Drift", 2019, tkr("172 035"));
    s.set_line("Drift", 2020, tkr("173 242"));
    s.set_line("Drift", 2021, tkr("175 011"));
    auto findings = of_rule(Evaluator(round()).check(s), "Drift följer prisindex");
    REQUIRE(findings.size() == 2);
    const Finding& f = findings[0];
    CHECK(f.year == 2020);
    CHECK(f.committee == "RS");
    CHECK(f.outcome == Outcome::failed);
    CHECK(f.expected == tkr("176 163,84"));
    CHECK(f.actual == tkr("173 242"));
    CHECK(f.difference == tkr("-2 921,84"));
    REQUIRE(f.line);
    CHECK(round().form.lines[*f.line].name == "Drift");
    CHECK(describe(round(), f, Lang::sv) ==
          "Drift 2020 för RS: 173 242,0 tkr, väntat 176 163,8 tkr, skillnad -2 921,8 tkr "
          "(Drift följer prisindex, rad Drift)");
    CHECK(describe(round(), f, Lang::en) ==
          "Drift följer prisindex: actual 173 242,0 tkr, expected = 176 163,8 tkr, difference -2 921,8 tkr");
}

TEST_CASE("signs, missing values and totals computed from their lines") {
    SubmissionTable s(round(), "RS");
    fill_regionstaben(s);
    s.set_line("Intäkter", 2019, tkr("3 400,0"));       // revenue written as positive
    s.set_line("Totalt", 2020, tkr("117 845,7"));
    SubmissionTable partial(round(), "RS");
    fill_regionstaben(partial);
    auto findings = Evaluator(round()).check(s);
    auto sign = of_rule(findings, "Intäkter");
    REQUIRE(sign.size() == 1);
    CHECK(round().rules[sign[0].rule].built_in == BuiltIn::sign);
    CHECK(sign[0].year == 2019);
    CHECK(describe(round(), sign[0], Lang::sv) ==
          "Tecken: Intäkter: faktiskt 3 400,0 tkr, väntat ≤ 0,0 tkr, skillnad 3 400,0 tkr");
    // The frame rule sees the computed total, 6 800 over the frame in 2019.
    auto frame = of_rule(findings, "Nettokostnaden är lika med ramen");
    REQUIRE(frame.size() == 1);
    CHECK(frame[0].difference == tkr("6 800,0"));

    SubmissionTable empty(round(), "HSN");
    auto missing = of_rule(Evaluator(round()).check(empty), "Drift 2021 mot 2019");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].outcome == Outcome::missing);
    CHECK(missing[0].missing == "Drift 2021");
    CHECK(describe(round(), missing[0], Lang::sv) == "Drift 2021 mot 2019: kan inte prövas, värde saknas för Drift 2021");
}

TEST_CASE("rules limited to committees, each-submission rules and division by zero") {
    SubmissionTable hsn(round(), "HSN");
    for (int y = 2019; y <= 2021; ++y) {
        hsn.set_line("Intäkter", y, Money{});
        hsn.set_line("Personal", y, tkr("600"));
        hsn.set_line("Drift", y, tkr("400"));
        hsn.set_line("Avskrivningar", y, Money{});
    }
    auto findings = Evaluator(round()).check(hsn);
    CHECK(of_rule(findings, "Regionstabens del").empty());          // only for RS
    CHECK(of_rule(findings, "Nettokostnaden är lika med ramen").empty());
    CHECK(of_rule(findings, "Drift 2021 mot 2019").empty());        // 400 ÷ 400 = 1
    auto ratio = of_rule(findings, "Kvot");
    REQUIRE(ratio.size() == 3);
    CHECK(ratio[0].outcome == Outcome::not_computable);
}

TEST_CASE("list sections: sum per year with a filter, across all submissions") {
    SubmissionTable rs(round(), "RS");
    fill_regionstaben(rs);
    auto row = rs.add_row("Effektiviseringar");
    rs.set_text("Effektiviseringar", row, "Åtgärd", "Naturlig avgång");
    for (int y = 2019; y <= 2021; ++y) rs.set_amount("Effektiviseringar", row, "Belopp", y, tkr("1 800"));
    CHECK(of_rule(Evaluator(round()).check(rs), "Effektiviseringskrav").empty());

    auto sale = rs.add_row("Interna");
    rs.set_text("Interna", sale, "Motpart", "HSN");
    rs.set_text("Interna", sale, "Roll", "säljare");
    rs.set_amount("Interna", sale, "Belopp", 2019, tkr("-500"));
    SubmissionTable hsn(round(), "HSN");
    auto purchase = hsn.add_row("Interna");
    hsn.set_text("Interna", purchase, "Motpart", "RS");
    hsn.set_text("Interna", purchase, "Roll", "köpare");
    hsn.set_amount("Interna", purchase, "Belopp", 2019, tkr("400"));
    for (int y = 2019; y <= 2021; ++y) hsn.set_line("Totalt", y, tkr("1 000"));

    auto findings = of_rule(Evaluator(round()).check_all({&rs, &hsn}), "Köp och sälj");
    REQUIRE(findings.size() == 1);   // 2019 only; later years have no agreements
    CHECK(findings[0].year == 2019);
    CHECK(findings[0].committee.empty());
    CHECK(findings[0].actual == tkr("500"));
    CHECK(findings[0].expected == tkr("400"));
    CHECK(of_rule(Evaluator(round()).check_all({&rs, &hsn}), "Ramarna").empty());
}

TEST_CASE("SubmissionTable rejects names the form does not know") {
    SubmissionTable s(round(), "RS");
    CHECK_THROWS_AS(s.set_line("Drfit", 2019, Money{}), std::invalid_argument);
    CHECK_THROWS_AS(s.add_row("Satsningar"), std::invalid_argument);
}
