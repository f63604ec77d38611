// SheetWriter::insert_bar_chart: the chart becomes a chart part drawn on its sheet, and a
// range outside the grid is refused with the file, sheet and place.
#include "xlsx/writer.hpp"
#include "xlsx/zip_archive.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <algorithm>

using namespace ramkoll::xlsx;
using ramkoll::test::TempDir;

TEST_CASE("a bar chart is written as a chart part drawn on its sheet") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "diagram.xlsx";
    WorkbookWriter book(path);
    auto& sheet = book.add_sheet("Nämndbudget");
    const char* names[] = {"HSN", "TVN", "FF"};
    const double values[] = {4328.9, 191.8, -6322.8};
    for (std::uint32_t r = 0; r < 3; ++r) {
        sheet.write_text({r + 1, 1}, names[r]);
        sheet.write_number({r + 1, 2}, values[r], {.decimals = 1});
    }
    sheet.insert_bar_chart({1, 4}, {.title = "Nettokostnad 2024 per nämnd", .categories = {{1, 1}, {3, 1}},
                                    .values = {{1, 2}, {3, 2}}, .value_format = amount_format(1)});
    book.close();
    const ZipArchive zip(path, {});
    const auto parts = zip.entry_names();
    CHECK(std::count(parts.begin(), parts.end(), "xl/charts/chart1.xml") == 1);
    CHECK(std::count(parts.begin(), parts.end(), "xl/drawings/drawing1.xml") == 1);
}

TEST_CASE("a chart range outside the grid is refused") {
    TempDir dir("ramkoll-writer");
    WorkbookWriter book(dir.path / "fel.xlsx");
    auto& sheet = book.add_sheet("Blad");
    try {
        sheet.insert_bar_chart({1, 4}, {.categories = {{0, 1}, {3, 1}}, .values = {{1, 2}, {3, 2}}});
        FAIL("accepted");
    } catch (const std::runtime_error& e) {
        CHECK_THAT(e.what(), Catch::Contains("fel.xlsx") && Catch::Contains("Blad"));
    }
}
