// A generated template filled by openpyxl (fill_template.py) and read back: every value with
// its cell, also after rows and a column were inserted; a number typed as Swedish text is read
// and reported; the totals openpyxl leaves uncalculated are findings, never zeros.
#include "bundled_rounds.hpp"
#include "rules/loader.hpp"
#include "submission/read_submission.hpp"
#include "template/template.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace ramkoll;
using namespace ramkoll::submission;

using ramkoll::test::TempDir;

namespace {

using test::round_2024;

// Writes HSN's template and fills it with fill_template.py and `flags`; returns the filled file.
fs::path filled_template(const TempDir& dir, const std::string& flags) {
    const auto& round = round_2024();
    const auto blank = dir.path / "mall.xlsx";
    templates::write_template(round, *round.committee("HSN"), blank);
    const auto out = dir.path / "HSN-ifylld.xlsx";
    const std::string command = "/usr/bin/python3 '" RAMKOLL_SOURCE_DIR "/tests/submission/fill_template.py' '" +
                                blank.string() + "' '" + out.string() + "' " + flags;
    REQUIRE(std::system(command.c_str()) == 0);
    return out;
}

Money tkr(std::int64_t whole, std::int64_t tenths) {
    return to_kronor(whole < 0 ? -Money::parts(-whole, tenths * 100000) : Money::parts(whole, tenths * 100000), Unit::tkr);
}

std::size_t line(const char* name) { return *round_2024().form.line_index(name); }
std::size_t list_index(const char* name) {
    return static_cast<std::size_t>(round_2024().form.list(name) - round_2024().form.lists.data());
}

// The amount read for a line and year and the cell it came from, "Budget!B6".
std::string cell_of(const Submission& s, const char* name, int year) {
    const auto* a = s.line_amount(line(name), year);
    REQUIRE(a != nullptr);
    return a->source.sheet.str() + "!" + xlsx::to_string(*a->source.cell);
}

std::vector<std::string> findings_of(const Submission& s, ReadingProblem problem) {
    std::vector<std::string> cells;
    for (const auto& f : s.findings)
        if (f.problem == problem) cells.push_back(f.where.sheet.str() + "!" + (f.where.cell ? xlsx::to_string(*f.where.cell) : "-"));
    return cells;
}

}  // namespace

TEST_CASE("a filled template is read back by its names, every value with its cell") {
    TempDir dir("ramkoll-submission");
    const auto path = filled_template(dir, "");
    const auto s = read_submission(path, round_2024());
    CHECK(s.layout == Layout::ramkoll_template);
    CHECK(s.committee() == "HSN");
    CHECK(s.file() == "HSN-ifylld.xlsx");

    CHECK(s.line(line("Intäkter"), 2024) == tkr(-590304, 5));
    CHECK(cell_of(s, "Intäkter", 2024) == "Budget!B6");
    CHECK(s.line(line("Personal"), 2025) == tkr(2950145, 3));
    CHECK(cell_of(s, "Personal", 2025) == "Budget!C7");
    CHECK(s.line(line("Drift"), 2026) == tkr(2019546, 2));
    CHECK(cell_of(s, "Drift", 2026) == "Budget!D8");
    CHECK(s.line(line("Avskrivningar"), 2024) == tkr(147576, 1));
    CHECK(cell_of(s, "Avskrivningar", 2024) == "Budget!B9");

    // "−813 622,4" typed as text: read, with a warning at its cell.
    CHECK(s.line(line("Intäkter"), 2026) == tkr(-813622, 4));
    CHECK(findings_of(s, ReadingProblem::number_as_text) == std::vector<std::string>{"Budget!D6"});
    // openpyxl writes formulas without values: the totals are findings, not zeros.
    CHECK(findings_of(s, ReadingProblem::uncomputed_formula) ==
          std::vector<std::string>{"Budget!B10", "Budget!C10", "Budget!D10"});
    CHECK_FALSE(s.line(line("Totalt"), 2024).has_value());
    CHECK(s.findings.size() == 4);

    const auto satsningar = list_index("Satsningar");
    REQUIRE(s.rows(satsningar) == 2);
    CHECK(s.text(satsningar, 0, 0) == "Barn och unga: psykisk hälsa");
    CHECK(s.amount(satsningar, 0, 1, 2025) == tkr(12000, 0));
    CHECK(s.text(satsningar, 1, 2) == "Skyddsskor");
    const auto& amount = s.lists[satsningar][1].amounts.at({1, 2026});
    CHECK(xlsx::to_string(*amount.source.cell) == "D6");
    CHECK(amount.source.sheet == "Satsningar");
    CHECK(s.rows(list_index("Interna")) == 0);
}

TEST_CASE("inserted rows and columns move the names, and the reader follows them") {
    TempDir dir("ramkoll-submission");
    const auto path = filled_template(dir, "--insert");
    const auto s = read_submission(path, round_2024());
    CHECK(s.committee() == "HSN");
    // A row "varav hyror" was inserted above Drift and a comment column between 2024 and 2025.
    CHECK(cell_of(s, "Intäkter", 2024) == "Budget!B6");
    CHECK(cell_of(s, "Personal", 2025) == "Budget!D7");
    CHECK(cell_of(s, "Drift", 2024) == "Budget!B9");
    CHECK(cell_of(s, "Drift", 2026) == "Budget!E9");
    CHECK(cell_of(s, "Avskrivningar", 2026) == "Budget!E10");
    CHECK(s.line(line("Drift"), 2024) == tkr(1918489, 8));
    CHECK(s.line(line("Drift"), 2026) == tkr(2019546, 2));
    CHECK(s.line(line("Personal"), 2025) == tkr(2950145, 3));
    CHECK(s.line(line("Intäkter"), 2026) == tkr(-813622, 4));
    CHECK(findings_of(s, ReadingProblem::number_as_text) == std::vector<std::string>{"Budget!E6"});
    CHECK(findings_of(s, ReadingProblem::uncomputed_formula) ==
          std::vector<std::string>{"Budget!B11", "Budget!D11", "Budget!E11"});
    // The sum row's formulas (moved as Excel moves them) stop above the inserted row: a warning
    // per amount column at the sum cell, with the formula's sum and the rows' sum.
    CHECK(findings_of(s, ReadingProblem::list_sum_short) ==
          std::vector<std::string>{"Satsningar!B26", "Satsningar!C26", "Satsningar!D26"});
    CHECK(s.findings.size() == 7);
    for (const auto& f : s.findings)
        if (f.problem == ReadingProblem::list_sum_short && f.where.cell == xlsx::CellRef{26, 2}) {
            CHECK(severity(f.problem) == rules::Severity::warning);
            CHECK(describe(f, Lang::sv) == "HSN-ifylld.xlsx, Satsningar!B26: summaraden Satsningar: Belopp 2024 (B26) är "
                                           "9 500,0 tkr, men listans rader summerar till 11 700,5 tkr; summaformeln täcker inte alla rader");
            CHECK(describe(f, Lang::en) == "HSN-ifylld.xlsx, Satsningar!B26: the sum row Satsningar: Belopp 2024 (B26) is "
                                           "9 500,0 tkr, but the list's rows add up to 11 700,5 tkr; the sum formula does not cover every row");
        }

    // The row inserted just above Satsningar's sum row belongs to the list.
    const auto satsningar = list_index("Satsningar");
    REQUIRE(s.rows(satsningar) == 3);
    CHECK(s.text(satsningar, 2, 0) == "Läkarbilar");
    CHECK(s.amount(satsningar, 2, 1, 2024) == tkr(2200, 5));
    CHECK(xlsx::to_string(*s.lists[satsningar][2].amounts.at({1, 2026}).source.cell) == "D25");
}

TEST_CASE("a row inserted directly under a list's header is read, and the sum row that misses it is a warning") {
    TempDir dir("ramkoll-submission");
    const auto path = filled_template(dir, "--numbers --under-header");
    const auto s = read_submission(path, round_2024());
    // LibreOffice moved Lista_Satsningar to A6:E25: the new row 5 is outside the name, but
    // between the header (row 4) and the sum row (now 26), so it is the list's first row.
    const auto satsningar = list_index("Satsningar");
    REQUIRE(s.rows(satsningar) == 3);
    CHECK(s.text(satsningar, 0, 0) == "Läkarbilar");
    CHECK(s.amount(satsningar, 0, 1, 2024) == tkr(2200, 5));
    CHECK(xlsx::to_string(*s.lists[satsningar][0].amounts.at({1, 2024}).source.cell) == "B5");
    CHECK(s.text(satsningar, 1, 0) == "Barn och unga: psykisk hälsa");
    CHECK(s.text(satsningar, 2, 0) == "Arbetsskor");
    // The sum formulas moved to SUM(B6:B25): one warning per amount column at its sum cell.
    CHECK(findings_of(s, ReadingProblem::list_sum_short) ==
          std::vector<std::string>{"Satsningar!B26", "Satsningar!C26", "Satsningar!D26"});
    for (const auto& f : s.findings)
        if (f.problem == ReadingProblem::list_sum_short && f.where.cell == xlsx::CellRef{26, 4}) {
            CHECK(severity(f.problem) == rules::Severity::warning);
            CHECK(title(f.problem, Lang::sv) == "Summaraden täcker inte alla rader");
            CHECK(title(f.problem, Lang::en) == "Sum row does not cover every row");
            CHECK(describe(f, Lang::sv) == "HSN-ifylld.xlsx, Satsningar!D26: summaraden Satsningar: Belopp 2026 (D26) är "
                                           "13 500,0 tkr, men listans rader summerar till 15 800,0 tkr; summaformeln täcker inte alla rader");
        }
}

TEST_CASE("the template's Roll column offers the declared roles, the values reading accepts") {
    TempDir dir("ramkoll-submission");
    const auto blank = dir.path / "mall.xlsx";
    templates::write_template(round_2024(), *round_2024().committee("RS"), blank);
    // The drop-down's choices are cells of the hidden sheet Listor.
    const std::string command =
        "/usr/bin/python3 -c \"import openpyxl, sys; b = openpyxl.load_workbook(sys.argv[1]); "
        "s = b['Interna överenskommelser']; "
        "f = [d.formula1 for d in s.data_validations.dataValidation if d.type == 'list' and str(d.sqref) == 'B5:B24']; "
        "sheet, cells = f[0].split('!'); "
        "v = [c.value for row in b[sheet][cells.replace('$', '')] for c in row]; "
        "sys.exit(0 if (sheet, v) == ('Listor', ['köpare', 'säljare']) else 1)\" '" + blank.string() + "'";
    CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("findings of reading are told with file, sheet and cell") {
    const ReadingFinding text{ReadingProblem::number_as_text, {"HSN-2024.xlsx", "Budget", xlsx::CellRef{6, 4}},
                              "Intäkter 2026", "−813 622,4"};
    CHECK(describe(text, Lang::sv) ==
          "HSN-2024.xlsx, Budget!D6: Intäkter 2026 är skrivet som text (\"−813 622,4\"); läst som tal");
    CHECK(severity(text.problem) == rules::Severity::warning);
    const ReadingFinding missing{ReadingProblem::line_missing, {"TN.xlsx", "Blad1", {}}, "Avskrivningar", {}};
    CHECK(describe(missing, Lang::en) == "TN.xlsx, Blad1: there is no row for Avskrivningar");
    CHECK(severity(missing.problem) == rules::Severity::error);
}

TEST_CASE("a template name that was deleted or points nowhere is a finding, the rest is read") {
    TempDir dir("ramkoll-submission");
    const auto path = filled_template(dir, "--numbers");
    const auto damaged = dir.path / "HSN-skadad.xlsx";
    const std::string command =
        "/usr/bin/python3 -c \"import openpyxl, sys; b = openpyxl.load_workbook(sys.argv[1]); "
        "b.defined_names['Rad_Drift'].attr_text = '#REF!'; del b.defined_names['Rubrik_Satsningar']; "
        "b.save(sys.argv[2])\" '" + path.string() + "' '" + damaged.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    const auto s = read_submission(damaged, round_2024());
    std::vector<std::string> damage;
    for (const auto& f : s.findings)
        if (f.problem == ReadingProblem::template_damaged) damage.push_back(f.subject + " " + f.found);
    CHECK(damage == std::vector<std::string>{"Rad_Drift #REF!", "Rubrik_Satsningar "});
    CHECK_FALSE(s.line(line("Drift"), 2024).has_value());
    CHECK(s.line(line("Personal"), 2024) == tkr(2853138, 6));
    CHECK(s.rows(list_index("Satsningar")) == 0);
}

TEST_CASE("a template read with another round's rules says so") {
    TempDir dir("ramkoll-submission");
    const auto path = filled_template(dir, "--numbers");
    const auto loaded = rules::load_rules(RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules");
    REQUIRE(loaded.ok());
    const auto s = read_submission(path, loaded.round);
    std::map<ReadingProblem, int> problems;
    for (const auto& f : s.findings) ++problems[f.problem];
    // The round, its three years on the budget sheet, and each list's per-year columns
    // (Belopp 2020 … in three lists, four columns × three years in Basenheter).
    CHECK(problems == std::map<ReadingProblem, int>{{ReadingProblem::round_mismatch, 1},
                                                    {ReadingProblem::year_missing, 3},
                                                    {ReadingProblem::column_missing, 21}});
    CHECK(s.findings[0].found == round_2024().title);
    CHECK(describe(s.findings[1], Lang::sv) == "HSN-ifylld.xlsx, Budget!B5: kolumnen för 2020 finns inte");
    CHECK(s.lines.empty());
}
