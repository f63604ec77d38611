// In-memory submissions that reproduce the seeds' annexes (shared by tests/consolidate and
// tests/annex): seed 003's thirteen units under blekinge-2020.rules, and seed 000's
// förfogandeanslag, satsningar, effektiviseringar and result budget under blekinge-2024.rules.
#pragma once

#include "bundled_rounds.hpp"
#include "common/swedish_number.hpp"
#include "rules/evaluator.hpp"
#include "submission_table.hpp"
#include "rules/loader.hpp"

#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

namespace ramkoll::test {

inline Money tkr(const std::string& text) {
    auto n = parse_swedish_number(text);
    if (!n) throw std::invalid_argument(text);
    return to_kronor(n->value, Unit::tkr);
}
inline Money mnkr(const std::string& text) {
    auto n = parse_swedish_number(text);
    if (!n) throw std::invalid_argument(text);
    return to_kronor(n->value, Unit::mnkr);
}

struct SeedSubmissions {
    std::deque<test::SubmissionTable> tables;
    std::vector<const rules::SubmissionValues*> pointers() const {
        std::vector<const rules::SubmissionValues*> out;
        for (const auto& t : tables) out.push_back(&t);
        return out;
    }
};

// A unit whose net cost per year is `net` (tkr): revenue, wages, running costs and
// depreciation that add up to it; Totalt is left for the reader to compute from its terms.
inline test::SubmissionTable& add_unit(SeedSubmissions& s, const rules::Round& round, const std::string& code,
                                        const std::vector<std::string>& net) {
    auto& t = s.tables.emplace_back(round, code);
    for (std::size_t y = 0; y < round.years.size(); ++y) {
        const int year = round.years[y];
        t.set_line("Intäkter", year, tkr("-10 000,0"));
        t.set_line("Personal", year, tkr("4 000,0"));
        t.set_line("Drift", year, tkr(net[y]) + tkr("5 500,0"));
        t.set_line("Avskrivningar", year, tkr("500,0"));
    }
    return t;
}

// Seed 003, "Budget per nämnd Region Blekinge 2020-2022 (Tkr)": every row that is not a
// heading or a total, each as the submission of its committee or varav part.
inline SeedSubmissions seed_003(const rules::Round& round) {
    SeedSubmissions s;
    add_unit(s, round, "HSN", {"3 493 940,1", "3 460 518,5", "3 485 033,1"});
    add_unit(s, round, "TVN", {"147 989,1", "146 422,5", "148 863,9"});
    add_unit(s, round, "RUN", {"11 342,8", "11 151,0", "11 178,6"});
    add_unit(s, round, "KBN", {"77 290,1", "75 415,6", "77 289,3"});
    add_unit(s, round, "TN", {"339 327,8", "343 996,0", "356 398,8"});
    add_unit(s, round, "RSE", {"-6 700,0", "-6 700,0", "-6 700,0"});
    add_unit(s, round, "RST", {"128 706,6", "127 584,0", "128 281,9"});
    add_unit(s, round, "POL", {"23 504,9", "23 568,4", "23 658,9"});
    add_unit(s, round, "ANS", {"215 908,2", "214 996,2", "219 176,3"});
    add_unit(s, round, "HV", {"714 805,9", "730 794,8", "747 819,5"});
    add_unit(s, round, "FF", {"-5 159 776,3", "-5 130 847,8", "-5 194 261,9"});
    add_unit(s, round, "PN", {"3 080,9", "3 036,7", "3 047,3"});
    add_unit(s, round, "SVN", {"-900,0", "-900,0", "-900,0"});
    return s;
}

// A list row with a label and amounts per year in mnkr ("" leaves the year empty).
inline void add_item(test::SubmissionTable& t, const rules::Round& round, const std::string& list,
                     const std::string& label_column, const std::string& label, const std::vector<std::string>& mnkr_values) {
    const std::size_t row = t.add_row(list);
    t.set_text(list, row, label_column, label);
    for (std::size_t y = 0; y < round.years.size(); ++y)
        if (!mnkr_values[y].empty()) t.set_amount(list, row, "Belopp", round.years[y], mnkr(mnkr_values[y]));
}

// Seed 000 under blekinge-2024.rules: every committee at its frame; Finansförvaltningen carries
// Bilaga 3 (förfogandeanslaget) as its Satsningar and Bilaga 1's taxes, state grants and
// financial items as Basenheter; Bilaga 4 and 5 are spread over the committees; HSN sells
// 50,0 mnkr of care to RS (an internal agreement, eliminated in Bilaga 1).
inline SeedSubmissions seed_000(const rules::Round& round) {
    SeedSubmissions s;
    // Every line of every committee starts at 0 (an empty cell in a workbook), Drift at the frame.
    for (const char* code : {"FF", "HSN", "RS", "KBN", "TVN", "PN", "SVN", "TN", "RUN"}) {
        auto& t = s.tables.emplace_back(round, code);
        for (std::size_t y = 0; y < round.years.size(); ++y) {
            for (const char* line : {"Intäkter", "Personal", "Avskrivningar"}) t.set_line(line, round.years[y], Money{});
            t.set_line("Drift", round.years[y], round.committee(code)->frame[y]);
        }
    }
    auto& ff = s.tables[0];
    auto& hsn = s.tables[1];
    auto& rs = s.tables[2];
    auto& kbn = s.tables[3];
    const std::vector<std::string> taxes = {"4 681,6", "4 874,7", "5 045,2"};
    const std::vector<std::string> grants = {"2 059,3", "1 984,6", "2 000,1"};
    const std::vector<std::string> financial_income = {"100,0", "60,0", "50,0"};
    const std::vector<std::string> financial_cost = {"352,4", "130,6", "83,8"};
    for (const char* name : {"Skatteintäkter", "Statsbidrag", "Finansiella poster"})
        ff.set_text("Basenheter", ff.add_row("Basenheter"), "Basenhet", name);
    for (std::size_t y = 0; y < round.years.size(); ++y) {
        const int year = round.years[y];
        // FF: its frame = −(taxes + grants + financial income) + financial cost + the rest (pots).
        const Money revenue = -(mnkr(taxes[y]) + mnkr(grants[y]) + mnkr(financial_income[y]));
        ff.set_line("Intäkter", year, revenue);
        ff.set_line("Drift", year, round.committee("FF")->frame[y] - revenue);
        ff.set_amount("Basenheter", 0, "Intäkter", year, -mnkr(taxes[y]));
        ff.set_amount("Basenheter", 1, "Intäkter", year, -mnkr(grants[y]));
        ff.set_amount("Basenheter", 2, "Intäkter", year, -mnkr(financial_income[y]));
        ff.set_amount("Basenheter", 2, "Drift", year, mnkr(financial_cost[y]));
        // HSN: 1 151,6 of external revenue plus 50,0 sold to RS; costs to its frame.
        hsn.set_line("Intäkter", year, -mnkr("1 201,6"));
        hsn.set_line("Avskrivningar", year, mnkr("220,1"));
        hsn.set_line("Drift", year, round.committee("HSN")->frame[y] + mnkr("1 201,6") - mnkr("220,1"));
    }
    auto agreement = [&](test::SubmissionTable& t, const char* other, const char* role, const char* amount) {
        const std::size_t row = t.add_row("Interna");
        t.set_text("Interna", row, "Motpart", other);
        t.set_text("Interna", row, "Roll", role);
        for (int year : round.years) t.set_amount("Interna", row, "Belopp", year, mnkr(amount));
    };
    agreement(hsn, "RS", "säljare", "-50,0");
    agreement(rs, "HSN", "köpare", "50,0");

    // Bilaga 3, Förfogandeanslaget (exact: 133,18 / 145,18 / 108,18; FVIS has no 2026 amount).
    add_item(ff, round, "Satsningar", "Benämning", "ST-läkare", {"3,00", "3,00", "3,00"});
    add_item(ff, round, "Satsningar", "Benämning", "Vårdutveckling", {"5,00", "5,00", "5,00"});
    add_item(ff, round, "Satsningar", "Benämning", "Regionstyrelsens utrymme för åtgärder", {"20,53", "20,53", "20,53"});
    add_item(ff, round, "Satsningar", "Benämning", "It-stöd", {"1,00", "1,00", "1,00"});
    add_item(ff, round, "Satsningar", "Benämning", "Köpt vård", {"20,00", "40,00", "60,00"});
    add_item(ff, round, "Satsningar", "Benämning", "FVIS (framtidens vårdinformationssystem)", {"70,00", "57,00", ""});
    add_item(ff, round, "Satsningar", "Benämning", "Framtidens vårdlokaler, projektorganisation", {"10,00", "10,00", "10,00"});
    add_item(ff, round, "Satsningar", "Benämning", "Mobilitetsersättning", {"0,70", "0,70", "0,70"});
    add_item(ff, round, "Satsningar", "Benämning", "Dataskyddsverktyg", {"0,45", "0,45", "0,45"});
    add_item(ff, round, "Satsningar", "Benämning", "Utrustning nybyggda lokaler", {"", "5,00", "5,00"});
    add_item(ff, round, "Satsningar", "Benämning", "Arbetskör", {"2,50", "2,50", "2,50"});
    // Bilaga 4, Särskilda satsningar (41,50 / 49,50 / 59,50).
    add_item(hsn, round, "Satsningar", "Benämning", "Hälsoval", {"35,00", "40,00", "45,00"});
    add_item(hsn, round, "Satsningar", "Benämning", "Utökat hälsolyft", {"0,50", "0,50", "0,50"});
    add_item(kbn, round, "Satsningar", "Benämning", "Studieförbunden", {"1,00", "1,00", "1,00"});
    add_item(kbn, round, "Satsningar", "Benämning", "Bristyrkesutbildning Folkhögskolor", {"2,00", "3,00", "3,00"});
    add_item(rs, round, "Satsningar", "Benämning", "Egen personal istället för konsulter", {"3,00", "5,00", "10,00"});
    // Bilaga 5, Effektiviseringar (102,00 / 116,00 / 137,00).
    add_item(hsn, round, "Effektiviseringar", "Åtgärd", "Uttag extra semesterdag", {"12,00", "12,00", "12,00"});
    add_item(hsn, round, "Effektiviseringar", "Åtgärd", "Standardiserad upphandling", {"10,00", "12,00", "15,00"});
    add_item(hsn, round, "Effektiviseringar", "Åtgärd", "RAK (rätt använd kompetens)", {"15,00", "15,00", "15,00"});
    add_item(hsn, round, "Effektiviseringar", "Åtgärd", "Digitalisering", {"10,00", "12,00", "15,00"});
    add_item(rs, round, "Effektiviseringar", "Åtgärd", "Lokaler, effektivisera lokalyta administration", {"5,00", "5,00", "5,00"});
    add_item(hsn, round, "Effektiviseringar", "Åtgärd", "Ökade intäkter", {"5,00", "5,00", "5,00"});
    add_item(rs, round, "Effektiviseringar", "Åtgärd", "Ökad följsamhet till resepolicy", {"5,00", "5,00", "5,00"});
    add_item(rs, round, "Effektiviseringar", "Åtgärd", "Administration, ej vårdnära", {"25,00", "30,00", "40,00"});
    add_item(hsn, round, "Effektiviseringar", "Åtgärd", "Minskat konsultutnyttjande", {"15,00", "20,00", "25,00"});
    return s;
}

}  // namespace ramkoll::test
