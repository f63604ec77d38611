// Reads tests/fixtures/excel-reads/ (gen_excel_reads.py, issue #19): for each way a file can be
// read otherwise than Excel reads it, the exact cells Excel shows. The source of each reading
// is noted beside its fixture in the generator.
#include "xlsx/cell.hpp"
#include "xlsx/dates.hpp"
#include "xlsx/workbook.hpp"
#include "sheet_dump.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>

using namespace ramkoll::xlsx;
using namespace ramkoll::test;

namespace {

Workbook open_class(std::string_view name) { return Workbook::open(fixture("excel-reads/" + std::string(name) + ".xlsx")); }

void check_text(const SheetDump& sheet, std::string_view ref, std::string_view text) {
    const OwnedCell& c = sheet.at(ref);
    INFO("cell " << ref);
    CHECK(c.type == CellType::string);
    CHECK(c.text == text);
}

void check_number(const SheetDump& sheet, std::string_view ref, double value) {
    const OwnedCell& c = sheet.at(ref);
    INFO("cell " << ref);
    CHECK(c.type == CellType::number);
    CHECK(c.number == value);
}

// A date-formatted cell: its serial, and the day Excel shows for it in the workbook's system.
void check_date(const Workbook& wb, const SheetDump& sheet, std::string_view ref, double serial, std::string_view shown) {
    const OwnedCell& c = sheet.at(ref);
    INFO("cell " << ref);
    CHECK(c.type == CellType::number);
    CHECK(wb.is_date_style(c.style));
    CHECK(c.number == serial);
    CHECK(serial_to_iso(c.number, wb.date_system()) == std::optional<std::string>(shown));
}

}  // namespace

TEST_CASE("Excel reads: white space trimmed from <t> without xml:space preserve", "[xlsx][excel-reads]") {
    const auto wb = open_class("whitespace-trim");
    const auto sheet = dump_sheet(wb, 0);
    check_text(sheet, "A1", "trimmed value");
    check_text(sheet, "B1", "  kept  ");
    check_text(sheet, "C1", "");
    check_text(sheet, "D1", "tab and newline");
    check_text(sheet, "E1", "Fet och mager");
    check_text(sheet, "F1", "\u00a0nbsp\u3000");
    check_text(sheet, "G1", "inner  spaces\nkept");
    check_text(sheet, "H1", " inherited ");
    check_text(sheet, "I1", "crlf");
    check_text(sheet, "J1", "\u00a0");
    check_text(sheet, "A2", "inline trimmed");
    check_text(sheet, "B2", "  inline kept ");
    check_text(sheet, "C2", "");
    check_text(sheet, "D2", "run onerun two");
    check_text(sheet, "E2", "run one run two");
    CHECK(sheet.cells.size() == 15);
}

TEST_CASE("Excel reads: zip entries named with backslashes", "[xlsx][excel-reads]") {
    const auto wb = open_class("backslash-part-names");
    REQUIRE(wb.sheets().size() == 2);
    CHECK(wb.sheets()[0].name == "Första");
    CHECK(wb.sheets()[1].part == "xl/worksheets/sheet2.xml");
    const auto first = dump_sheet(wb, 0);
    check_text(first, "A1", "Bakåtstreck");
    check_number(first, "B1", 42);
    const auto second = dump_sheet(wb, 1);
    check_number(second, "B2", -3400.5);
    CHECK(wb.number_format(second.at("B2").style) == "#,##0.0");
}

TEST_CASE("Excel reads: part names that differ in case from the relationships", "[xlsx][excel-reads]") {
    const auto wb = open_class("part-name-case");
    REQUIRE(wb.sheets().size() == 1);
    CHECK(wb.sheets()[0].name == "Skiftläge");
    const auto sheet = dump_sheet(wb, 0);
    check_text(sheet, "A1", "Versaler");
    check_number(sheet, "B1", 117019.9);
    CHECK(wb.number_format(sheet.at("B1").style) == "#,##0.0");
}

TEST_CASE("Excel reads: absolute and relative relationship targets", "[xlsx][excel-reads]") {
    const auto wb = open_class("relationship-targets");
    REQUIRE(wb.sheets().size() == 2);
    CHECK(wb.sheets()[0].part == "xl/worksheets/sheet1.xml");
    CHECK(wb.sheets()[1].part == "xl/worksheets/sheet2.xml");
    check_number(dump_sheet(wb, 0), "A1", 1);
    const auto second = dump_sheet(wb, 1);
    check_text(second, "A1", "Uppåt");
    check_number(second, "B1", 2);
}

TEST_CASE("Excel reads: percent-encoded relationship targets name the plain zip entries", "[xlsx][excel-reads]") {
    const auto wb = open_class("percent-encoded-targets");
    REQUIRE(wb.sheets().size() == 2);
    CHECK(wb.sheets()[0].part == "xl/worksheets/Blad 1.xml");
    CHECK(wb.sheets()[1].part == "xl/worksheets/Övrigt.xml");
    check_number(dump_sheet(wb, 0), "A1", 1);
    check_text(dump_sheet(wb, 1), "A1", "övrigt");
}

TEST_CASE("Excel reads: an empty s attribute is style 0", "[xlsx][excel-reads]") {
    const auto wb = open_class("empty-style-attribute");
    const auto sheet = dump_sheet(wb, 0);
    check_number(sheet, "A1", 5);
    CHECK(sheet.at("A1").style == 0);
    check_text(sheet, "B1", "tom stil");
    CHECK(sheet.at("B1").style == 0);
    CHECK(sheet.find("C1") == nullptr);
    CHECK(sheet.at("D1").style == 1);
    CHECK(sheet.cells.size() == 3);
}

TEST_CASE("Excel reads: _xHHHH_ escapes, _x000D_ and _x005F_", "[xlsx][excel-reads]") {
    const auto wb = open_class("xstring-escapes");
    const auto sheet = dump_sheet(wb, 0);
    check_text(sheet, "A1", "\r");
    check_text(sheet, "B1", "line\r\nbreak");
    check_text(sheet, "C1", "_x000D_");
    check_text(sheet, "D1", "å and Å");
    check_text(sheet, "E1", " padded ");
    check_text(sheet, "F1", "_x0041");
    check_text(sheet, "A2", "tab\tinline");
    check_text(sheet, "B2", "a\r");
    CHECK(sheet.at("B2").formula == "\"a\"&CHAR(13)");
    check_text(sheet, "C2", "_x0041_");
}

TEST_CASE("Excel reads: strict OOXML", "[xlsx][excel-reads]") {
    const auto wb = open_class("strict-ooxml");
    REQUIRE(wb.sheets().size() == 1);
    CHECK(wb.sheets()[0].name == "Strikt");
    CHECK(wb.sheets()[0].kind == SheetKind::worksheet);
    const auto sheet = dump_sheet(wb, 0);
    check_text(sheet, "A1", "Strikt text");
    check_number(sheet, "B1", 86075.1);
    CHECK(wb.number_format(sheet.at("B1").style) == "#,##0.0");
    const OwnedCell& date = sheet.at("C1");
    CHECK(date.iso_date);
    check_date(wb, sheet, "C1", 45658, "2025-01-01");
    CHECK(sheet.at("D1").type == CellType::boolean);
    CHECK(sheet.at("D1").number == 1);
}

TEST_CASE("Excel reads: a chartsheet as the first sheet", "[xlsx][excel-reads]") {
    const auto wb = open_class("chartsheet-first");
    REQUIRE(wb.sheets().size() == 2);
    CHECK(wb.sheets()[0].name == "Diagram");
    CHECK(wb.sheets()[0].kind == SheetKind::chartsheet);
    CHECK(wb.sheets()[1].name == "Data");
    CHECK(wb.sheets()[1].kind == SheetKind::worksheet);
    CHECK(wb.active_sheet() == 0);
    CHECK(wb.find_sheet("Data") == std::optional<std::size_t>(1));
    const auto data = dump_sheet(wb, 1);
    check_text(data, "A1", "År");
    check_number(data, "B1", 2019);
    check_number(data, "C2", 35063.9);
    CHECK(data.cells.size() == 6);
}

TEST_CASE("Excel reads: a sheet without dimension", "[xlsx][excel-reads]") {
    const auto wb = open_class("no-dimension");
    const auto sheet = dump_sheet(wb, 0);
    CHECK_FALSE(sheet.layout.dimension.has_value());
    REQUIRE(sheet.layout.used.has_value());
    CHECK(*sheet.layout.used == range("C3", "F9"));
    check_number(sheet, "C3", 1);
    check_text(sheet, "F9", "sist");
}

TEST_CASE("Excel reads: rich text with phonetic runs", "[xlsx][excel-reads]") {
    const auto wb = open_class("phonetic-runs");
    const auto sheet = dump_sheet(wb, 0);
    check_text(sheet, "A1", "東京");
    CHECK(sheet.at("A1").origin == StringOrigin::shared_rich);
    check_text(sheet, "B1", "大阪");
    CHECK(sheet.at("B1").origin == StringOrigin::shared);
    check_text(sheet, "C1", "京都");
}

TEST_CASE("Excel reads: dates in the 1900 date system", "[xlsx][excel-reads][dates]") {
    const auto wb = open_class("dates-1900");
    CHECK(wb.date_system() == DateSystem::d1900);
    const auto sheet = dump_sheet(wb, 0);
    check_date(wb, sheet, "A1", 1, "1900-01-01");
    check_date(wb, sheet, "A2", 59, "1900-02-28");
    check_date(wb, sheet, "A3", 60, "1900-02-29");
    check_date(wb, sheet, "A4", 61, "1900-03-01");
    check_date(wb, sheet, "A5", 45658.5, "2025-01-01T12:00:00");
    check_date(wb, sheet, "A9", 45658, "2025-01-01");
}

TEST_CASE("Excel reads: dates in the 1904 date system", "[xlsx][excel-reads][dates]") {
    const auto wb = open_class("dates-1904");
    CHECK(wb.date_system() == DateSystem::d1904);
    const auto sheet = dump_sheet(wb, 0);
    check_date(wb, sheet, "A1", 0, "1904-01-01");
    check_date(wb, sheet, "A2", 1, "1904-01-02");
    check_date(wb, sheet, "A3", 44196.5, "2025-01-01T12:00:00");
    check_date(wb, sheet, "A4", 1462, "1908-01-02");
    check_date(wb, sheet, "A9", 44196, "2025-01-01");
}

TEST_CASE("Excel reads: an inline string cell that also has a v", "[xlsx][excel-reads]") {
    const auto wb = open_class("inline-string-with-value");
    const auto sheet = dump_sheet(wb, 0);
    check_text(sheet, "D2", "1.");
    CHECK(sheet.at("D2").origin == StringOrigin::inline_rich);
    CHECK(sheet.cells.size() == 1);
}
