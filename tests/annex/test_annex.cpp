// The annex workbooks: read back with ramkoll's reader (formulas with cached values, texts as
// text), recalculated by a real spreadsheet engine (gnumeric's ssconvert --recalc) to the same
// values at the displayed precision, and loaded by openpyxl with their print setup and chart.
#include "annex/annex.hpp"
#include "seed_submissions.hpp"
#include "submission/sheet_grid.hpp"
#include "submission/stored_number.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace ramkoll;
using ramkoll::test::TempDir;

namespace {

int exit_status(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string quoted(const fs::path& path) {
    std::string out(1, '\'');
    out += path.string();
    out += '\'';
    return out;
}

// Writes the annexes of both shipped rounds from the seed submissions into `dir`.
std::vector<fs::path> write_seed_annexes(const fs::path& dir, const annex::Options& options) {
    const auto& r2020 = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules");
    const auto& r2024 = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    fs::create_directories(dir / "2020");
    fs::create_directories(dir / "2024");
    auto files = annex::write_annexes(r2020, test::seed_003(r2020).pointers(), dir / "2020", options);
    auto more = annex::write_annexes(r2024, test::seed_000(r2024).pointers(), dir / "2024", options);
    files.insert(files.end(), more.begin(), more.end());
    return files;
}

// The formula cells of a sheet: cached value text, formula and the decimals its format shows.
struct FormulaCell {
    std::string raw;
    std::string formula;
    int decimals = 0;
};
std::map<std::pair<std::uint32_t, std::uint32_t>, FormulaCell> formula_cells(const xlsx::Workbook& book, std::size_t sheet) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, FormulaCell> out;
    auto reader = book.read_sheet(sheet);
    xlsx::Cell cell;
    while (reader.next(cell)) {
        if (cell.formula.empty()) continue;
        const std::string format(book.number_format(cell.style));   // "#,##0.00"
        const auto dot = format.find('.');
        out[{cell.ref.row, cell.ref.col}] = {std::string(cell.raw), std::string(cell.formula),
                                             dot == std::string::npos ? 0 : static_cast<int>(format.size() - dot - 1)};
    }
    return out;
}

}  // namespace

TEST_CASE("the annex workbooks hold titles, formulas with cached values and texts as text") {
    TempDir dir("ramkoll-annex");
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules");
    auto subs = test::seed_003(round);
    const auto files = annex::write_annexes(round, subs.pointers(), dir.path, {});
    REQUIRE(files.size() == 3);
    CHECK(files[0].filename() == "Nämndbudget.xlsx");
    CHECK(files[1].filename() == "Resultatbudget.xlsx");
    CHECK(files[2].filename() == "Bilagor.xlsx");

    const auto book = xlsx::Workbook::open(files[0]);
    const auto grid = submission::SheetGrid::read(book, 0);
    CHECK(grid.name() == "Nämndbudget");
    CHECK(grid.at({1, 1})->text == "Bilaga 1. Budget per nämnd Region Blekinge 2020–2022");
    CHECK(grid.at({2, 1})->text == "Alla belopp i tusentals kronor.");
    CHECK(grid.at({4, 2})->raw == "2020");   // the year as a number, aligned with the amounts
    // Row 5 is HSN; the bottom line (row 21) is a formula of the committees with its value.
    CHECK(grid.at({5, 1})->text == "Hälso- och sjukvårdsnämnd");
    const auto* result = grid.at({21, 2});
    REQUIRE(result != nullptr);
    CHECK(grid.at({21, 1})->text == "Budgeterat resultat Region Blekinge");
    CHECK(result->formula == "SUM(B5:B9)+SUM(B18:B20)");   // HSN … TN, RS by its total, PN, SVN
    CHECK(submission::parse_stored_number(result->raw) == parse_swedish_number("-11 479,9")->value);   // tkr
    const auto* rg = grid.at({16, 4});
    CHECK(grid.at({16, 1})->text == "Totalt Regiongemensamt");
    CHECK(rg->formula == "SUM(D13:D15)");
    CHECK(submission::parse_stored_number(rg->raw) == parse_swedish_number("990 654,7")->value);
}

TEST_CASE("text from a submission that looks like a formula is written as text") {
    TempDir dir("ramkoll-annex");
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    auto subs = test::seed_000(round);
    auto& hsn = subs.tables[1];
    REQUIRE(hsn.committee() == "HSN");
    for (const char* label : {"=HYPERLINK(\"http://x\",\"klicka\")", "+46 455 73 10 00", "-1", "@SUM(A1)"})
        test::add_item(hsn, round, "Satsningar", "Benämning", label, {"1,00", "", ""});
    annex::write_annexes(round, subs.pointers(), dir.path, {});
    const auto book = xlsx::Workbook::open(dir.path / "Satsningar.xlsx");
    const auto grid = submission::SheetGrid::read(book, 0);
    std::vector<std::string> texts;
    for (const auto& [at, cell] : grid.cells()) {
        if (at.second != 1 || cell.text.empty()) continue;   // the label column (no committee column)
        CHECK(cell.formula.empty());
        CHECK(cell.type == xlsx::CellType::string);
        texts.emplace_back(cell.text);
    }
    CHECK(std::count(texts.begin(), texts.end(), "=HYPERLINK(\"http://x\",\"klicka\")") == 1);
    CHECK(std::count(texts.begin(), texts.end(), "@SUM(A1)") == 1);
}

TEST_CASE("a draft says UTKAST and names the committees in error on every sheet") {
    TempDir dir("ramkoll-annex");
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    annex::Options options{.lang = Lang::sv, .draft = true, .committees_in_error = {"HSN Hälso- och sjukvårdsnämnden"}};
    annex::write_annexes(round, test::seed_000(round).pointers(), dir.path, options);
    const auto book = xlsx::Workbook::open(dir.path / annex::combined_file);
    REQUIRE(book.sheets().size() == round.annexes.size());
    for (std::size_t i = 0; i < book.sheets().size(); ++i) {
        const auto grid = submission::SheetGrid::read(book, i);
        INFO(grid.name());
        CHECK(grid.at({3, 1})->text == "UTKAST – underlaget innehåller fel");
        CHECK(grid.at({4, 1})->text == "Nämnder med fel: HSN Hälso- och sjukvårdsnämnden");
    }
}

TEST_CASE("gnumeric recalculates every formula of every annex to ramkoll's cached value", "[engine]") {
    REQUIRE(exit_status("ssconvert --version > /dev/null 2>&1") == 0);
    TempDir dir("ramkoll-annex");
    const auto files = write_seed_annexes(dir.path, {});
    REQUIRE(files.size() == 3 + 8);
    std::size_t compared = 0;
    for (const auto& file : files) {
        INFO(file.string());
        const auto recalculated = file.parent_path() / ("recalc-" + file.filename().string());
        REQUIRE(exit_status("ssconvert --recalc " + quoted(file) + " " + quoted(recalculated) + " > /dev/null 2>&1") == 0);
        const auto ours = xlsx::Workbook::open(file);
        const auto theirs = xlsx::Workbook::open(recalculated);
        REQUIRE(theirs.sheets().size() == ours.sheets().size());
        for (std::size_t s = 0; s < ours.sheets().size(); ++s) {
            const auto engine = submission::SheetGrid::read(theirs, s);
            for (const auto& [at, cell] : formula_cells(ours, s)) {
                INFO(engine.name() << "!" << xlsx::to_string(xlsx::CellRef{at.first, at.second}) << " =" << cell.formula);
                const auto* other = engine.at({at.first, at.second});
                REQUIRE(other != nullptr);
                REQUIRE(other->type == xlsx::CellType::number);
                const auto cached = submission::parse_stored_number(cell.raw);
                const auto computed = submission::parse_stored_number(other->raw);
                REQUIRE(cached);
                REQUIRE(computed);
                // Equal at the precision shown (the cell's format), and within 0,001 of the unit anyway.
                CHECK(cached->rounded(cell.decimals) == computed->rounded(cell.decimals));
                CHECK((*cached - *computed).abs() < Money::parts(0, 1000));
                ++compared;
            }
        }
    }
    CHECK(compared > 200);   // 226 formula cells in the seed 000 round's annexes
}

TEST_CASE("openpyxl loads every annex workbook with its print setup, cached values and chart", "[engine]") {
    TempDir dir("ramkoll-annex");
    const auto files = write_seed_annexes(dir.path, {});
    std::string command = "/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/annex/check_annex.py";
    for (const auto& f : files) {
        command += ' ';
        command += quoted(f);
    }
    const auto report = dir.path / "openpyxl.txt";
    const int status = exit_status(command + " > " + quoted(report));
    std::ifstream in(report);
    const std::string output((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    INFO(output);
    CHECK(status == 0);
    CHECK(std::count(output.begin(), output.end(), '\n') == static_cast<long>(files.size()));
}
