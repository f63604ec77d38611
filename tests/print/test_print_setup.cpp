// print::set_up: A4 and the first page number stated, portrait or landscape by the columns'
// width, the page breaks between groups of rows kept together, the pages counted in the
// footer, wrapped rows given their height.
#include "print/print_setup.hpp"
#include "xlsx/zip_archive.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <fmt/format.h>

#include <regex>
#include <string>

using namespace ramkoll;
using ramkoll::test::TempDir;

namespace {

std::string sheet_xml(const std::filesystem::path& path) {
    xlsx::ZipArchive zip(path, {});
    auto source = zip.open_entry("xl/worksheets/sheet1.xml");
    std::string xml;
    char buffer[4096];
    while (const auto n = source->read(buffer, sizeof buffer)) xml.append(buffer, n);
    return xml;
}

// The rows (1-based) above which the sheet breaks the page.
std::vector<int> breaks(const std::string& xml) {
    std::vector<int> rows;
    const std::regex brk("<brk id=\"(\\d+)\"");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), brk); it != std::sregex_iterator(); ++it)
        rows.push_back(std::stoi((*it)[1]) + 1);
    return rows;
}

// Writes 10 groups of a heading and 5 rows under a header row (row 1) and sets them up.
std::pair<std::uint32_t, std::string> ten_committees(const std::vector<double>& widths, Lang lang = Lang::sv) {
    TempDir dir("ramkoll-print");
    const auto path = dir.path / "bok.xlsx";
    xlsx::WorkbookWriter book(path);
    auto& sheet = book.add_sheet("Sammanställning");
    sheet.write_text({1, 1}, "Nämnd");
    std::vector<print::Rows> groups;
    for (std::uint32_t g = 0; g < 10; ++g) {
        const std::uint32_t first = 2 + 6 * g;
        for (std::uint32_t r = first; r < first + 6; ++r) sheet.write_text({r, 1}, r == first ? "Nämnd" : "Rad");
        groups.push_back({first, first + 5});
    }
    const auto pages = print::set_up(sheet, {.title = "Bilaga 6. Sammanställning & annat", .notice = "UTKAST", .lang = lang,
                                             .column_widths = widths, .last_row = 61,
                                             .header_rows = xlsx::PageSetup::Rows{1, 1}, .keep_together = groups,
                                             .tall_rows = {{3, 3}}});
    book.close();
    return {pages, sheet_xml(path)};
}

}  // namespace

TEST_CASE("a sheet is set up for A4 with its pages numbered from 1") {
    const auto [pages, xml] = ten_committees({46, 13, 13});
    // useFirstPageNumber with firstPageNumber left at its default, 1.
    CHECK_THAT(xml, Catch::Contains("paperSize=\"9\"") && Catch::Contains("useFirstPageNumber=\"1\"") &&
                        !Catch::Contains("firstPageNumber=\"") && Catch::Contains("fitToHeight=\"0\""));
    CHECK_THAT(xml, Catch::Contains("<oddHeader>&amp;LBilaga 6. Sammanställning &amp;&amp; annat&amp;R&amp;\"-,Bold\"UTKAST"));
    CHECK_THAT(xml, Catch::Contains(fmt::format("<oddFooter>&amp;RSida &amp;P av {}</oddFooter>", pages)));
}

TEST_CASE("a narrow table prints portrait and a wide one landscape") {
    CHECK_THAT(ten_committees({46, 13, 13}).second, !Catch::Contains("orientation=\"landscape\""));
    CHECK_THAT(ten_committees({46, 40, 13, 13, 13}).second, Catch::Contains("orientation=\"landscape\""));
}

TEST_CASE("pages break between the groups kept together and the footer counts them") {
    const auto [pages, xml] = ten_committees({46, 40, 13, 13, 13}, Lang::en);
    const auto rows = breaks(xml);
    REQUIRE(rows.size() == pages - 1);
    CHECK(pages > 1);
    for (int row : rows) CHECK((row - 2) % 6 == 0);   // a heading starts each page
    CHECK_THAT(xml, Catch::Contains(fmt::format("Page &amp;P of {}", pages)));
}

TEST_CASE("a wrapped row gets the height of its lines") {
    CHECK_THAT(ten_committees({46, 13, 13}).second, Catch::Contains("<row r=\"3\"") && Catch::Contains("ht=\"45\""));
    CHECK(print::wrapped_lines("kort", 46) == 1);
    CHECK(print::wrapped_lines(std::string(100, 'x'), 46) == 3);
    CHECK(print::wrapped_lines("åäö", 2) == 2);   // characters, not bytes
}
