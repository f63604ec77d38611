// How the annexes print (issue #18), read from the files: Sammanställning breaks its pages only
// above a committee's name and its footer counts them; Bilaga 2's chart stands under the table
// with its axis in whole units, its data below the printed area. LibreOffice printing them is
// tests/print/check_print.py.
#include "annex/annex.hpp"
#include "seed_submissions.hpp"
#include "submission/sheet_grid.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/zip_archive.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <fmt/format.h>

#include <regex>

namespace fs = std::filesystem;
using namespace ramkoll;
using ramkoll::test::TempDir;

namespace {

std::string part(const fs::path& path, std::string_view name) {
    xlsx::ZipArchive zip(path, {});
    auto source = zip.open_entry(name);
    std::string text;
    char buffer[4096];
    while (const auto n = source->read(buffer, sizeof buffer)) text.append(buffer, n);
    return text;
}

// The 1-based numbers of a pattern's first group, in order.
std::vector<std::uint32_t> numbers(const std::string& text, const std::string& pattern) {
    std::vector<std::uint32_t> out;
    const std::regex re(pattern);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
        out.push_back(static_cast<std::uint32_t>(std::stoul((*it)[1])));
    return out;
}

// The seed 000 annexes as a draft, as `ramkoll run` writes the bundled round's.
fs::path draft_annexes(const TempDir& dir) {
    const auto& round = test::load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    annex::Options options{.lang = Lang::sv, .draft = true,
                           .committees_in_error = {"HSN Hälso- och sjukvårdsnämnden", "TVN Tandvårdsnämnden",
                                                   "PN Patientnämnden", "SVN Samverkansnämnden"}};
    annex::write_annexes(round, test::seed_000(round).pointers(), dir.path, options);
    return dir.path;
}

}  // namespace

TEST_CASE("Sammanställning breaks its pages only above a committee's name and counts them in the footer") {
    TempDir dir("ramkoll-annex");
    const auto path = draft_annexes(dir) / "Sammanställning.xlsx";
    const auto xml = part(path, "xl/worksheets/sheet1.xml");
    auto breaks = numbers(xml, "<brk id=\"(\\d+)\"");
    REQUIRE_FALSE(breaks.empty());
    const auto grid = submission::SheetGrid::read(xlsx::Workbook::open(path), 0);
    for (auto& row : breaks) {
        ++row;   // the break lies above the 0-based row id, the row that starts the page
        INFO("page starts at row " << row);
        CHECK_FALSE(submission::cell_text(grid.at({row, 1})).empty());   // the committee's name
        CHECK(submission::cell_text(grid.at({row, 2})).empty());         // and no line of it
    }
    CHECK_THAT(xml, Catch::Contains(fmt::format("&amp;RSida &amp;P av {}</oddFooter>", breaks.size() + 1)));
    CHECK_THAT(xml, Catch::Contains("paperSize=\"9\"") && Catch::Contains("orientation=\"landscape\""));
}

TEST_CASE("Bilaga 2's chart stands under the table, axis in whole units, its data outside the printed area") {
    TempDir dir("ramkoll-annex");
    const auto path = draft_annexes(dir) / "Nämndbudget.xlsx";
    const auto book = xlsx::Workbook::open(path);
    const auto grid = submission::SheetGrid::read(book, 0);
    std::uint32_t result_row = 0, data_row = 0;
    for (const auto& [at, cell] : grid.cells()) {
        if (at.second != 1) continue;
        if (cell.text == "Resultat") result_row = at.first;
        if (cell.text.rfind("Diagramunderlag", 0) == 0) data_row = at.first;
    }
    REQUIRE(result_row > 0);
    REQUIRE(data_row > result_row);
    std::uint32_t printed_to = 0;
    for (const auto& name : book.defined_names())
        if (name.name == "_xlnm.Print_Area") printed_to = numbers(name.ref, R"(:\$D\$(\d+))").at(0);
    CHECK(printed_to > result_row);
    CHECK(printed_to < data_row);
    const auto anchor = numbers(part(path, "xl/drawings/drawing1.xml"), "<xdr:row>(\\d+)</xdr:row>");
    REQUIRE(anchor.size() == 2);   // from and to, 0-based rows
    CHECK(anchor[0] + 1 > result_row);
    CHECK(anchor[1] <= printed_to);   // it ends at the latest at the top of the row after the printed area
    const auto chart = part(path, "xl/charts/chart1.xml");
    const auto axis = chart.find("<c:valAx>");
    REQUIRE(axis != std::string::npos);
    const auto code = chart.find("formatCode=\"", axis);
    REQUIRE(code != std::string::npos);
    CHECK(chart.substr(code, chart.find('"', code + 12) - code + 1) == "formatCode=\"#,##0\"");
}
