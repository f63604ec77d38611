// print::set_up with titles and footers longer than Excel's 255 characters of header or footer:
// cut with "…" (an '&' doubled still counts twice), so the sheet is written.
#include "print/print_setup.hpp"
#include "xlsx/writer.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>

using namespace ramkoll;

using ramkoll::test::TempDir;

TEST_CASE("a title and a footer too long for Excel's page header are cut with an ellipsis") {
    TempDir dir("ramkoll-print-long");
    const auto path = dir.path / "lang.xlsx";
    xlsx::WorkbookWriter book(path);
    auto& sheet = book.add_sheet("Blad");
    sheet.write_text({1, 1}, "x");
    std::string title;
    for (int i = 0; i < 60; ++i) title += "Bå&d ";   // 300 characters, 360 once '&' is doubled
    REQUIRE_NOTHROW(print::set_up(sheet, {.title = title, .notice = "UTKAST", .footer_left = title,
                                          .column_widths = {20}, .last_row = 1}));
    REQUIRE_NOTHROW(book.close());
    // The header as openpyxl reads it: 255 characters with its codes, ending in "…" and the notice.
    const std::string command =
        "/usr/bin/python3 -c \"import zipfile, re, sys, html; x = zipfile.ZipFile(sys.argv[1]).read("
        "'xl/worksheets/sheet1.xml').decode(); h = html.unescape(re.search('<oddHeader>(.*?)</oddHeader>', x).group(1)); "
        "f = html.unescape(re.search('<oddFooter>(.*?)</oddFooter>', x).group(1)); "
        "sys.exit(0 if len(h) <= 255 and len(f) <= 255 and '…&R' in h and h.endswith('UTKAST') and '…&R' in f else 1)\" '" +
        path.string() + "'";
    CHECK(std::system(command.c_str()) == 0);
}
