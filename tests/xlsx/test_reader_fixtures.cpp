// Reads the fixture workbooks written by other programs (openpyxl, XlsxWriter, gnumeric, LibreOffice, by hand)
// and checks sheets, names, date systems, cells and layout against what each generator put in.
// The expectations come from the generator scripts in tests/fixtures/ (see tests/fixtures/README.md).
#include "xlsx/cell.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"
#include "sheet_dump.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace ramkoll::xlsx;
using namespace ramkoll::test;

namespace {


const DefinedName* find_name(const Workbook& wb, std::string_view name,
                                    std::optional<std::size_t> sheet) {
    for (const auto& n : wb.defined_names())
        if (n.name == name && n.sheet == sheet) return &n;
    return nullptr;
}


// A number cell: the value, optionally the exact <v> text, and no formula.
void check_number(const OwnedCell& c, double value) {
    INFO("cell row " << c.ref.row << " col " << c.ref.col);
    CHECK(c.type == CellType::number);
    CHECK(c.number == Approx(value).epsilon(1e-12));
}

void check_string(const OwnedCell& c, std::string_view text, StringOrigin origin) {
    INFO("cell row " << c.ref.row << " col " << c.ref.col);
    CHECK(c.type == CellType::string);
    CHECK(c.text == text);
    CHECK(c.origin == origin);
}

void check_error(const OwnedCell& c, std::string_view text) {
    INFO("cell row " << c.ref.row << " col " << c.ref.col);
    CHECK(c.type == CellType::error);
    CHECK(c.text == text);
}

void check_bool(const OwnedCell& c, bool value) {
    INFO("cell row " << c.ref.row << " col " << c.ref.col);
    CHECK(c.type == CellType::boolean);
    CHECK(c.number == (value ? 1.0 : 0.0));
}

void check_formula(const OwnedCell& c, std::string_view formula) {
    INFO("cell row " << c.ref.row << " col " << c.ref.col);
    CHECK(c.has_formula);
    CHECK(c.formula == formula);
}

void check_no_formula(const OwnedCell& c) {
    INFO("cell row " << c.ref.row << " col " << c.ref.col);
    CHECK_FALSE(c.has_formula);
    CHECK(c.formula.empty());
}

// Cells come out row by row, left to right.
void check_document_order(const SheetDump& d) {
    for (std::size_t i = 1; i < d.cells.size(); ++i) {
        const CellRef a = d.cells[i - 1].ref, b = d.cells[i].ref;
        INFO("cell " << i << " of sheet '" << d.info.name << "'");
        CHECK((a.row < b.row || (a.row == b.row && a.col < b.col)));
    }
    CHECK(d.layout.cell_count == d.cells.size());
}

std::vector<std::string> sheet_names(const Workbook& wb) {
    std::vector<std::string> out;
    for (const auto& s : wb.sheets()) out.push_back(s.name);
    return out;
}

std::vector<std::uint32_t> rows(std::initializer_list<std::uint32_t> r) { return r; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// openpyxl: inline strings and no sharedStrings part, formulas without a cached value,
// every sheet state, workbook- and sheet-scoped and hidden defined names, merged and hidden rows.

TEST_CASE("openpyxl: sheets, states and defined names", "[xlsx][fixtures][openpyxl]") {
    const auto wb = Workbook::open(fixture("openpyxl-features.xlsx"));
    CHECK(sheet_names(wb) == std::vector<std::string>{"Budget 2019", "Nämnd åäö ÅÄÖ",
                                                      "Rektorns 'gamla' blad", "Mycket dold"});
    REQUIRE(wb.sheets().size() == 4);
    CHECK(wb.sheets()[0].state == SheetState::visible);
    CHECK(wb.sheets()[1].state == SheetState::visible);
    CHECK(wb.sheets()[2].state == SheetState::hidden);
    CHECK(wb.sheets()[3].state == SheetState::very_hidden);
    for (const auto& s : wb.sheets()) CHECK(s.kind == SheetKind::worksheet);
    CHECK(to_string(SheetState::visible) == "visible");
    CHECK(to_string(SheetState::hidden) == "hidden");
    CHECK(to_string(SheetState::very_hidden) == "veryHidden");

    CHECK(wb.find_sheet("Nämnd åäö ÅÄÖ") == std::optional<std::size_t>(1));
    CHECK(wb.find_sheet("Rektorns 'gamla' blad") == std::optional<std::size_t>(2));
    CHECK_FALSE(wb.find_sheet("nämnd åäö åäö").has_value());   // exact names only
    CHECK_FALSE(wb.find_sheet("Budget").has_value());

    CHECK(wb.date_system() == DateSystem::d1900);

    CHECK(wb.defined_names().size() == 3);
    const DefinedName* ramen = find_name(wb, "Ramen", std::nullopt);
    REQUIRE(ramen != nullptr);
    CHECK(ramen->ref == "'Budget 2019'!$B$6:$D$6");
    CHECK_FALSE(ramen->hidden);
    const DefinedName* lokal = find_name(wb, "Lokal", 1);
    REQUIRE(lokal != nullptr);
    CHECK(lokal->ref == "'Nämnd åäö ÅÄÖ'!$A$1");
    const DefinedName* dold = find_name(wb, "DoldRam", std::nullopt);
    REQUIRE(dold != nullptr);
    CHECK(dold->hidden);
    CHECK(dold->ref == "'Budget 2019'!$B$2");
}

TEST_CASE("openpyxl: budget sheet cells", "[xlsx][fixtures][openpyxl]") {
    const auto wb = Workbook::open(fixture("openpyxl-features.xlsx"));
    const auto d = dump_sheet(wb, 0);
    CHECK(d.info.name == "Budget 2019");
    check_document_order(d);
    CHECK(d.cells.size() == 34);

    check_string(d.at("A1"), "Budget (Tkr)", StringOrigin::inline_plain);
    check_number(d.at("B1"), 2019);
    check_number(d.at("D1"), 2021);
    check_string(d.at("A2"), "Intäkter", StringOrigin::inline_plain);
    check_number(d.at("B2"), -3400.0);
    CHECK(d.at("B2").raw == "-3400");
    check_number(d.at("B3"), 86075.1);
    CHECK(d.at("B3").raw == "86075.10000000001");   // openpyxl's text for the double 86075.1
    check_no_formula(d.at("B3"));
    check_number(d.at("D4"), 35905.4);
    check_number(d.at("C5"), 102.7);
    CHECK(wb.number_format(d.at("B3").style) == "#,##0.0");
    CHECK_FALSE(wb.is_date_style(d.at("B3").style));

    // openpyxl writes <f>SUM(B2:B5)</f><v></v>: no cached value, never 0.
    for (const char* ref : {"B6", "C6", "D6"}) {
        INFO(ref);
        CHECK(d.at(ref).type == CellType::uncomputed);
    }
    check_formula(d.at("B6"), "SUM(B2:B5)");
    check_formula(d.at("D6"), "SUM(D2:D5)");
    CHECK(wb.number_format(d.at("C6").style) == "#,##0.0");

    check_bool(d.at("A8"), true);
    check_bool(d.at("B8"), false);
    check_error(d.at("A9"), "#N/A");
    check_error(d.at("B9"), "#DIV/0!");
    check_no_formula(d.at("B9"));

    check_number(d.at("A10"), 43496);   // 2019-01-31
    CHECK(wb.number_format(d.at("A10").style) == "yyyy-mm-dd");
    CHECK(wb.is_date_style(d.at("A10").style));
    check_number(d.at("B10"), 43698);   // 2019-08-21
    CHECK(wb.number_format(d.at("B10").style) == "d mmmm yyyy");
    CHECK(wb.is_date_style(d.at("B10").style));
    check_number(d.at("C10"), 43496);   // a serial without a date format
    CHECK_FALSE(wb.is_date_style(d.at("C10").style));

    check_string(d.at("A12"), "Sammanfattning", StringOrigin::inline_plain);
    CHECK(d.find("B12") == nullptr);
    check_string(d.at("A14"), "dold rad", StringOrigin::inline_plain);

    const OwnedCell& far = d.at("Z100");
    CHECK(far.ref == CellRef{100, 26});
    check_string(far, "långt bort", StringOrigin::inline_plain);
    for (const auto& c : d.cells) CHECK((c.ref.row <= 15 || c.ref.row == 100));

    CHECK(d.layout.merged == std::vector<RangeRef>{range("A12", "D12")});
    CHECK(d.layout.hidden_rows == rows({14, 15}));
    CHECK(d.layout.hidden_cols.empty());
    REQUIRE(d.layout.dimension.has_value());
    CHECK(*d.layout.dimension == range("A1", "Z100"));
    REQUIRE(d.layout.used.has_value());
    CHECK(*d.layout.used == range("A1", "Z100"));
}

TEST_CASE("openpyxl: other sheets, including hidden and very hidden ones, can be read", "[xlsx][fixtures][openpyxl]") {
    const auto wb = Workbook::open(fixture("openpyxl-features.xlsx"));
    const auto named = dump_sheet(wb, 1);
    CHECK(named.info.name == "Nämnd åäö ÅÄÖ");
    check_string(named.at("A1"), "Kalle's", StringOrigin::inline_plain);
    CHECK(named.at("B1").type == CellType::uncomputed);
    check_formula(named.at("B1"), "'Budget 2019'!B6*2");
    check_string(named.at("A2"), "  mellanslag  ", StringOrigin::inline_plain);
    CHECK(named.cells.size() == 3);

    const auto hidden = dump_sheet(wb, 2);
    CHECK(hidden.info.state == SheetState::hidden);
    check_string(hidden.at("A1"), "gömd", StringOrigin::inline_plain);

    const auto very = dump_sheet(wb, 3);
    CHECK(very.info.state == SheetState::very_hidden);
    check_number(very.at("A1"), 42);
    CHECK(very.cells.size() == 1);
}

TEST_CASE("openpyxl: the 1904 date system", "[xlsx][fixtures][openpyxl][dates]") {
    const auto wb = Workbook::open(fixture("openpyxl-1904.xlsx"));
    CHECK(wb.date_system() == DateSystem::d1904);
    const auto d = dump_sheet(wb, 0);
    check_number(d.at("A1"), 42034);     // 2019-01-31 counted from 1904-01-01
    CHECK(wb.is_date_style(d.at("A1").style));
    CHECK(wb.number_format(d.at("A1").style) == "yyyy-mm-dd");
    check_number(d.at("A2"), 42034.5);   // 2019-01-31 12:00
    CHECK(wb.is_date_style(d.at("A2").style));
    CHECK(wb.number_format(d.at("A2").style) == "yyyy-mm-dd hh:mm");
    check_number(d.at("B1"), 1.5);
    CHECK_FALSE(wb.is_date_style(d.at("B1").style));
}

// ---------------------------------------------------------------------------------------------
// XlsxWriter (an Excel-style writer): shared strings with rich runs, cached formula values of
// every type, dates, a hidden row and sheet. The same checks run on the Strict OOXML rewrite.

namespace {

void check_xlsxwriter_features(const Workbook& wb) {
    CHECK(sheet_names(wb) == std::vector<std::string>{"Underlag", "Dold flik", "Kalle's 2020", "Diagram"});
    REQUIRE(wb.sheets().size() == 4);
    CHECK(wb.sheets()[0].state == SheetState::visible);
    CHECK(wb.sheets()[1].state == SheetState::hidden);
    CHECK(wb.sheets()[2].state == SheetState::visible);
    CHECK(wb.sheets()[3].state == SheetState::visible);
    CHECK(wb.sheets()[0].kind == SheetKind::worksheet);
    CHECK(wb.sheets()[2].kind == SheetKind::worksheet);
    CHECK(wb.sheets()[3].kind == SheetKind::chartsheet);
    CHECK(wb.sheets()[0].part == "xl/worksheets/sheet1.xml");
    CHECK(wb.sheets()[2].part == "xl/worksheets/sheet3.xml");
    CHECK(wb.sheets()[3].part == "xl/chartsheets/sheet1.xml");
    CHECK(wb.find_sheet("Diagram") == std::optional<std::size_t>(3));
    CHECK(wb.find_sheet("Kalle's 2020") == std::optional<std::size_t>(2));
    CHECK(wb.date_system() == DateSystem::d1900);

    CHECK(wb.defined_names().size() == 2);
    const DefinedName* totalt = find_name(wb, "Totalt", std::nullopt);
    REQUIRE(totalt != nullptr);
    CHECK(totalt->ref == "Underlag!$B$6:$D$6");
    const DefinedName* poster = find_name(wb, "Poster", 0);
    REQUIRE(poster != nullptr);
    CHECK(poster->ref == "Underlag!$A$2:$A$5");

    const auto d = dump_sheet(wb, 0);
    check_document_order(d);
    check_string(d.at("A1"), "Region Blekinge 2019", StringOrigin::shared_rich);
    check_string(d.at("A2"), "Intäkter", StringOrigin::shared);
    check_number(d.at("B2"), -3400);
    check_number(d.at("B3"), 86075.1);
    check_number(d.at("C4"), 35063.9);
    check_number(d.at("D5"), 102.7);
    CHECK(wb.number_format(d.at("B2").style) == "#,##0.0");
    check_string(d.at("A6"), "Totalt:", StringOrigin::shared);

    check_number(d.at("B6"), 117019.9);
    CHECK(d.at("B6").raw == "117019.9");
    check_formula(d.at("B6"), "SUM(B2:B5)");
    check_number(d.at("C6"), 117845.7);
    check_formula(d.at("C6"), "SUM(C2:C5)");
    // XlsxWriter writes <v>0</v> when it is given no result: the file does hold a cached 0.
    check_number(d.at("D6"), 0);
    check_formula(d.at("D6"), "SUM(D2:D5)");

    check_bool(d.at("A8"), true);
    check_no_formula(d.at("A8"));
    check_error(d.at("B8"), "#DIV/0!");
    check_formula(d.at("B8"), "1/0");
    check_error(d.at("C8"), "#N/A");
    check_formula(d.at("C8"), "NA()");
    check_string(d.at("D8"), "Region", StringOrigin::formula);
    check_formula(d.at("D8"), "\"Reg\"&\"ion\"");
    check_bool(d.at("E8"), true);
    check_formula(d.at("E8"), "B2<0");

    check_number(d.at("A9"), 43698);
    CHECK(wb.is_date_style(d.at("A9").style));
    check_number(d.at("B9"), 43706.75);
    CHECK(wb.is_date_style(d.at("B9").style));
    CHECK(wb.number_format(d.at("B9").style) == "d mmmm yyyy");
    check_number(d.at("C9"), 0.022);
    CHECK_FALSE(wb.is_date_style(d.at("C9").style));
    CHECK(wb.number_format(d.at("C9").style) == "0.0%");
    check_number(d.at("D9"), 1234567.89);
    CHECK_FALSE(wb.is_date_style(d.at("D9").style));

    check_string(d.at("A11"), "Kommentar", StringOrigin::shared);
    CHECK(d.find("B11") == nullptr);   // <c r="B11" s="5"/>: style only
    CHECK(d.layout.merged == std::vector<RangeRef>{range("A11", "D11")});
    check_string(d.at("A13"), "dold", StringOrigin::shared);
    CHECK(d.layout.hidden_rows == rows({13}));
    check_string(d.at("A14"), "  blanksteg  ", StringOrigin::shared);
    REQUIRE(d.layout.dimension.has_value());
    CHECK(*d.layout.dimension == range("A1", "F14"));
    check_string(d.at("F1"), "dold kolumn", StringOrigin::shared);
    CHECK(d.layout.hidden_cols == std::vector<std::uint32_t>{6});
    CHECK(d.cells.size() == 37);

    const auto hidden = dump_sheet(wb, 1);
    check_string(hidden.at("A1"), "hemlig", StringOrigin::shared);

    const auto kalle = dump_sheet(wb, 2);
    check_number(kalle.at("A1"), 117020.9);
    check_formula(kalle.at("A1"), "'Kalle''s 2020'!B1+Underlag!B6");
    check_number(kalle.at("B1"), 1);
}

}  // namespace

TEST_CASE("XlsxWriter: rich shared strings, cached formula results, dates", "[xlsx][fixtures][xlsxwriter]") {
    check_xlsxwriter_features(Workbook::open(fixture("xlsxwriter-features.xlsx")));
}

TEST_CASE("Strict OOXML namespaces read like transitional ones", "[xlsx][fixtures][strict]") {
    // strict-xlsxwriter.xlsx is xlsxwriter-features.xlsx with the ISO 29500 strict namespaces
    // and relationship types (make_strict.py).
    check_xlsxwriter_features(Workbook::open(fixture("strict-xlsxwriter.xlsx")));
}

TEST_CASE("XlsxWriter constant_memory: inline strings, 1904 dates", "[xlsx][fixtures][xlsxwriter][dates]") {
    const auto wb = Workbook::open(fixture("xlsxwriter-inline-1904.xlsx"));
    CHECK(wb.date_system() == DateSystem::d1904);
    CHECK(sheet_names(wb) == std::vector<std::string>{"Inline"});
    const auto d = dump_sheet(wb, 0);
    check_document_order(d);
    CHECK(d.cells.size() == 4);
    check_string(d.at("A1"), "Inline text", StringOrigin::inline_plain);
    check_string(d.at("A2"), "Rik text", StringOrigin::inline_rich);
    check_number(d.at("A3"), 42034);
    CHECK(wb.is_date_style(d.at("A3").style));
    check_number(d.at("B3"), 86075.1);
    CHECK_FALSE(wb.is_date_style(d.at("B3").style));
}

// ---------------------------------------------------------------------------------------------
// gnumeric's ssconvert: pretty-printed XML, inline strings (plain and rich), long decimal texts,
// cached values of every type, _xlnm names it adds itself.

TEST_CASE("gnumeric: sheets and defined names", "[xlsx][fixtures][gnumeric]") {
    const auto wb = Workbook::open(fixture("gnumeric-features.xlsx"));
    CHECK(sheet_names(wb) ==
          std::vector<std::string>{"Budget", "Ö-kommentarer å ä", "Kalle's anteckningar"});
    for (const auto& s : wb.sheets()) CHECK(s.state == SheetState::visible);
    CHECK(wb.date_system() == DateSystem::d1900);
    const DefinedName* totalt = find_name(wb, "Totalt", std::nullopt);
    REQUIRE(totalt != nullptr);
    CHECK(totalt->ref == "Budget!$B$7:$D$7");
    const DefinedName* poster = find_name(wb, "Poster", 0);
    REQUIRE(poster != nullptr);
    CHECK(poster->ref == "Budget!$A$3:$A$6");
    const DefinedName* title = find_name(wb, "_xlnm.Sheet_Title", 1);
    REQUIRE(title != nullptr);
    CHECK(title->ref == "\"Ö-kommentarer å ä\"");
    CHECK(wb.defined_names().size() == 8);
}

TEST_CASE("gnumeric: budget sheet cells and layout", "[xlsx][fixtures][gnumeric]") {
    const auto wb = Workbook::open(fixture("gnumeric-features.xlsx"));
    const auto d = dump_sheet(wb, 0);
    check_document_order(d);
    check_string(d.at("A1"), "Budget 2019–2021 (tkr)", StringOrigin::inline_plain);
    check_string(d.at("A2"), "Budget (Tkr)", StringOrigin::inline_plain);
    check_string(d.at("D2"), "Budget 2021", StringOrigin::inline_plain);
    check_string(d.at("A3"), "Intäkter", StringOrigin::inline_plain);
    check_number(d.at("B3"), -3400);
    check_number(d.at("B4"), 86075.1);
    CHECK(d.at("B4").raw == "86075.1000000000000014");   // gnumeric writes 21 significant digits
    check_number(d.at("C5"), 35063.9);
    CHECK(d.at("C5").raw == "35063.8999999999999986");
    check_number(d.at("D6"), 102.7);
    CHECK(wb.number_format(d.at("B4").style) == "#,##0.0");

    check_number(d.at("B7"), 117019.9);
    CHECK(d.at("B7").raw == "117019.900000000000006");
    check_formula(d.at("B7"), "SUM(B3:B6)");
    check_number(d.at("C7"), 117845.7);
    check_number(d.at("D7"), 118691.2);
    check_formula(d.at("D7"), "SUM(D3:D6)");
    CHECK(wb.number_format(d.at("D7").style) == "#,##0.0");

    check_error(d.at("A9"), "#DIV/0!");
    check_formula(d.at("A9"), "1/0");
    check_error(d.at("B9"), "#N/A");
    check_formula(d.at("B9"), "NA()");
    check_bool(d.at("C9"), true);
    check_no_formula(d.at("C9"));
    check_bool(d.at("D9"), true);
    check_formula(d.at("D9"), "B3<0");

    check_number(d.at("A10"), 43698);
    CHECK(wb.is_date_style(d.at("A10").style));
    check_number(d.at("B10"), 43706);
    check_formula(d.at("B10"), "A10+8");
    CHECK(wb.is_date_style(d.at("B10").style));

    // gnumeric writes the first run as <t>Region </t> without xml:space="preserve": Excel trims
    // each such run, so it shows "RegionBlekinge" (tests/fixtures/excel-reads/whitespace-trim.xlsx).
    check_string(d.at("A11"), "RegionBlekinge", StringOrigin::inline_rich);
    check_string(d.at("A12"), "dold", StringOrigin::inline_plain);
    check_string(d.at("A13"), "Region", StringOrigin::formula);
    check_formula(d.at("A13"), "\"Reg\"&\"ion\"");

    CHECK(d.layout.merged == std::vector<RangeRef>{range("A1", "D1")});
    CHECK(d.layout.hidden_rows == rows({12}));
    REQUIRE(d.layout.dimension.has_value());
    CHECK(*d.layout.dimension == range("A1", "D13"));
    CHECK(d.cells.size() == 34);

    const auto kalle = dump_sheet(wb, 2);
    check_number(kalle.at("A1"), 117.0199);
    check_formula(kalle.at("A1"), "Budget!B7/1000");
    check_string(kalle.at("A2"), "Kalle's", StringOrigin::inline_plain);
}

TEST_CASE("gnumeric: the 1904 date system", "[xlsx][fixtures][gnumeric][dates]") {
    const auto wb = Workbook::open(fixture("gnumeric-1904.xlsx"));
    CHECK(wb.date_system() == DateSystem::d1904);
    CHECK(sheet_names(wb) == std::vector<std::string>{"Datum 1904"});
    const auto d = dump_sheet(wb, 0);
    check_number(d.at("A1"), 42034);
    CHECK(wb.is_date_style(d.at("A1").style));
    check_number(d.at("B1"), 42035);
    check_formula(d.at("B1"), "A1+1");
    CHECK(wb.is_date_style(d.at("B1").style));
}

// ---------------------------------------------------------------------------------------------
// LibreOffice Calc: shared strings (one with rich runs), booleans written as "true"/"false"
// attributes, an escaped date format "yyyy\-mm\-dd", a hidden sheet, a sheet-scoped name.

TEST_CASE("LibreOffice: sheets and defined names", "[xlsx][fixtures][libreoffice]") {
    const auto wb = Workbook::open(fixture("libreoffice-features.xlsx"));
    CHECK(sheet_names(wb) == std::vector<std::string>{"Budget 2019", "Nämnd åäö", "Kalle's blad"});
    REQUIRE(wb.sheets().size() == 3);
    CHECK(wb.sheets()[0].state == SheetState::visible);
    CHECK(wb.sheets()[1].state == SheetState::hidden);
    CHECK(wb.sheets()[2].state == SheetState::visible);
    CHECK(wb.date_system() == DateSystem::d1900);   // written as date1904="false"

    CHECK(wb.defined_names().size() == 2);
    const DefinedName* totalt = find_name(wb, "Totalt", std::nullopt);
    REQUIRE(totalt != nullptr);
    CHECK(totalt->ref == "'Budget 2019'!$B$6:$D$6");
    CHECK_FALSE(totalt->hidden);   // written as hidden="false"
    const DefinedName* lokal = find_name(wb, "Lokal", 2);
    REQUIRE(lokal != nullptr);
    CHECK(lokal->ref == "'Kalle''s blad'!$A$1");
}

TEST_CASE("LibreOffice: budget sheet cells and layout", "[xlsx][fixtures][libreoffice]") {
    const auto wb = Workbook::open(fixture("libreoffice-features.xlsx"));
    const auto d = dump_sheet(wb, 0);
    check_document_order(d);
    check_string(d.at("A1"), "Budget (Tkr)", StringOrigin::shared);
    check_number(d.at("C1"), 2020);
    check_string(d.at("A2"), "Intäkter", StringOrigin::shared);
    check_number(d.at("B3"), 86075.1);
    CHECK(d.at("B3").raw == "86075.1");
    check_number(d.at("D4"), 35905.4);
    CHECK(wb.number_format(d.at("B3").style) == "#,##0.0");
    CHECK_FALSE(wb.is_date_style(d.at("B3").style));

    check_number(d.at("B6"), 117019.9);
    check_formula(d.at("B6"), "SUM(B2:B5)");
    check_number(d.at("C6"), 117845.7);
    check_number(d.at("D6"), 118691.2);
    check_formula(d.at("D6"), "SUM(D2:D5)");

    check_bool(d.at("A7"), true);
    CHECK_FALSE(wb.is_date_style(d.at("A7").style));   // "TRUE";"TRUE";"FALSE" is no date
    check_error(d.at("B7"), "#DIV/0!");
    check_formula(d.at("B7"), "1/0");
    check_error(d.at("C7"), "#N/A");
    check_formula(d.at("C7"), "NA()");
    check_string(d.at("D7"), "Region", StringOrigin::formula);
    check_formula(d.at("D7"), "\"Reg\"&\"ion\"");

    check_number(d.at("A8"), 43698);
    CHECK(wb.number_format(d.at("A8").style) == "yyyy\\-mm\\-dd");
    CHECK(wb.is_date_style(d.at("A8").style));
    check_number(d.at("B8"), 43706);
    check_formula(d.at("B8"), "A8+8");
    CHECK(wb.is_date_style(d.at("B8").style));
    check_number(d.at("C8"), 0.022);
    CHECK_FALSE(wb.is_date_style(d.at("C8").style));

    check_string(d.at("A9"), "Region Blekinge", StringOrigin::shared_rich);
    check_string(d.at("A10"), "Kommentar", StringOrigin::shared);
    CHECK(d.find("B10") == nullptr);
    check_string(d.at("A11"), "dold", StringOrigin::shared);
    check_string(d.at("C20"), "glest", StringOrigin::shared);
    for (const auto& c : d.cells) CHECK((c.ref.row <= 12 || c.ref.row == 20));

    // Formats a Swedish LibreOffice writes, and texts in them that look like date letters.
    check_number(d.at("A12"), 43698);
    CHECK(wb.number_format(d.at("A12").style) == "[$-41D]d\\ mmmm\\ yyyy");
    CHECK(wb.is_date_style(d.at("A12").style));
    check_number(d.at("B12"), 117019.9);
    CHECK(wb.number_format(d.at("B12").style) == "#,##0.0\" tkr\"");
    CHECK_FALSE(wb.is_date_style(d.at("B12").style));
    check_number(d.at("C12"), -3400);
    CHECK(wb.number_format(d.at("C12").style) == "#,##0.0;[RED]\\-#,##0.0");
    CHECK_FALSE(wb.is_date_style(d.at("C12").style));   // the D of [RED] is no day
    check_number(d.at("D12"), 3);
    CHECK(wb.number_format(d.at("D12").style) == "0\" dygn\"");
    CHECK_FALSE(wb.is_date_style(d.at("D12").style));   // quoted text is no date

    CHECK(d.layout.merged == std::vector<RangeRef>{range("A10", "D10")});
    CHECK(d.layout.hidden_rows == rows({11}));   // every other row says hidden="false"
    CHECK(d.cells.size() == 39);

    const auto hidden = dump_sheet(wb, 1);
    check_string(hidden.at("A1"), "gömd", StringOrigin::shared);
    const auto kalle = dump_sheet(wb, 2);
    check_number(kalle.at("A1"), 117019.9);
    check_formula(kalle.at("A1"), "'Budget 2019'!B6");
    check_string(kalle.at("B1"), "Kalle's", StringOrigin::shared);
}

TEST_CASE("LibreOffice: the 1904 date system", "[xlsx][fixtures][libreoffice][dates]") {
    const auto wb = Workbook::open(fixture("libreoffice-1904.xlsx"));
    CHECK(wb.date_system() == DateSystem::d1904);   // written as date1904="true"
    const auto d = dump_sheet(wb, 0);
    check_number(d.at("A1"), 42034);
    CHECK(wb.is_date_style(d.at("A1").style));
    check_number(d.at("B1"), 1.5);
    CHECK_FALSE(wb.is_date_style(d.at("B1").style));
}

// ---------------------------------------------------------------------------------------------
// Hand-made parts: what no program above writes.

TEST_CASE("hand-made: cells and rows without r, no sharedStrings part", "[xlsx][fixtures][handmade]") {
    const auto wb = Workbook::open(fixture("handmade-no-r.xlsx"));
    CHECK(sheet_names(wb) == std::vector<std::string>{"Utan r"});
    const auto d = dump_sheet(wb, 0);

    std::vector<CellRef> order;
    for (const auto& c : d.cells) order.push_back(c.ref);
    const std::vector<CellRef> want = {a1("A1"), a1("B1"), a1("C1"), a1("B2"), a1("C2"),
                                       a1("C5"), a1("D5"), a1("E5"), a1("A6"), a1("B6"),
                                       a1("C6"), a1("D6"), a1("A7")};
    CHECK(order == want);
    CHECK(d.layout.cell_count == want.size());

    check_string(d.at("A1"), "Konto", StringOrigin::inline_plain);
    check_number(d.at("B1"), 2019);
    check_number(d.at("C1"), 43496);
    CHECK(wb.is_date_style(d.at("C1").style));   // built-in format 14
    CHECK(d.find("A2") == nullptr);              // <c s="2"/>
    check_number(d.at("B2"), -3400.5);
    CHECK(wb.number_format(d.at("B2").style) == "#,##0.0");
    check_string(d.at("C2"), "Fet och mager", StringOrigin::inline_rich);
    check_number(d.at("C5"), 1);
    check_number(d.at("D5"), 2);
    check_string(d.at("E5"), "ab", StringOrigin::formula);
    check_formula(d.at("E5"), "\"a\"&\"b\"");

    const OwnedCell& iso = d.at("A6");
    CHECK(iso.iso_date);
    CHECK(iso.raw == "2019-08-21T00:00:00");
    CHECK(iso.number == Approx(43698));
    check_error(d.at("B6"), "#N/A");
    check_bool(d.at("C6"), false);
    CHECK(d.at("D6").type == CellType::uncomputed);   // <f> and no <v> at all
    check_formula(d.at("D6"), "SUM(B1:B2)");
    check_string(d.at("A7"), "Krönika & co", StringOrigin::inline_plain);
}

TEST_CASE("hand-made: x:-prefixed SpreadsheetML, absolute relationship target", "[xlsx][fixtures][handmade]") {
    const auto wb = Workbook::open(fixture("handmade-prefixed.xlsx"));
    CHECK(sheet_names(wb) == std::vector<std::string>{"Prefix"});
    REQUIRE(wb.sheets().size() == 1);
    CHECK(wb.sheets()[0].part == "xl/worksheets/blad1.xml");
    const DefinedName* alla = find_name(wb, "Alla", std::nullopt);
    REQUIRE(alla != nullptr);
    CHECK(alla->ref == "Prefix!$A$1:$B$2");

    const auto d = dump_sheet(wb, 0);
    CHECK(d.cells.size() == 4);
    check_string(d.at("A1"), "Prefixad", StringOrigin::shared);
    check_number(d.at("B1"), 117019.9);
    CHECK(wb.number_format(d.at("B1").style) == "#,##0.0");
    check_string(d.at("A2"), "Rik text", StringOrigin::shared_rich);
    check_number(d.at("B2"), 234039.8);
    check_formula(d.at("B2"), "B1*2");
    CHECK(d.layout.hidden_rows == rows({2}));
    CHECK(d.layout.merged == std::vector<RangeRef>{range("C1", "D2")});
    REQUIRE(d.layout.dimension.has_value());
    CHECK(*d.layout.dimension == range("A1", "D2"));
}

// ---------------------------------------------------------------------------------------------
// The bundled example (workbooks/exempel/regionstaben-2019.xlsx, written by ssconvert from seed 001).

TEST_CASE("example: regionstaben 2019 from seed 001", "[xlsx][fixtures][example]") {
    const auto wb = Workbook::open(std::filesystem::path(RAMKOLL_SOURCE_DIR) / "workbooks" / "exempel" /
                                   "regionstaben-2019.xlsx");
    CHECK(sheet_names(wb) == std::vector<std::string>{"Regionstaben"});
    const auto d = dump_sheet(wb, 0);
    check_document_order(d);
    check_string(d.at("A1"), "Budget för 2019 och ekonomisk plan 2020-2021 för regionstaben",
                 StringOrigin::inline_plain);
    check_string(d.at("A3"), "Budget (Tkr)", StringOrigin::inline_plain);
    check_string(d.at("B3"), "Budget 2019", StringOrigin::inline_plain);
    check_string(d.at("C3"), "Budget 2020", StringOrigin::inline_plain);
    check_string(d.at("D3"), "Budget 2021", StringOrigin::inline_plain);

    const char* labels[] = {"Intäkter", "Personal", "Drift", "Avskrivningar"};
    const double values[4][3] = {{-3400.0, -3400.0, -3400.0},
                                 {86075.1, 86079.1, 86083.1},
                                 {34242.1, 35063.9, 35905.4},
                                 {102.7, 102.7, 102.7}};
    const char* cols[] = {"B", "C", "D"};
    for (int r = 0; r < 4; ++r) {
        const std::string row = std::to_string(4 + r);
        check_string(d.at("A" + row), labels[r], StringOrigin::inline_plain);
        for (int c = 0; c < 3; ++c) {
            const OwnedCell& cell = d.at(std::string(cols[c]) + row);
            check_number(cell, values[r][c]);
            CHECK(wb.number_format(cell.style) == "#,##0.0");
        }
    }
    check_string(d.at("A8"), "Totalt:", StringOrigin::inline_plain);
    const double totals[] = {117019.9, 117845.7, 118691.2};
    for (int c = 0; c < 3; ++c) {
        const OwnedCell& cell = d.at(std::string(cols[c]) + "8");
        check_number(cell, totals[c]);
        check_formula(cell, std::string("SUM(") + cols[c] + "4:" + cols[c] + "7)");
    }
    CHECK(d.cells.size() == 25);
}

TEST_CASE("hand-made: byte order marks, an empty sheet, number texts, phonetic runs, escaped names",
          "[xlsx][fixtures][handmade]") {
    const auto wb = Workbook::open(fixture("handmade-edge.xlsx"));
    CHECK(sheet_names(wb) == std::vector<std::string>{"Tom", "Tal", "Drift & \"underhåll\""});
    CHECK(wb.find_sheet("Drift & \"underhåll\"") == std::optional<std::size_t>(2));
    // Sheet order comes from <sheets>, parts from the relationships: not from part numbers.
    REQUIRE(wb.sheets().size() == 3);
    CHECK(wb.sheets()[0].part == "xl/worksheets/sheet3.xml");
    CHECK(wb.sheets()[1].part == "xl/worksheets/sheet1.xml");
    CHECK(wb.sheets()[2].part == "xl/worksheets/sheet2.xml");

    const auto empty = dump_sheet(wb, 0);
    CHECK(empty.cells.empty());
    CHECK(empty.layout.cell_count == 0);
    CHECK_FALSE(empty.layout.used.has_value());
    CHECK_FALSE(empty.layout.dimension.has_value());
    CHECK(empty.layout.merged.empty());
    CHECK(empty.layout.hidden_rows.empty());

    const auto d = dump_sheet(wb, 1);
    CHECK(d.cells.size() == 14);
    check_number(d.at("A1"), 0.001);
    CHECK(d.at("A1").raw == "1E-3");
    check_number(d.at("B1"), 1.5e20);
    check_number(d.at("C1"), 0.0);
    CHECK(d.at("C1").raw == "-0");
    check_number(d.at("A2"), 4.2);
    CHECK(d.at("A2").raw == "4.2000000000000002");
    check_number(d.at("B2"), -1234567.125);
    check_number(d.at("C2"), 0.025);
    // <si><t>東京</t><rPh ...><t>トウキョウ</t></rPh>...</si>: the reading is not part of the text.
    check_string(d.at("A3"), "東京", StringOrigin::shared);
    check_string(d.at("B3"), "Drift & underhåll", StringOrigin::shared);
    // Number text with U+00A0, U+202F, U+2212 and U+2013 comes through byte for byte.
    check_string(d.at("A4"), "117\u00a0019,9", StringOrigin::inline_plain);
    check_string(d.at("B4"), "\u22123\u202f400,0", StringOrigin::inline_plain);
    check_string(d.at("C4"), "\u2013 410 mnkr", StringOrigin::inline_plain);
    check_number(d.at("A5"), 5.0);
    CHECK(d.at("A5").raw == "+5");
    // Beyond a double: Excel's #NUM! rather than infinity, and underflow to (negative) zero.
    CHECK(d.at("B5").type == CellType::error);
    CHECK(d.at("B5").text == "#NUM!");
    check_number(d.at("C5"), 0.0);
    CHECK(std::signbit(d.at("C5").number));
    REQUIRE(d.layout.used.has_value());
    CHECK(*d.layout.used == range("A1", "C5"));
    CHECK_FALSE(d.layout.dimension.has_value());

    const auto escaped = dump_sheet(wb, 2);
    CHECK(escaped.info.name == "Drift & \"underhåll\"");
    check_string(escaped.at("A1"), "Drift & underhåll", StringOrigin::shared);
}

TEST_CASE("XlsxWriter: 5000 rows stream through in order", "[xlsx][fixtures][xlsxwriter][volume]") {
    const auto wb = Workbook::open(fixture("xlsxwriter-volume.xlsx"));
    CHECK(sheet_names(wb) == std::vector<std::string>{"Rader"});
    SheetReader reader = wb.read_sheet(0);
    Cell cell;
    std::uint64_t count = 0;
    double sum_b = 0, sum_c = 0, sum_d = 0;
    std::uint32_t bad_order = 0, bad_text = 0, bad_formula = 0;
    CellRef last{0, 0};
    while (reader.next(cell)) {
        ++count;
        if (!(cell.ref.row > last.row || (cell.ref.row == last.row && cell.ref.col > last.col))) ++bad_order;
        last = cell.ref;
        const std::uint32_t i = cell.ref.row;
        switch (cell.ref.col) {
        case 1:
            if (cell.type != CellType::string || cell.text != "Konto " + std::to_string(i) ||
                cell.origin != StringOrigin::shared)
                ++bad_text;
            break;
        case 2: sum_b += cell.number; break;
        case 3: sum_c += cell.number; break;
        case 4:
            sum_d += cell.number;
            if (!cell.has_formula || cell.formula != fmt::format("B{}*2", i) ||
                cell.type != CellType::number || cell.number != 2.0 * i)
                ++bad_formula;
            break;
        default: FAIL("unexpected column " << cell.ref.col);
        }
    }
    CHECK(count == 20000);
    CHECK(reader.layout().cell_count == 20000);
    CHECK(bad_order == 0);
    CHECK(bad_text == 0);
    CHECK(bad_formula == 0);
    CHECK(last == CellRef{5000, 4});
    CHECK(sum_b == 12502500.0);       // 1 + 2 + ... + 5000
    CHECK(sum_c == 6251250.0);
    CHECK(sum_d == 25005000.0);
    REQUIRE(reader.layout().dimension.has_value());
    CHECK(*reader.layout().dimension == range("A1", "D5000"));
}
