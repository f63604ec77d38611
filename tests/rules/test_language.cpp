// Tests of the language itself: Swedish number forms and UTF-8 names in rule source, the
// meaning of units, each statement's effect on the round, and several errors per file.
#include "common/swedish_number.hpp"
#include "rules/loader.hpp"

#include <catch2/catch.hpp>

using namespace ramkoll;
using namespace ramkoll::rules;

namespace {

Round load_ok(const std::string& text) {
    auto loaded = load_rules_text("test.rules", text);
    std::string diagnostics;
    for (const auto& d : loaded.diagnostics) diagnostics += format_diagnostic(d, Lang::sv);
    INFO(diagnostics);
    REQUIRE(loaded.ok());
    return loaded.round;
}

std::vector<std::string> errors(const std::string& text, Lang lang = Lang::sv) {
    auto loaded = load_rules_text("test.rules", text);
    std::vector<std::string> out;
    for (const auto& d : loaded.diagnostics) out.push_back(format_diagnostic(d, lang));
    return out;
}

const std::string header = "round \"Test\"\nyears 2024 2025 2026\n";

}  // namespace

TEST_CASE("Swedish number forms in frames: spaces, no-break spaces and every minus") {
    Round r = load_ok(header +
                      "committee A \"A\"\n"
                      "  frame: 4\xC2\xA0" "328,9 ; 4\xE2\x80\xAF" "358,1 ; 4 401 mnkr\n"
                      "committee B \"B\"\n"
                      "  frame: \xE2\x88\x92" "71,7 ; \xE2\x80\x93" "2,7 ; -0,5 mnkr\n");
    CHECK(r.committee("A")->frame[0] == to_kronor(Money::parts(4328, 900000), Unit::mnkr));
    CHECK(r.committee("A")->frame[1] == to_kronor(Money::parts(4358, 100000), Unit::mnkr));
    CHECK(r.committee("A")->frame[2] == to_kronor(Money::whole(4401), Unit::mnkr));
    CHECK(r.committee("B")->frame[0] == to_kronor(-Money::parts(71, 700000), Unit::mnkr));
    CHECK(r.committee("B")->frame[1] == to_kronor(-Money::parts(2, 700000), Unit::mnkr));
    CHECK(r.committee("B")->frame[2] == Money::whole(-500'000));
}

TEST_CASE("units: a list's last unit covers the values without one, the round's unit otherwise") {
    Round r = load_ok(header + "unit tkr\n"
                      "committee A \"A\"\n  frame: 1 ; 2 mnkr ; 3 tkr\n"
                      "committee B \"B\"\n  frame: 1 ; 2 ; 3\n");
    CHECK(r.committee("A")->frame == std::vector<Money>{Money::whole(1'000), Money::whole(2'000'000), Money::whole(3'000)});
    CHECK(r.committee("B")->frame == std::vector<Money>{Money::whole(1'000), Money::whole(2'000), Money::whole(3'000)});
}

TEST_CASE("indices: 3,9 %, 3,4 procent and a bare 3,3 are all percentages") {
    Round r = load_ok(header + "index personal \"Löner\": 3,9 % ; 3,4 procent ; 3,3\n");
    REQUIRE(r.indices.size() == 1);
    CHECK(r.indices[0].title == "Löner");
    CHECK(r.indices[0].rates == std::vector<Money>{Money::from_raw(39'000), Money::from_raw(34'000), Money::from_raw(33'000)});
}

TEST_CASE("constants: percent is a rate, tkr/mnkr an amount, bare a plain number") {
    Round r = load_ok(header + "constant krav = 1,5 %\nconstant läkemedel = 560 mnkr\nconstant faktor = 2\n"
                               "constant skuld = \xE2\x88\x92" "1 000 tkr\n");
    REQUIRE(r.constants.size() == 4);
    CHECK(r.constants[0].value == Money::from_raw(15'000));
    CHECK(r.constants[0].kind == ValueKind::ratio);
    CHECK(r.constants[0].percent);
    CHECK(r.constants[1].value == Money::whole(560'000'000));
    CHECK(r.constants[1].kind == ValueKind::amount);
    CHECK(r.constants[2].value == Money::whole(2));
    CHECK(r.constants[3].value == Money::whole(-1'000'000));
}

TEST_CASE("UTF-8 names: å, ä, ö, é and Å in codes, lines, lists and columns") {
    Round r = load_ok(header +
                      "committee ÅRE \"Återställningsnämnden\"\n  frame: 1 ; 2 ; 3\n"
                      "form\n"
                      "  line Intäkter \"Intäkter\" negative also \"Försäljning\"\n"
                      "  line Övrigt_café \"Övrigt café\" any\n"
                      "  total Netto \"Netto\" = Intäkter + Övrigt_café\n"
                      "  list Åtgärder \"Åtgärder\"\n    column Beställare \"Beställare\" committee\n"
                      "rule \"Återställning\" info for ÅRE\n  each year: Netto ≥ Intäkter\n");
    CHECK(r.committee("ÅRE"));
    CHECK(r.form.line_index("Övrigt_café") == 1u);
    CHECK(r.form.lines[2].terms.size() == 2);
    REQUIRE(r.form.list("Åtgärder"));
    CHECK(r.form.list("Åtgärder")->columns[0].kind == ColumnKind::committee);
    CHECK(r.rules.back().only == std::vector<std::string>{"ÅRE"});
}

TEST_CASE("× and ÷ are operators, not letters of a name") {
    Round r = load_ok(header + "form\n  line A \"A\" any\n  line B \"B\" any\n"
                               "rule \"x\" info\n  each year: A×2÷4 = B\n");
    CHECK(r.rules.back().condition_text == "A×2÷4 = B");
    CHECK(r.rules.back().actual.size() == 5);
}

TEST_CASE("rules: severity, scope, tolerance and message are kept") {
    Round r = load_ok(header + "unit tkr\ntolerance 2 tkr\nindex drift: 2 ; 2 ; 2\n"
                      "form\n  line Drift \"Drift\" any\n"
                      "rule \"a\" warning\n  each year after first: Drift = Drift[föregående år] × (1 + index drift) ± 0,5 %\n"
                      "rule \"b\" error\n  each submission: Drift[2026] ≤ Drift[2024] + 1 ± 3 mnkr\n  message \"{regel} {år}\"\n"
                      "rule \"c\" info\n  across all submissions: sum(Drift) >= 0\n"
                      "rule \"d\" info\n  each year: Drift ≠ 5\n");
    REQUIRE(r.rules.size() == 4);
    CHECK(r.rules[0].severity == Severity::warning);
    CHECK(r.rules[0].scope == Scope::each_year_after_first);
    CHECK(r.rules[0].tolerance.relative);
    CHECK(r.rules[0].tolerance.value == Money::from_raw(5'000));
    CHECK(r.rules[1].scope == Scope::each_submission);
    CHECK(r.rules[1].tolerance.value == Money::whole(3'000'000));
    CHECK(r.rules[1].message == "{regel} {år}");
    // "+ 1" next to an amount is 1 of the round's unit (tkr).
    CHECK(r.rules[1].expected.back().op == Instruction::Op::add);
    CHECK(r.rules[1].expected[r.rules[1].expected.size() - 2].value == Money::whole(1'000));
    CHECK(r.rules[2].scope == Scope::across_submissions);
    CHECK(r.rules[3].comparison == Comparison::not_equal);
    CHECK(r.rules[3].tolerance.value == Money::whole(2'000));   // the round's default
}

TEST_CASE("every error in a file is reported, each with file:line:column") {
    auto found = errors(header + "index drift: 1 % ; 2 %\nindex drift: 1 ; 2 ; 3\n"
                                 "committee A \"A\"\n  frame: 1 ; 2 ; 3\ncommittee A \"B\"\n  frame: 1 ; 2 ; 3\n");
    REQUIRE(found.size() == 3);
    CHECK(found[0].starts_with("test.rules:3:14: fel: fel antal årsvärden: 2 värden men 3 år (2024 2025 2026)"));
    CHECK(found[1].starts_with("test.rules:4:7: fel: indexet drift finns redan"));
    CHECK(found[2].starts_with("test.rules:7:11: fel: nämndkoden A finns redan (rad 5)"));
}

TEST_CASE("syntax errors show the line, a caret and what was expected, in both languages") {
    std::string text = header + "committee KBN \"K\"\n  frame 1 ; 2 ; 3\n";
    auto sv = errors(text);
    REQUIRE(sv.size() == 1);
    CHECK(sv[0] == "test.rules:4:9: fel: förväntade ':'\n    frame 1 ; 2 ; 3\n          ^\n");
    auto en = errors(text, Lang::en);
    CHECK(en[0] == "test.rules:4:9: error: expected ':'\n    frame 1 ; 2 ; 3\n          ^\n");
}

TEST_CASE("the caret counts characters, not bytes, and keeps tabs") {
    auto found = errors(header + "committee ÅÄÖ \"Ö\"\n  frame: 3 ; 2 ; 1\n\tpart Ö \"Ö\" frame: 1 ; 2 ;; 3\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0] == "test.rules:5:27: fel: förväntade ett tal, t.ex. 4 328,9 eller 3,9 %\n"
                      "  \tpart Ö \"Ö\" frame: 1 ; 2 ;; 3\n"
                      "  \t                         ^\n");
}
