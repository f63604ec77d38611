// The generated templates read back with ramkoll's reader: sheets, names, frames, formulas
// with their cached values, protection aids, metadata; `ramkoll template` on the command line;
// and a filled template recalculated by gnumeric (ssconvert --recalc) giving the right totals.
#include "bundled_rounds.hpp"
#include "rules/loader.hpp"
#include "submission/read_submission.hpp"
#include "submission/sheet_grid.hpp"
#include "submission/stored_number.hpp"
#include "template/names.hpp"
#include "template/template.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace ramkoll;

using ramkoll::test::TempDir;

namespace {

using test::round_2024;

int exit_status(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::map<std::string, std::string> names_of(const xlsx::Workbook& book) {
    std::map<std::string, std::string> names;
    for (const auto& n : book.defined_names())
        if (!n.sheet) names[n.name] = n.ref;
    return names;
}

Money money(const submission::GridCell* cell) {
    REQUIRE(cell != nullptr);
    REQUIRE(cell->type == xlsx::CellType::number);
    return *submission::parse_stored_number(cell->raw);
}

}  // namespace

TEST_CASE("each committee's template has its sheets, names, frames and formulas") {
    const auto& round = round_2024();
    TempDir dir("ramkoll-template");
    for (const auto& committee : round.committees) {
        INFO(committee.code);
        const auto path = dir.path / templates::file_name(round, committee);
        templates::write_template(round, committee, path);
        CHECK(path.filename() == committee.code + "-2024.xlsx");
        const auto book = xlsx::Workbook::open(path);

        std::vector<std::string> sheets;
        for (const auto& s : book.sheets()) sheets.push_back(s.name);
        CHECK(sheets == std::vector<std::string>{"Anvisning", "Budget", "Satsningar", "Effektiviseringar",
                                                 "Interna överenskommelser", "Basenheter", "ramkoll", "Listor"});
        CHECK(book.sheets().back().state == xlsx::SheetState::hidden);   // Listor
        CHECK(book.sheets()[6].state == xlsx::SheetState::hidden);       // ramkoll

        const auto names = names_of(book);
        CHECK(names.at("År") == "Budget!$B$5:$D$5");
        CHECK(names.at("Rad_Intäkter") == "Budget!$B$6:$D$6");
        CHECK(names.at("Rad_Totalt") == "Budget!$B$10:$D$10");
        CHECK(names.at("Ram") == "Budget!$B$12:$D$12");
        CHECK(names.at("Skillnad_mot_ram") == "Budget!$B$13:$D$13");
        CHECK(names.at("Lista_Interna") == "'Interna överenskommelser'!$A$5:$F$24");
        CHECK(names.at("Rubrik_Basenheter") == "Basenheter!$A$4:$M$4");
        CHECK(names.at("Summa_Satsningar") == "Satsningar!$A$25:$E$25");
        CHECK(names.at("Metadata") == "ramkoll!$A$1:$B$7");

        const auto budget = submission::SheetGrid::read(book, 1);
        for (std::uint32_t y = 0; y < 3; ++y) {
            const std::uint32_t col = 2 + y;
            CHECK(submission::cell_text(budget.at({5, col})) == std::to_string(round.years[y]));
            CHECK(to_kronor(money(budget.at({12, col})), Unit::tkr) == committee.frame[y]);
            const auto* total = budget.at({10, col});
            REQUIRE(total != nullptr);
            const auto c = xlsx::column_name(col);
            CHECK(total->formula == c + "6+" + c + "7+" + c + "8+" + c + "9");
            CHECK(money(total) == Money());
            const auto* difference = budget.at({13, col});
            REQUIRE(difference != nullptr);
            CHECK(difference->formula == c + "10-" + c + "12");
            CHECK(to_kronor(money(difference), Unit::tkr) == -committee.frame[y]);
        }
        CHECK(budget.at({6, 2}) == nullptr);   // input cells are blank (only a format)
        CHECK(submission::cell_text(budget.at({9, 1})) == "Avskrivningar");

        const auto interna = submission::SheetGrid::read(book, 4);
        CHECK(submission::cell_text(interna.at({4, 1})) == "Motpart");
        CHECK(submission::cell_text(interna.at({4, 4})) == "Belopp 2024");
        CHECK(submission::cell_text(interna.at({25, 1})) == "Summa");
        CHECK(interna.at({25, 6})->formula == "SUM(F5:F24)");

        const auto metadata = submission::SheetGrid::read(book, 6);
        std::map<std::string, std::string> meta;
        for (std::uint32_t r = 2; r <= 7; ++r)
            meta[submission::cell_text(metadata.at({r, 1}))] = submission::cell_text(metadata.at({r, 2}));
        CHECK(submission::cell_text(metadata.at({1, 1})) == "ramkoll-mall");
        CHECK(meta.at("nämnd") == committee.code);
        CHECK(meta.at("omgång") == round.title);
        CHECK(meta.at("mallversion") == "1");
        CHECK(meta.at("år") == "2024 2025 2026");
        CHECK(meta.at("enhet") == "tkr");
    }
}

TEST_CASE("the instruction sheet lists the round, the frame and the checks") {
    const auto& round = round_2024();
    TempDir dir("ramkoll-template");
    const auto path = dir.path / "RS-2024.xlsx";
    templates::write_template(round, *round.committee("RS"), path);
    const auto book = xlsx::Workbook::open(path);
    const auto sheet = submission::SheetGrid::read(book, 0);
    std::set<std::string> texts;
    for (const auto& [key, cell] : sheet.cells()) texts.emplace(cell.text);
    CHECK(texts.count("Region Blekinge, budget 2024 med plan 2025–2026"));
    CHECK(texts.count("Regionstyrelsen (RS)"));
    CHECK(texts.count("2024: 1 341 300,0 tkr; 2025: 1 382 800,0 tkr; 2026: 1 419 200,0 tkr"));
    CHECK(texts.count("  varav Regionservice"));
    CHECK(texts.count("2024: -2 700,0 tkr; 2025: 0,0 tkr; 2026: 0,0 tkr"));
    CHECK(texts.count("Nettokostnaden är lika med ramen"));
    CHECK(texts.count("Tecken: Intäkter"));
    CHECK(texts.count("Totalt = frame ± 0,05 mnkr"));
    CHECK(texts.count("Interna överenskommelser stämmer"));   // built in, not in the rule file
    CHECK(texts.count("varning"));
}

TEST_CASE("ramkoll template writes one workbook per committee, or the one asked for") {
    TempDir dir("ramkoll-template");
    const std::string binary = RAMKOLL_BINARY;
    const std::string rules = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
    const auto all = dir.path / "alla";
    CHECK(exit_status(binary + " template " + rules + " -o " + all.string() + " > /dev/null") == 0);
    std::set<std::string> files;
    for (const auto& e : fs::directory_iterator(all)) files.insert(e.path().filename().string());
    CHECK(files == std::set<std::string>{"HSN-2024.xlsx", "TVN-2024.xlsx", "PN-2024.xlsx", "SVN-2024.xlsx",
                                         "TN-2024.xlsx", "KBN-2024.xlsx", "RUN-2024.xlsx", "RS-2024.xlsx",
                                         "FF-2024.xlsx"});
    const auto one = dir.path / "en";
    CHECK(exit_status(binary + " template " + rules + " -o " + one.string() + " --committee KBN > /dev/null") == 0);
    CHECK(fs::exists(one / "KBN-2024.xlsx"));
    CHECK(std::distance(fs::directory_iterator(one), fs::directory_iterator()) == 1);
    CHECK(exit_status(binary + " template " + rules + " -o " + one.string() + " --committee XYZ 2> /dev/null") == 2);
    CHECK(exit_status(binary + " template /nonexistent.rules -o " + one.string() + " 2> /dev/null") == 2);
}

TEST_CASE("a filled template recalculated by gnumeric has the right totals and differences") {
    REQUIRE(exit_status("ssconvert --version > /dev/null 2>&1") == 0);
    const auto& round = round_2024();
    const auto& hsn = *round.committee("HSN");
    TempDir dir("ramkoll-template");
    const auto blank = dir.path / "mall.xlsx";
    templates::write_template(round, hsn, blank);
    const std::string fill = "/usr/bin/python3 '" RAMKOLL_SOURCE_DIR "/tests/submission/fill_template.py' '" +
                             blank.string() + "' ";
    const auto& form = round.form;
    const auto totalt = *form.line_index("Totalt");

    SECTION("numbers only: every total equals the frame and every difference is zero") {
        REQUIRE(exit_status(fill + "'" + (dir.path / "filled.xlsx").string() + "' --numbers") == 0);
        REQUIRE(exit_status("ssconvert --recalc '" + (dir.path / "filled.xlsx").string() + "' '" +
                            (dir.path / "HSN-recalc.xlsx").string() + "' > /dev/null 2>&1") == 0);
        const auto s = submission::read_submission(dir.path / "HSN-recalc.xlsx", round);
        CHECK(s.layout == submission::Layout::ramkoll_template);
        CHECK(s.findings.empty());
        const auto book = xlsx::Workbook::open(dir.path / "HSN-recalc.xlsx");
        const auto budget = submission::SheetGrid::read(book, *book.find_sheet("Budget"));
        for (std::size_t y = 0; y < 3; ++y) {
            CHECK(s.line(totalt, round.years[y]) == hsn.frame[y]);
            CHECK(money(budget.at({13, 2 + static_cast<std::uint32_t>(y)})) == Money());
        }
    }
    SECTION("with inserted rows and a number typed as text: the engine's #VALUE! is a finding") {
        REQUIRE(exit_status(fill + "'" + (dir.path / "filled.xlsx").string() + "' --insert") == 0);
        REQUIRE(exit_status("ssconvert --recalc '" + (dir.path / "filled.xlsx").string() + "' '" +
                            (dir.path / "HSN-recalc.xlsx").string() + "' > /dev/null 2>&1") == 0);
        const auto s = submission::read_submission(dir.path / "HSN-recalc.xlsx", round);
        CHECK(s.line(totalt, 2024) == hsn.frame[0]);
        CHECK(s.line(totalt, 2025) == hsn.frame[1]);
        CHECK_FALSE(s.line(totalt, 2026).has_value());
        std::vector<std::string> seen;
        for (const auto& f : s.findings) seen.push_back(describe(f, Lang::sv));
        CHECK(seen == std::vector<std::string>{
                          "HSN-recalc.xlsx, Budget!E6: Intäkter 2026 är skrivet som text (\"−813\u00a0622,4\"); läst som tal",
                          "HSN-recalc.xlsx, Budget!E11: Totalt 2026 är felvärdet #VALUE!",
                          // the row inserted above Satsningar's sum row is outside its SUM, as computed by gnumeric
                          "HSN-recalc.xlsx, Satsningar!B26: summaraden Satsningar: Belopp 2024 (B26) är 9 500,0 tkr, men "
                          "listans rader summerar till 11 700,5 tkr; summaformeln täcker inte alla rader",
                          "HSN-recalc.xlsx, Satsningar!C26: summaraden Satsningar: Belopp 2025 (C26) är 13 500,0 tkr, men "
                          "listans rader summerar till 15 700,5 tkr; summaformeln täcker inte alla rader",
                          "HSN-recalc.xlsx, Satsningar!D26: summaraden Satsningar: Belopp 2026 (D26) är 13 500,0 tkr, men "
                          "listans rader summerar till 15 800,0 tkr; summaformeln täcker inte alla rader"});
        const auto book = xlsx::Workbook::open(dir.path / "HSN-recalc.xlsx");
        const auto budget = submission::SheetGrid::read(book, *book.find_sheet("Budget"));
        CHECK(money(budget.at({14, 2})) == Money());   // the difference row moved down with the insert
        CHECK(money(budget.at({14, 4})) == Money());
    }
}

TEST_CASE("a list for FF only is a sheet of FF's template and of no other committee's") {
    fs::current_path(RAMKOLL_SOURCE_DIR);
    const auto loaded = rules::load_rules("tests/rules/plan.rules");
    REQUIRE(loaded.ok());
    const auto& round = loaded.round;
    TempDir dir("ramkoll-template-for");
    std::map<std::string, std::vector<std::string>> sheets;
    for (const auto& committee : round.committees) {
        const auto path = dir.path / templates::file_name(round, committee);
        templates::write_template(round, committee, path);
        const auto book = xlsx::Workbook::open(path);
        for (const auto& s : book.sheets()) sheets[committee.code].push_back(s.name);
    }
    CHECK(sheets["FF"] == std::vector<std::string>{"Anvisning", "Budget", "Satsningar", "Finansieringsbudget", "ramkoll"});
    CHECK(sheets["HSN"] == std::vector<std::string>{"Anvisning", "Budget", "Satsningar", "ramkoll"});
}

TEST_CASE("a text column that rules and annexes filter on many values is free text and the template is written") {
    std::string text = R"(round "Många värden"
years 2023
unit mnkr
committee FF "Finansförvaltningen"
  frame: −100
form
  line Netto "Netto" any
  list Basenheter "Basenheter"
    column Basenhet "Basenhet" text
    column Belopp "Belopp" amount per year
annex Resultatbudget "Bilaga 1. Resultatbudget" mnkr 1 decimal
  row Skatt "Skatteintäkter" = sum(Basenheter.Belopp where Basenhet = "Skatteintäkter")
)";
    // Twenty rules on as many cost centres: their names alone take far more than Excel's 255
    // characters of list choices.
    for (int i = 0; i < 20; ++i)
        text += fmt::format("rule \"Basenhet {0}\" info\n  each year: sum(Basenheter.Belopp where Basenhet = "
                            "\"Basenhet nummer {0} med ett långt namn\") >= 0\n", i);
    const auto loaded = rules::load_rules_text("many.rules", text);
    REQUIRE(loaded.ok());
    const auto& column = loaded.round.form.lists[0].columns[0];
    CHECK(column.values.size() == 21);
    CHECK(std::find(column.values.begin(), column.values.end(), "Skatteintäkter") != column.values.end());   // an annex's value
    CHECK_FALSE(column.closed);   // nothing restricts it: free text in the template
    TempDir dir("ramkoll-template-values");
    const auto path = dir.path / templates::file_name(loaded.round, loaded.round.committees.front());
    CHECK_NOTHROW(templates::write_template(loaded.round, loaded.round.committees.front(), path));
    CHECK(fs::exists(path));
}
