// Cell references, date serials, number formats, Excel escapes and shared-formula shifting.
#include "xlsx/cell_ref.hpp"
#include "xlsx/dates.hpp"
#include "xlsx/formula_shift.hpp"
#include "xlsx/number_format.hpp"
#include "xlsx/shared_strings.hpp"

#include <catch2/catch.hpp>

using namespace ramkoll::xlsx;

TEST_CASE("cell references parse within Excel's grid only", "[cell_ref]") {
    CHECK(parse_cell_ref("B3") == CellRef{3, 2});
    CHECK(parse_cell_ref("$AA$10") == CellRef{10, 27});
    CHECK(parse_cell_ref("XFD1048576") == CellRef{1048576, 16384});
    CHECK_FALSE(parse_cell_ref("XFE1"));
    CHECK_FALSE(parse_cell_ref("A1048577"));
    CHECK_FALSE(parse_cell_ref("A0"));
    CHECK_FALSE(parse_cell_ref("1A"));
    CHECK_FALSE(parse_cell_ref(""));
    CHECK(to_string(CellRef{1048576, 16384}) == "XFD1048576");
    CHECK(column_name(26) == "Z");
    CHECK(column_name(27) == "AA");
    CHECK(parse_range_ref("A1:F20") == RangeRef{{1, 1}, {20, 6}});
    CHECK(to_string(*parse_range_ref("C5")) == "C5");
    CHECK_FALSE(parse_range_ref("F20:A1"));
}

TEST_CASE("sheet names are quoted in references as Excel writes them", "[cell_ref]") {
    CHECK(quote_sheet_name("Budget") == "Budget");
    CHECK(quote_sheet_name("Blad_1.a") == "Blad_1.a");
    CHECK(quote_sheet_name("Budget TN") == "'Budget TN'");
    CHECK(quote_sheet_name("Kim's") == "'Kim''s'");
    CHECK(quote_sheet_name("Översikt") == "'Översikt'");
    CHECK(quote_sheet_name("B3") == "'B3'");        // would read as a cell
    CHECK(quote_sheet_name("R2C3") == "'R2C3'");
    CHECK(quote_sheet_name("2024") == "'2024'");    // begins with a digit
    CHECK(quote_sheet_name("") == "''");
}

TEST_CASE("date serials follow Excel's 1900 and 1904 systems", "[dates]") {
    CHECK(serial_to_iso(1, DateSystem::d1900) == "1900-01-01");
    CHECK(serial_to_iso(59, DateSystem::d1900) == "1900-02-28");
    CHECK(serial_to_iso(60, DateSystem::d1900) == "1900-02-29");   // Lotus's day that never was
    CHECK(serial_to_iso(61, DateSystem::d1900) == "1900-03-01");
    CHECK(serial_to_iso(45306, DateSystem::d1900) == "2024-01-15");
    CHECK(serial_to_iso(45306.4375, DateSystem::d1900) == "2024-01-15T10:30:00");
    CHECK(serial_to_iso(0, DateSystem::d1904) == "1904-01-01");
    CHECK(serial_to_iso(43844, DateSystem::d1904) == "2024-01-15");
    CHECK_FALSE(serial_to_iso(-1, DateSystem::d1900));
    CHECK(serial_to_iso(2958465, DateSystem::d1900) == "9999-12-31");
    CHECK_FALSE(serial_to_iso(2958466, DateSystem::d1900));
    CHECK(serial_to_iso(2957003, DateSystem::d1904) == "9999-12-31");
    CHECK_FALSE(serial_to_iso(2957004, DateSystem::d1904));
    CHECK(iso_to_serial("2024-01-15", DateSystem::d1900) == 45306.0);
    CHECK(iso_to_serial("1900-03-01", DateSystem::d1900) == 61.0);
    CHECK(iso_to_serial("2024-01-15T10:30:00Z", DateSystem::d1900) == 45306.4375);
    CHECK(iso_to_serial("2024-01-15", DateSystem::d1904) == 43844.0);
    CHECK_FALSE(iso_to_serial("15/01/2024", DateSystem::d1900));
}

TEST_CASE("date formats are told from number formats", "[number_format]") {
    CHECK(is_date_format("yyyy-mm-dd"));
    CHECK(is_date_format("[$-41D]d/m/yyyy"));
    CHECK(is_date_format("[h]:mm:ss"));
    CHECK(is_date_format(builtin_number_format(14)));
    CHECK_FALSE(is_date_format("#,##0.0"));
    CHECK_FALSE(is_date_format("0.00E+00"));
    CHECK_FALSE(is_date_format("\"dag\" 0"));
    CHECK_FALSE(is_date_format("[Red]#,##0"));
    CHECK_FALSE(is_date_format("General"));
    CHECK_FALSE(is_date_format("0;\"d\""));
    CHECK(builtin_number_format(4) == "#,##0.00");
    CHECK(builtin_number_format(999) == "General");
}

TEST_CASE("Excel's _xHHHH_ escapes decode, and _x005F_ keeps a literal", "[strings]") {
    std::string s = "a_x000D_b";
    decode_excel_escapes(s, 0);
    CHECK(s == "a\rb");
    s = "_x005F_x0041_";
    decode_excel_escapes(s, 0);
    CHECK(s == "_x0041_");
    s = "_xD83D__xDE00_";
    decode_excel_escapes(s, 0);
    CHECK(s == "\xF0\x9F\x98\x80");
    s = "_x12_ and _xZZZZ_";
    decode_excel_escapes(s, 0);
    CHECK(s == "_x12_ and _xZZZZ_");
}

TEST_CASE("shared formulas shift relative references only", "[formula]") {
    CHECK(shift_formula("SUM(B1:B2)", 1, 0) == "SUM(B2:B3)");
    CHECK(shift_formula("A1+$A$1+A$1+$A1", 2, 1) == "B3+$A$1+B$1+$A3");
    CHECK(shift_formula("LOG10(A1)", 1, 1) == "LOG10(B2)");
    CHECK(shift_formula("'Blad 1'!A1&\"A1\"", 1, 0) == "'Blad 1'!A2&\"A1\"");
    CHECK(shift_formula("SUM(A:A)+SUM(1:1)", 1, 1) == "SUM(B:B)+SUM(2:2)");
    CHECK(shift_formula("A1*1.5E+3", 0, 1) == "B1*1.5E+3");
    CHECK(shift_formula("A1", -1, 0) == "#REF!");
}

TEST_CASE("cell references: letters of either case, one '$' before each part, nothing else", "[cell_ref]") {
    CHECK(parse_cell_ref("b3") == CellRef{3, 2});
    CHECK(parse_cell_ref("xfd1048576") == CellRef{1048576, 16384});
    CHECK(parse_cell_ref("$A1") == CellRef{1, 1});
    CHECK(parse_cell_ref("A$1") == CellRef{1, 1});
    CHECK(parse_cell_ref("Z9999999") == std::nullopt);     // seven digits, beyond the grid
    CHECK(parse_cell_ref("A10000000") == std::nullopt);    // eight digits
    CHECK(parse_cell_ref("AAAA1") == std::nullopt);        // four letters
    CHECK(parse_cell_ref("$$A1") == std::nullopt);
    CHECK(parse_cell_ref("A$$1") == std::nullopt);
    CHECK(parse_cell_ref("A") == std::nullopt);
    CHECK(parse_cell_ref("A-1") == std::nullopt);
    CHECK(parse_cell_ref("A1 ") == std::nullopt);
    CHECK(parse_cell_ref("@1") == std::nullopt);           // the characters around the letters
    CHECK(parse_cell_ref("[1") == std::nullopt);
    CHECK(parse_cell_ref("`1") == std::nullopt);
    CHECK(parse_cell_ref("{1") == std::nullopt);
    CHECK(parse_cell_ref("\xc3\x84" "1") == std::nullopt);   // Ä
    CHECK(parse_cell_ref("A\xd9") == std::nullopt);
    CHECK(parse_cell_ref("A01") == std::nullopt);
}
