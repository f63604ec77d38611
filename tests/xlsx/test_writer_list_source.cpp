// SheetWriter::validate_list with its choices in cells of another, hidden sheet: the drop-down
// as openpyxl reads it, no limit on the choices' count, length or commas, and a workbook whose
// source sheet was never added refused at close().
#include "xlsx/writer.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace ramkoll::xlsx;

using ramkoll::test::TempDir;

TEST_CASE("a drop-down takes its choices from a range of a hidden sheet, any number and any text") {
    TempDir dir("ramkoll-writer-list");
    const auto path = dir.path / "val.xlsx";
    WorkbookWriter book(path);
    auto& form = book.add_sheet("Blad");
    form.validate_list({{2, 1}, {20, 1}}, "Val av listor", {{2, 1}, {301, 1}}, {.error = "Välj i listan."});
    auto& lists = book.add_sheet("Val av listor");
    for (std::uint32_t r = 2; r <= 301; ++r) lists.write_text({r, 1}, "Val nummer " + std::to_string(r) + ", med komma");
    lists.hide();
    book.close();
    const std::string command =
        "/usr/bin/python3 -c \"import openpyxl, sys; b = openpyxl.load_workbook(sys.argv[1]); "
        "d = [(str(v.sqref), v.formula1) for v in b['Blad'].data_validations.dataValidation if v.type == 'list']; "
        "sys.exit(0 if d == [('A2:A20', \\\"'Val av listor'!\\$A\\$2:\\$A\\$301\\\")] and "
        "b['Val av listor'].sheet_state == 'hidden' else 1)\" '" + path.string() + "'";
    CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("a drop-down whose choices are on a sheet the workbook never gets is refused at close") {
    TempDir dir("ramkoll-writer-list");
    const auto path = dir.path / "val.xlsx";
    WorkbookWriter book(path);
    auto& form = book.add_sheet("Blad");
    form.validate_list({{2, 1}, {20, 1}}, "Listor", {{1, 1}, {3, 1}});
    CHECK_THROWS_WITH(book.close(), Catch::Contains("Blad") && Catch::Contains("\"Listor\""));
    CHECK_FALSE(fs::exists(path));
    WorkbookWriter other(dir.path / "annan.xlsx");
    auto& sheet = other.add_sheet("Blad");
    CHECK_THROWS_WITH(sheet.validate_list({{2, 1}, {20, 1}}, "Listor", {{1, 1}, {3, 2}}), Catch::Contains("one row or one column"));
}
