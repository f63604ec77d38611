// Consolidation checked against the source documents: seed 003's "Budget per nämnd" rebuilt
// exactly from its thirteen units, seed 000's SUMMA rows of Bilaga 3–5, the result budget with
// an internal agreement eliminated, and the varav rows of Bilaga 2.
#include "consolidate/consolidate.hpp"
#include "seed_submissions.hpp"

#include <catch2/catch.hpp>

using namespace ramkoll;
using ramkoll::test::mnkr;
using ramkoll::test::tkr;

namespace {

const consolidate::Table& table_named(const std::vector<consolidate::Table>& tables, const std::string& name) {
    for (const auto& t : tables)
        if (t.name == name) return t;
    FAIL("no annex " << name);
    throw std::logic_error(name);
}

std::vector<std::optional<Money>> values(const consolidate::Table& table, const std::string& label) {
    const auto* row = table.find(label);
    INFO(label);
    REQUIRE(row != nullptr);
    return row->values;
}

std::vector<std::optional<Money>> in(Money (*unit)(const std::string&), std::vector<std::string> texts) {
    std::vector<std::optional<Money>> out;
    for (const auto& t : texts) out.push_back(unit(t));
    return out;
}

}  // namespace

TEST_CASE("seed 003: Budget per nämnd 2020–2022 is reproduced exactly from the units' submissions") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules");
    const auto subs = test::seed_003(round);
    const auto tables = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& t = table_named(tables, "Nämndbudget");
    CHECK(t.unit == Unit::tkr);
    CHECK(t.decimals == 1);

    // The rows of the printed table, in its order.
    std::vector<std::string> labels;
    for (const auto& r : t.rows) labels.push_back(r.texts.at(0));
    CHECK(labels == std::vector<std::string>{
        "Hälso- och sjukvårdsnämnd", "Tandvårdsnämnd", "Regional utvecklingsnämnd", "Kultur- och bildningsnämnd",
        "Trafiknämnd", "Regionservice", "Regionstaben", "Regiongemensamt", "Politik", "Anslag under regionstyrelsen",
        "Hälsoval", "Totalt Regiongemensamt", "Finansförvaltningen", "Totalt Regionstyrelsen", "Patientnämnden",
        "Samverkansnämnden i Blekinge", "Budgeterat resultat Region Blekinge"});
    CHECK(t.find("Regiongemensamt")->kind == consolidate::RowKind::heading);

    CHECK(values(t, "Totalt Regiongemensamt") == in(tkr, {"954 219,0", "969 359,4", "990 654,7"}));
    CHECK(values(t, "Totalt Regionstyrelsen") == in(tkr, {"-4 083 550,7", "-4 040 604,4", "-4 082 025,3"}));
    CHECK(values(t, "Budgeterat resultat Region Blekinge") == in(tkr, {"-11 479,9", "-964,1", "-1 114,3"}));
    CHECK(values(t, "Hälso- och sjukvårdsnämnd") == in(tkr, {"3 493 940,1", "3 460 518,5", "3 485 033,1"}));

    // Totals are formulas: Totalt Regiongemensamt of its three parts, the result of the committees.
    const auto& rg = *t.find("Totalt Regiongemensamt");
    REQUIRE(rg.formula);
    CHECK(rg.formula->terms.size() == 3);
    const auto& result = t.rows.back();
    REQUIRE(result.formula);
    CHECK(result.formula->terms.size() == 8);   // the eight committees, RS by its total
    CHECK_FALSE(result.formula->negated);
}

TEST_CASE("seed 003 without Politik's submission leaves its row and the totals above it empty") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules");
    const auto subs = test::seed_003(round);
    auto pointers = subs.pointers();
    std::erase_if(pointers, [](const rules::SubmissionValues* s) { return s->committee() == "POL"; });
    const auto tables = consolidate::consolidate(round, pointers, Lang::sv);
    const auto& t = table_named(tables, "Nämndbudget");
    CHECK(values(t, "Politik") == std::vector<std::optional<Money>>(3));
    // The formula counts an empty cell as 0, as a spreadsheet does.
    CHECK(values(t, "Totalt Regiongemensamt") == in(tkr, {"930 714,1", "945 791,0", "966 995,8"}));
}

TEST_CASE("seed 003 with one submission for Regionstyrelsen shows its parts' frames") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules");
    const auto subs = test::seed_003(round);
    auto pointers = subs.pointers();
    std::erase_if(pointers, [&](const rules::SubmissionValues* s) { return round.committee(s->committee()) == nullptr; });
    test::SeedSubmissions rs;
    test::add_unit(rs, round, "RS", {"-4 083 550,7", "-4 040 604,4", "-4 082 025,3"});
    pointers.push_back(&rs.tables.front());
    const auto tables = consolidate::consolidate(round, pointers, Lang::sv);
    const auto& t = table_named(tables, "Nämndbudget");
    CHECK(values(t, "Politik") == in(tkr, {"23 504,9", "23 568,4", "23 658,9"}));
    CHECK(values(t, "Totalt Regionstyrelsen") == in(tkr, {"-4 083 550,7", "-4 040 604,4", "-4 082 025,3"}));
    CHECK(values(t, "Budgeterat resultat Region Blekinge") == in(tkr, {"-11 479,9", "-964,1", "-1 114,3"}));
    CHECK(t.notes == std::vector<std::string>{"Delar (varav-rader) utan eget underlag visar den beslutade ramen."});
}

TEST_CASE("seed 003: the result budget's lines at the printed precision, from the same units") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules");
    auto subs = test::seed_003(round);
    // Every unit at its net cost in Drift; HSN carries the region's external revenue and the
    // depreciation, Finansförvaltningen the taxes, state grants and financial items (as basenheter).
    const std::vector<std::string> revenue = {"1 074,4", "1 080,9", "1 086,0"};
    const std::vector<std::string> depreciation = {"262,0", "274,0", "272,0"};
    for (auto& t : subs.tables) {
        for (std::size_t y = 0; y < 3; ++y) {
            const int year = round.years[y];
            const Money net = *rules::line_value(round, t, *round.form.line_index("Totalt"), year);
            for (const char* line : {"Intäkter", "Personal", "Avskrivningar"}) t.set_line(line, year, Money{});
            t.set_line("Drift", year, net);
            if (t.committee() == "HSN") {
                t.set_line("Intäkter", year, -mnkr(revenue[y]));
                t.set_line("Avskrivningar", year, mnkr(depreciation[y]));
                t.set_line("Drift", year, net + mnkr(revenue[y]) - mnkr(depreciation[y]));
            }
        }
        if (t.committee() != "FF") continue;
        const std::vector<std::pair<std::string, std::vector<std::string>>> items = {
            {"Skatteintäkter", {"4 121,3", "4 239,2", "4 378,6"}}, {"Statsbidrag", {"1 403,6", "1 419,8", "1 429,7"}},
            {"Finansiella poster", {"48,8", "48,8", "48,8"}}};
        for (const auto& [name, amounts] : items) {
            const std::size_t row = t.add_row("Basenheter");
            t.set_text("Basenheter", row, "Basenhet", name);
            for (std::size_t y = 0; y < 3; ++y) {
                const int year = round.years[y];
                t.set_amount("Basenheter", row, "Intäkter", year, -mnkr(amounts[y]));
                t.set_line("Intäkter", year, *t.line(*round.form.line_index("Intäkter"), year) - mnkr(amounts[y]));
                t.set_line("Drift", year, *t.line(*round.form.line_index("Drift"), year) + mnkr(amounts[y]));
            }
        }
        const std::vector<std::string> financial_cost = {"83,8", "106,9", "114,7"};
        for (std::size_t y = 0; y < 3; ++y) t.set_amount("Basenheter", 2, "Drift", round.years[y], mnkr(financial_cost[y]));
    }
    const auto tables = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& rb = table_named(tables, "Resultatbudget");
    auto shown = [&](const std::string& label) {
        std::vector<std::optional<Money>> out;
        for (const auto& v : values(rb, label)) out.push_back(to_kronor(from_kronor(*v, Unit::mnkr).rounded(1), Unit::mnkr));
        return out;
    };
    CHECK(shown("Verksamhetens intäkter") == in(mnkr, {"1 074,4", "1 080,9", "1 086,0"}));
    CHECK(shown("Avskrivningar") == in(mnkr, {"-262,0", "-274,0", "-272,0"}));
    CHECK(shown("Verksamhetens nettoresultat") == in(mnkr, {"-5 478,4", "-5 599,9", "-5 741,3"}));
    CHECK(shown("Resultat") == in(mnkr, {"11,5", "1,0", "1,1"}));
    // The plan rounds line by line: 2022 prints −6 555,2 and 5 742,3 (and −5 741,2) where the
    // exact sums show −6 555,3 and 5 742,4 (4 378,6 + 1 429,7 + 48,8 − 114,7).
    CHECK(shown("Verksamhetens kostnader") == in(mnkr, {"-6 290,8", "-6 406,8", "-6 555,3"}));
    CHECK(shown("Summa finansiella poster") == in(mnkr, {"5 489,9", "5 600,9", "5 742,4"}));
    // Exactly minus Budget per nämnd's bottom line (−11 479,9 tkr is a surplus of 11,4799 mnkr).
    CHECK(values(rb, "Resultat") == in(tkr, {"11 479,9", "964,1", "1 114,3"}));
}

TEST_CASE("seed 000: the SUMMA rows of Förfogandeanslaget, Särskilda satsningar and Effektiviseringar") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    const auto subs = test::seed_000(round);
    const auto tables = consolidate::consolidate(round, subs.pointers(), Lang::sv);

    const auto& pots = table_named(tables, "Förfogandeanslag");
    CHECK(pots.title == "Bilaga 3. Förfogandeanslaget");
    CHECK(pots.decimals == 2);
    CHECK(values(pots, "SUMMA totalt") == in(mnkr, {"133,18", "145,18", "108,18"}));
    // As the plan prints them: no committee column, the label column headed as printed.
    CHECK(pots.text_headers == std::vector<std::string>{"Satsningar - Förfogandeanslag"});
    const auto fvis = std::find_if(pots.rows.begin(), pots.rows.end(),
                                   [](const auto& r) { return r.texts.at(0).starts_with("FVIS"); });
    REQUIRE(fvis != pots.rows.end());
    CHECK_FALSE(fvis->values[2].has_value());   // empty in the plan: no 2026 amount

    const auto& initiatives = table_named(tables, "Satsningar");
    CHECK(values(initiatives, "SUMMA totalt") == in(mnkr, {"41,50", "49,50", "59,50"}));
    for (const auto& r : initiatives.rows) {
        CHECK(r.texts.size() == 1);
        CHECK_FALSE(r.texts.at(0).starts_with("Summa "));   // no sum per committee
    }

    const auto& savings = table_named(tables, "Effektiviseringar");
    CHECK(values(savings, "SUMMA totalt") == in(mnkr, {"102,00", "116,00", "137,00"}));
    CHECK(savings.text_headers == std::vector<std::string>{"Effektivisering"});
}

TEST_CASE("seed 000: the result budget eliminates internal trade and equals Bilaga 2's Resultat") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    const auto subs = test::seed_000(round);
    const auto tables = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& rb = table_named(tables, "Resultatbudget");
    std::vector<std::string> labels;
    for (const auto& r : rb.rows) labels.push_back(r.texts.at(0));
    CHECK(labels == std::vector<std::string>{"Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar",
                                             "Verksamhetens nettoresultat", "Skatteintäkter", "Statsbidrag",
                                             "Verksamhetens resultat", "Finansiella intäkter", "Finansiella kostnader",
                                             "Resultat finansiella poster", "Resultat"});
    // HSN sold 50,0 to RS: not in the region's revenue (1 151,6) nor in its costs.
    CHECK(values(rb, "Verksamhetens intäkter") == in(mnkr, {"1 151,6", "1 151,6", "1 151,6"}));
    CHECK(values(rb, "Avskrivningar") == in(mnkr, {"-220,1", "-220,1", "-220,1"}));
    CHECK(values(rb, "Skatteintäkter") == in(mnkr, {"4 681,6", "4 874,7", "5 045,2"}));
    CHECK(values(rb, "Statsbidrag") == in(mnkr, {"2 059,3", "1 984,6", "2 000,1"}));
    CHECK(values(rb, "Resultat finansiella poster") == in(mnkr, {"-252,4", "-70,6", "-33,8"}));
    // Every committee exactly at its printed frame: costs follow from the frames, and the
    // bottom line is minus their sum (−71,6; the plan prints −71,7 after rounding each line).
    CHECK(values(rb, "Verksamhetens kostnader")[0] == mnkr("-7 491,6"));
    const auto& nb = table_named(tables, "Nämndbudget");
    CHECK(values(rb, "Resultat") == values(nb, "Resultat"));
    CHECK(values(nb, "Resultat")[0] == mnkr("-71,6"));
    CHECK(rb.rows.back().kind == consolidate::RowKind::total);
}

TEST_CASE("seed 000: Bilaga 2 shows varav rows indented, from the frame when a part did not submit") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    const auto subs = test::seed_000(round);
    const auto tables = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& nb = table_named(tables, "Nämndbudget");
    const auto* part = nb.find("Varav Blekinge folkhögskola");
    REQUIRE(part != nullptr);
    CHECK(part->kind == consolidate::RowKind::part);
    CHECK(part->indent == 1);
    CHECK(part->values[0] == mnkr("37,4"));
    CHECK(nb.notes.size() == 1);
    // The result is minus the committees, the varav rows not added again.
    const auto& result = nb.rows.back();
    REQUIRE(result.formula);
    CHECK(result.formula->negated);
    CHECK(result.formula->terms.size() == round.committees.size());
    CHECK(nb.chart);
}

TEST_CASE("the line annex sums each committee's lines and every line over the committees") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    const auto subs = test::seed_000(round);
    const auto tables = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& lines = table_named(tables, "Sammanställning");
    CHECK(lines.unit == Unit::tkr);
    const auto& last = lines.rows.back();
    CHECK(last.texts.at(1) == "Totalt");
    CHECK(last.kind == consolidate::RowKind::total);
    Money frames;
    for (const auto& c : round.committees) frames += c.frame[0];
    CHECK(last.values[0] == frames);
}

TEST_CASE("internal agreements: the difference matrix shows where seller and buyer disagree") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    auto subs = test::seed_000(round);
    // RS budgets only 45,0 of the 50,0 HSN sells it in 2026.
    for (auto& s : subs.tables)
        if (s.committee() == "RS") s.set_amount("Interna", 0, "Belopp", 2026, mnkr("45,0"));
    const auto tables = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& t = table_named(tables, "Interna");
    CHECK(t.value_headers == std::vector<std::string>{"HSN", "RS"});
    std::vector<const consolidate::Row*> differences;
    for (const auto& r : t.rows)
        if (r.highlight_nonzero && r.texts[0] == "Hälso- och sjukvårdsnämnden") differences.push_back(&r);
    REQUIRE(differences.size() == 3);
    CHECK(differences[0]->values[1] == Money{});          // 2024: HSN → RS agrees
    CHECK(differences[2]->values[1] == mnkr("5,0"));      // 2026: 50,0 sold, 45,0 bought
}

TEST_CASE("seed 004: an annex prints the frame bridge with its blanks, the frame and the plan years") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/tests/rules/bridge.rules");
    const auto tables = consolidate::consolidate(round, {}, Lang::sv);
    const auto& t = table_named(tables, "Ramar");
    CHECK(t.value_headers == std::vector<std::string>{"Budget 2022", "Omfördelning 2022", "Budget förändring 2023",
                                                      "Löne- och prisindex", "Budget 2023", "Plan 2024"});
    CHECK(t.text_headers == std::vector<std::string>{"Regionstyrelsen"});
    CHECK(values(t, "Beställare primärvård") == in(mnkr, {"1 432", "2,9", "3,9", "57,4", "1 496,0", "1 542"}));
    const auto tandvard = values(t, "Beställare tandvård");
    CHECK_FALSE(tandvard[1]);   // no reallocation: blank, as printed
    CHECK(tandvard[5] == mnkr("161"));
    CHECK(t.find("Summa Regionstyrelse")->kind == consolidate::RowKind::total);
    CHECK(values(t, "Summa Regionstyrelse")[4] == mnkr("1 652,3"));
}

TEST_CASE("seed 002: heading rows stay blank, an items annex without committee column sums into a declared label and a Summa column") {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/tests/rules/annex_layout.rules");
    test::SubmissionTable ff(round, "FF");
    ff.set_line("Tillgångar", 2023, mnkr("6 593"));
    ff.set_line("Skulder", 2023, mnkr("6 592"));
    const auto first = ff.add_row("Anslag");
    ff.set_text("Anslag", first, "Benämning", "Regionstyrelsens förfogande");
    ff.set_amount("Anslag", first, "Belopp", 2023, mnkr("20"));
    const auto second = ff.add_row("Anslag");
    ff.set_text("Anslag", second, "Benämning", "Oförutsett");
    ff.set_amount("Anslag", second, "Belopp", 2024, mnkr("5,5"));
    const auto tables = consolidate::consolidate(round, {&ff}, Lang::sv);

    const auto& balance = table_named(tables, "Balansbudget");
    REQUIRE(balance.rows.size() == 5);
    CHECK(balance.rows[0].kind == consolidate::RowKind::heading);
    CHECK(balance.rows[0].texts.at(0) == "Tillgångar");
    CHECK(balance.rows[0].values == std::vector<std::optional<Money>>{std::nullopt, std::nullopt});
    CHECK(values(balance, "Summa anläggningstillgångar")[0] == mnkr("6 593"));
    CHECK(values(balance, "Summa skulder och eget kapital")[0] == mnkr("6 592"));

    const auto& items = table_named(tables, "Förfogande");
    CHECK(items.text_headers == std::vector<std::string>{"Benämning"});
    REQUIRE(items.rows.size() == 3);
    CHECK(items.rows[0].texts == std::vector<std::string>{"Regionstyrelsens förfogande"});
    CHECK_FALSE(items.rows[0].values[1]);   // no amount: blank
    CHECK(items.rows[2].texts == std::vector<std::string>{"Summa"});
    CHECK(items.value_headers == std::vector<std::string>{"2023", "2024", "Summa"});
    CHECK(items.rows[0].values[2] == mnkr("20"));
    CHECK(items.rows[2].values == in(mnkr, {"20", "5,5", "25,5"}));
}

TEST_CASE("items: plain adds the committees' parts of one item, a committee column and requirement list them apart") {
    auto round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    auto subs = test::seed_000(round);
    auto& rs = *std::find_if(subs.tables.begin(), subs.tables.end(), [](const auto& t) { return t.committee() == "RS"; });
    // RS's part of a measure HSN also lists, and an amount only RS has (2026 left empty by both).
    test::add_item(rs, round, "Effektiviseringar", "Åtgärd", "Digitalisering", {"1,50", "", "2,00"});
    const auto plain = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& savings = table_named(plain, "Effektiviseringar");
    CHECK(values(savings, "Digitalisering") == in(mnkr, {"11,50", "12,00", "17,00"}));
    CHECK(values(savings, "SUMMA totalt") == in(mnkr, {"103,50", "116,00", "139,00"}));

    // The same list with the committee column and the requirement of 1,5 % of the frame.
    auto& annex = *std::find_if(round.annexes.begin(), round.annexes.end(), [](const auto& a) { return a.name == "Effektiviseringar"; });
    auto& items = std::get<rules::ItemsTable>(annex.table);
    items.plain = false;
    items.total_label.reset();
    items.requirement = static_cast<std::size_t>(
        std::find_if(round.constants.begin(), round.constants.end(), [](const auto& c) { return c.name == "effektiviseringskrav"; }) -
        round.constants.begin());
    const auto listed = consolidate::consolidate(round, subs.pointers(), Lang::sv);
    const auto& apart = table_named(listed, "Effektiviseringar");
    CHECK(apart.text_headers == std::vector<std::string>{"Nämnd", "Effektivisering"});
    const auto hsn = std::find_if(apart.rows.begin(), apart.rows.end(),
                                  [](const auto& r) { return r.texts.at(0) == "Summa Hälso- och sjukvårdsnämnden"; });
    REQUIRE(hsn != apart.rows.end());
    CHECK(hsn->values[0] == mnkr("67,00"));
    // Against the requirement: 1,5 % of HSN's frame 4 328,9 mnkr is 64,9335 mnkr.
    CHECK((hsn + 1)->values[0] == mnkr("64,9335"));
    CHECK((hsn + 2)->values[0] == mnkr("2,0665"));
    CHECK((hsn + 2)->formula);
    CHECK(values(apart, "SUMMA totalt") == in(mnkr, {"103,50", "116,00", "139,00"}));
}
