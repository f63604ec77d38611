// WorkbookWriter: one sample workbook read back by ramkoll's own reader and by openpyxl,
// the Swedish number format codes, refused input, and the all-or-nothing file write.
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/writer.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace ramkoll::xlsx;

using ramkoll::test::TempDir;

namespace {

std::set<std::string> entries(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string budget = "Driftbudget 2027";
const std::string frames = "Nämndernas ramar";
const std::string lists = "Listor (bilaga 'B')";   // inner apostrophes are allowed

// The workbook every round-trip test reads. Cells are {row, column}, 1-based.
void write_sample(const fs::path& path) {
    WorkbookWriter book(path);
    const CellFormat header{.bold = true, .wrap = true};
    const CellFormat amount{.decimals = 0};
    const CellFormat amount1{.decimals = 1};
    const CellFormat share{.decimals = 1, .percent = true};
    const CellFormat total{.decimals = 0, .bold = true, .top_border = true};

    auto& drift = book.add_sheet(budget);
    drift.merge({{1, 1}, {1, 4}}, "Driftbudget 2027, tkr", {.bold = true});
    drift.write_text({2, 1}, "Nämnd", header);
    drift.write_text({2, 2}, "Budget", header);
    drift.write_text({2, 3}, "Förändring", header);
    drift.write_text({2, 4}, "Andel", header);
    drift.write_text({3, 1}, "Hälso- och sjukvårdsnämnden");
    drift.write_text({4, 1}, "Regionala utvecklingsnämnden");
    drift.write_text({5, 1}, "varav kollektivtrafik", {.italic = true, .indent = 1});
    drift.write_number({3, 2}, 1, amount);
    drift.write_number({4, 2}, 2, amount);
    drift.write_number({5, 2}, 3, amount);
    drift.write_number({3, 3}, -1234.5, amount1);
    drift.write_number({4, 3}, 0.1, amount1);
    drift.write_number({5, 3}, 0.2, amount1);
    drift.write_number({3, 4}, 0.031, share);
    drift.write_text({6, 1}, "Summa", total);
    drift.write_formula({6, 2}, "=SUM(B3:B5)", 6.0, total);
    drift.write_formula({6, 3}, "SUM(C3:C5)", -1234.2, {.decimals = 1, .bold = true, .top_border = true});
    drift.write_bool({3, 5}, true);
    drift.write_formula({4, 5}, "=\"Bilaga \"&1", "Bilaga 1");
    drift.write_blank({7, 2}, {.fill = 0xFFF2CC, .unlocked = true});
    drift.set_column_width(1, 1, 40);
    drift.set_column_width(2, 4, 12.5);
    drift.freeze_panes(2);
    drift.set_page_setup({.landscape = true,
                          .fit_to_width = true,
                          .repeat_rows = PageSetup::Rows{2, 2},
                          .header = "&CDriftbudget 2027",
                          .footer = "&LRegionstaben&RSida &P av &N"});
    drift.conditional_format({{3, 3}, {5, 3}}, "=C3<0", {.font_color = 0xC00000});

    auto& ramar = book.add_sheet(frames);
    ramar.write_text({1, 1}, "Åtgärd för ökad tillgänglighet");
    ramar.write_text({2, 1}, "Rad ett\nrad två", {.wrap = true});
    ramar.write_number({3, 2}, 2.0, {.decimals = 2, .unlocked = true});
    ramar.validate_decimal({{3, 2}, {10, 2}}, -1e9, 1e9, {.input = "Belopp i tkr", .error = "Ange ett tal"});
    ramar.validate_list({{3, 3}, {10, 3}}, {"Ja", "Nej", "Delvis"});
    ramar.protect();

    auto& listor = book.add_sheet(lists);
    listor.write_text({1, 1}, "Ja");
    listor.write_text({2, 1}, "Nej");
    listor.hide();

    book.define_name("Summa_drift", budget, {{6, 2}, {6, 2}});
    book.define_name("Val", lists, {{1, 1}, {2, 1}});
    book.set_properties(
        {.title = "Bilaga 1 – Driftbudget", .author = "Regionstaben", .created = 1'790'000'000});
    book.set_custom_property("Budgetår", "2027");
    book.close();
}

// A cell copied out of the streaming reader (its views die with the next call).
struct ReadCell {
    CellType type;
    StringOrigin origin;
    double number;
    std::string raw, text, formula, format;
    bool has_formula;
};

std::map<std::string, ReadCell> read_cells(const Workbook& wb, const std::string& sheet_name,
                                           SheetLayout* layout = nullptr) {
    auto index = wb.find_sheet(sheet_name);
    REQUIRE(index);
    auto sheet = wb.read_sheet(*index);
    std::map<std::string, ReadCell> cells;
    Cell cell;
    while (sheet.next(cell))
        cells[to_string(cell.ref)] = {cell.type, cell.origin, cell.number, std::string(cell.raw),
                                      std::string(cell.text), std::string(cell.formula),
                                      std::string(wb.number_format(cell.style)), cell.has_formula};
    if (layout) *layout = sheet.layout();
    return cells;
}

// Runs a command and returns its standard output.
std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    const int status = ::pclose(pipe);
    INFO(command << "\n" << out);
    REQUIRE(status == 0);
    return out;
}

// What openpyxl_read.py prints, as key -> value.
std::map<std::string, std::string> read_with_openpyxl(const fs::path& path) {
    if (std::system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") != 0)
        FAIL("/usr/bin/python3 cannot import openpyxl: install the Debian package python3-openpyxl "
             "(apt-get install python3-openpyxl; ./bootstrap test does this)");
    const auto script = fs::path(RAMKOLL_SOURCE_DIR) / "tests/xlsx/openpyxl_read.py";
    const auto out = run("/usr/bin/python3 '" + script.string() + "' '" + path.string() + "' 2>&1");
    std::map<std::string, std::string> facts;
    std::size_t start = 0;
    while (start < out.size()) {
        auto end = out.find('\n', start);
        if (end == std::string::npos) end = out.size();
        const auto line = out.substr(start, end - start);
        const auto tab = line.find('\t');
        if (tab != std::string::npos) facts[line.substr(0, tab)] = line.substr(tab + 1);
        start = end + 1;
    }
    return facts;
}

}  // namespace

TEST_CASE("amounts and percentages get en-US codes that Swedish Excel shows as '# ##0,0'") {
    CHECK(amount_format(0) == "#,##0");
    CHECK(amount_format(1) == "#,##0.0");
    CHECK(amount_format(2) == "#,##0.00");
    CHECK(percent_format(0) == "0%");
    CHECK(percent_format(1) == "0.0%");
    CHECK_THROWS_AS(amount_format(-1), std::invalid_argument);
    CHECK_THROWS_AS(percent_format(max_decimals + 1), std::invalid_argument);
}

TEST_CASE("the written workbook reads back through ramkoll's reader") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "bilaga 1.xlsx";
    write_sample(path);
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga 1.xlsx"});

    auto wb = Workbook::open(path);
    REQUIRE(wb.sheets().size() == 3);
    CHECK(wb.sheets()[0].name == budget);
    CHECK(wb.sheets()[1].name == frames);
    CHECK(wb.sheets()[2].name == lists);
    CHECK(wb.sheets()[0].state == SheetState::visible);
    CHECK(wb.sheets()[2].state == SheetState::hidden);

    std::map<std::string, std::string> names;
    for (const auto& name : wb.defined_names())
        if (!name.hidden && !name.sheet) names[name.name] = name.ref;
    CHECK(names["Summa_drift"] == "'Driftbudget 2027'!$B$6");
    CHECK(names["Val"] == "'Listor (bilaga ''B'')'!$A$1:$A$2");

    SheetLayout layout;
    auto cells = read_cells(wb, budget, &layout);
    CHECK(cells["A1"].text == "Driftbudget 2027, tkr");
    REQUIRE(layout.merged.size() == 1);
    CHECK(to_string(layout.merged[0]) == "A1:D1");
    CHECK(cells["A3"].text == "Hälso- och sjukvårdsnämnden");
    CHECK(cells["C2"].text == "Förändring");

    CHECK(cells["B3"].type == CellType::number);
    CHECK(cells["B3"].number == 1);
    CHECK(cells["B3"].format == "#,##0");
    CHECK(cells["C3"].number == -1234.5);
    CHECK(cells["C3"].format == "#,##0.0");
    CHECK(cells["C4"].number == 0.1);   // exact: the shortest text that reads back as 0.1
    CHECK(cells["C4"].raw == "0.1");
    CHECK(cells["D3"].number == 0.031);
    CHECK(cells["D3"].format == "0.0%");

    CHECK(cells["B6"].has_formula);
    CHECK(cells["B6"].formula == "SUM(B3:B5)");
    CHECK(cells["B6"].type == CellType::number);
    CHECK(cells["B6"].number == 6);
    CHECK(cells["C6"].formula == "SUM(C3:C5)");   // written without '=': same result
    CHECK(cells["C6"].number == -1234.2);
    CHECK(cells["A6"].text == "Summa");

    CHECK(cells["E3"].type == CellType::boolean);
    CHECK(cells["E3"].number == 1);
    CHECK(cells["E4"].formula == "\"Bilaga \"&1");
    CHECK(cells["E4"].type == CellType::string);
    CHECK(cells["E4"].origin == StringOrigin::formula);
    CHECK(cells["E4"].text == "Bilaga 1");

    auto ramar = read_cells(wb, frames);
    CHECK(ramar["A1"].text == "Åtgärd för ökad tillgänglighet");
    CHECK(ramar["A2"].text == "Rad ett\nrad två");
    CHECK(ramar["B3"].number == 2.0);
    CHECK(ramar["B3"].format == "#,##0.00");
}

TEST_CASE("the written workbook reads back through openpyxl") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "bilaga 1.xlsx";
    write_sample(path);
    auto facts = read_with_openpyxl(path);
    INFO("openpyxl saw " << facts.size() << " facts");

    CHECK(facts["sheets"] == budget + "|" + frames + "|" + lists);
    CHECK(facts["active"] == budget);
    CHECK(facts[lists + ".state"] == "hidden");
    CHECK(facts[budget + ".state"] == "visible");
    CHECK(facts["name.Summa_drift"] == "'Driftbudget 2027'!$B$6");
    CHECK(facts["name.Val"] == "'Listor (bilaga ''B'')'!$A$1:$A$2");
    CHECK(facts["property.title"] == "Bilaga 1 – Driftbudget");
    CHECK(facts["property.creator"] == "Regionstaben");
    CHECK(facts["custom.Budgetår"] == "2027");

    const auto cell = [&](const std::string& sheet, const std::string& ref,
                          const std::string& attribute = "") {
        return facts[sheet + "!" + ref + (attribute.empty() ? "" : "." + attribute)];
    };
    // Values, and formulas with the result a non-recalculating reader sees.
    CHECK(cell(budget, "A1") == "Driftbudget 2027, tkr");
    CHECK(cell(budget, "A3") == "Hälso- och sjukvårdsnämnden");
    CHECK(cell(budget, "B3") == "1");
    CHECK(cell(budget, "C3") == "-1234.5");
    CHECK(cell(budget, "C4") == "0.1");
    CHECK(cell(budget, "D3") == "0.031");
    CHECK(cell(budget, "B6") == "=SUM(B3:B5)");
    CHECK(cell(budget, "B6", "cached") == "6");
    CHECK(cell(budget, "C6") == "=SUM(C3:C5)");
    CHECK(cell(budget, "C6", "cached") == "-1234.2");
    CHECK(cell(budget, "E3") == "TRUE");
    CHECK(cell(budget, "E4") == "=\"Bilaga \"&1");
    CHECK(cell(budget, "E4", "cached") == "Bilaga 1");
    CHECK(cell(frames, "A2") == "Rad ett\\nrad två");

    // Formats.
    CHECK(cell(budget, "B3", "format") == "#,##0");
    CHECK(cell(budget, "C3", "format") == "#,##0.0");
    CHECK(cell(budget, "D3", "format") == "0.0%");
    CHECK(cell(frames, "B3", "format") == "#,##0.00");
    CHECK(cell(budget, "A3", "format") == "General");
    CHECK(cell(budget, "A1", "bold") == "TRUE");
    CHECK(cell(budget, "B2", "bold") == "TRUE");
    CHECK(cell(budget, "B2", "wrap") == "TRUE");
    CHECK(cell(budget, "A3", "bold") == "FALSE");
    CHECK(cell(budget, "B6", "bold") == "TRUE");
    CHECK(cell(budget, "B6", "top") == "thin");
    CHECK(cell(budget, "B5", "top") == "None");
    CHECK(cell(budget, "A5", "italic") == "TRUE");
    CHECK(cell(budget, "A5", "indent") == "1");
    CHECK(cell(budget, "A5", "align") == "left");
    CHECK(cell(budget, "B7") == "None");   // blank, but styled
    CHECK(cell(budget, "B7", "fill") == "FFFFF2CC");
    CHECK(cell(budget, "B7", "locked") == "FALSE");
    CHECK(cell(budget, "B3", "locked") == "TRUE");
    CHECK(cell(frames, "B3", "locked") == "FALSE");
    // Default + the distinct specs used: header, amount, amount1, share, total, total with
    // one decimal, bold title, italic indent, fill, wrap, two decimals unlocked.
    CHECK(facts["styles.cellXfs"] == "12");

    // Layout and printing.
    CHECK(facts[budget + ".merged"] == "A1:D1");
    CHECK(facts[budget + ".freeze"] == "A3");
    CHECK(facts[budget + ".width.A"].rfind("40.7", 0) == 0);   // Excel adds the cell padding
    CHECK(facts[budget + ".orientation"] == "landscape");
    CHECK(facts[budget + ".fit_to_page"] == "TRUE");
    CHECK(facts[budget + ".fit_width"] == "1");
    CHECK(facts[budget + ".fit_height"] == "0");
    CHECK(facts[budget + ".print_title_rows"] == "$2:$2");
    CHECK(facts[budget + ".oddHeader"] == "|Driftbudget 2027|");
    CHECK(facts[budget + ".oddFooter"] == "Regionstaben||Sida &P av &N");
    CHECK(facts[budget + ".conditional.C3:C5"] == "expression C3<0 font=FFC00000");
    CHECK(facts[budget + ".protected"] == "FALSE");

    // Template aids.
    CHECK(facts[frames + ".protected"] == "TRUE");
    CHECK(facts[frames + ".protect_format_columns"] == "FALSE");   // resizing stays allowed
    CHECK(facts[frames + ".validation.B3:B10"] ==
          "decimal between -1000000000 1000000000 Belopp i tkr Ange ett tal");
    CHECK(facts[frames + ".validation.C3:C10"] == "list None \"Ja,Nej,Delvis\" None None None");
}

TEST_CASE("filter buttons on a header row and links to cells of other files, as openpyxl reads them") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "granskning.xlsx";
    {
        WorkbookWriter book(path);
        auto& sheet = book.add_sheet("Avvikelser");
        sheet.write_text({1, 1}, "Nämnd", {.bold = true});
        sheet.write_text({1, 2}, "Cell", {.bold = true});
        sheet.write_text({2, 1}, "TN");
        sheet.write_file_link({2, 2}, "TN.xlsx!'Budget TN'!E9", "TN.xlsx", "'Budget TN'!E9");
        sheet.write_file_link({3, 2}, "HSN-2024.xlsx", "underlag/HSN-2024.xlsx");
        sheet.write_file_link({4, 2}, "nr#2.xlsx!Budget!C7", "nr#2.xlsx", "Budget!C7", {.bold = true});
        sheet.autofilter({{1, 1}, {4, 2}});
        CHECK_THROWS_WITH(sheet.write_file_link({5, 2}, "x", ""), Catch::Contains("needs a file"));
        CHECK_THROWS_WITH(sheet.write_file_link({6, 2}, "x", std::string(2100, 'a') + ".xlsx"),
                          Catch::Contains("2079"));
        CHECK_THROWS_WITH(sheet.autofilter({{4, 2}, {1, 1}}), Catch::Contains("above and left"));
        book.close();
    }
    auto facts = read_with_openpyxl(path);
    CHECK(facts["Avvikelser.autofilter"] == "A1:B4");
    CHECK(facts["Avvikelser!B2"] == "TN.xlsx!'Budget TN'!E9");   // the text stays what is shown
    CHECK(facts["Avvikelser!B2.link"] == "TN.xlsx#'Budget TN'!E9");
    CHECK(facts["Avvikelser!B3"] == "HSN-2024.xlsx");
    CHECK(facts["Avvikelser!B3.link"] == "underlag\\\\HSN-2024.xlsx#None");   // Excel's separator (escaped)
    CHECK(facts["Avvikelser!B4.link"] == "nr%232.xlsx#Budget!C7");
    CHECK(facts["Avvikelser!B4.bold"] == "TRUE");
    CHECK(facts["Avvikelser!A2.link"] == "");   // plain text has none
}

TEST_CASE("an equal CellFormat reuses one style however many cells use it") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "stilar.xlsx";
    {
        WorkbookWriter book(path);
        auto& sheet = book.add_sheet("Blad");
        for (std::uint32_t row = 1; row <= 200; ++row) {
            sheet.write_number({row, 1}, row, {.decimals = 1});
            sheet.write_number({row, 2}, row, CellFormat{.decimals = 1, .bold = row % 2 == 0});
            sheet.write_number({row, 3}, row);
        }
        book.close();
    }
    CHECK(read_with_openpyxl(path)["styles.cellXfs"] == "3");   // default, #,##0.0, bold #,##0.0
}

TEST_CASE("a hidden first sheet hands the active tab to the first visible one") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "dold.xlsx";
    WorkbookWriter book(path);
    book.add_sheet("Data").hide();
    book.add_sheet("Översikt").write_text({1, 1}, "Synlig");
    book.close();
    auto facts = read_with_openpyxl(path);
    CHECK(facts["Data.state"] == "hidden");
    CHECK(facts["active"] == "Översikt");
}

TEST_CASE("sheet names Excel would refuse are refused with the reason") {
    TempDir dir("ramkoll-writer");
    WorkbookWriter book(dir.path / "namn.xlsx");
    book.add_sheet("Åtgärder");
    const std::string thirty_one = "Ålderspension och äldreomsorg ö";   // 31 characters, 34 bytes
    REQUIRE(thirty_one.size() > 31);
    CHECK(book.add_sheet(thirty_one).name() == thirty_one);
    book.add_sheet("Regionens 'egna' medel");

    const auto refused = [&](const std::string& name, const std::string& reason) {
        INFO("sheet name: " << name);
        try {
            book.add_sheet(name);
            FAIL("accepted");
        } catch (const std::runtime_error& e) {
            const std::string what = e.what();
            CHECK_THAT(what, Catch::StartsWith((dir.path / "namn.xlsx").string()));
            CHECK_THAT(what, Catch::Contains(name));
            CHECK_THAT(what, Catch::Contains(reason));
        }
    };
    refused(thirty_one + "x", "at most 31");
    refused("", "empty");
    for (char c : std::string("[]:*?/\\")) refused(std::string("Budget") + c + "2027", "not allowed");
    refused("'Budget", "apostrophe");
    refused("Budget'", "apostrophe");
    refused("history", "reserved");
    refused("ÅTGÄRDER", "already");
    refused("åtgärder", "already");
    refused("Bad \xff byte", "UTF-8");
}

TEST_CASE("cells and values that cannot be stored are refused with file, sheet and cell") {
    TempDir dir("ramkoll-writer");
    WorkbookWriter book(dir.path / "fel.xlsx");
    auto& sheet = book.add_sheet("Ramar 2027");
    const auto refused = [](auto&& call, const std::string& part) {
        try {
            call();
            FAIL("accepted");
        } catch (const std::runtime_error& e) {
            CHECK_THAT(e.what(), Catch::Contains("fel.xlsx") && Catch::Contains("Ramar 2027") &&
                                     Catch::Contains(part));
        }
    };
    refused([&] { sheet.write_number({0, 1}, 1); }, "row 0");
    refused([&] { sheet.write_text({1, max_cols + 1}, "x"); }, "outside");
    refused([&] { sheet.write_number({2, 2}, std::nan("")); }, "B2");
    refused([&] { sheet.write_formula({2, 2}, "=1/0", INFINITY); }, "B2");
    refused([&] { sheet.write_text({3, 3}, std::string(32'768, 'x')); }, "C3");
    refused([&] { sheet.write_text({3, 3}, "\xc3"); }, "UTF-8");
    refused([&] { sheet.write_formula({4, 4}, "=", 0.0); }, "empty");
    refused([&] { sheet.merge({{1, 1}, {1, 1}}, "x"); }, "two cells");
    refused([&] { sheet.merge({{2, 2}, {1, 1}}, "x"); }, "above and left");
    refused([&] { sheet.validate_list({{1, 1}, {2, 1}}, {"a,b"}); }, "comma");
    refused([&] { sheet.validate_list({{1, 1}, {2, 1}}, {std::string(256, 'x')}); }, "255");
    refused([&] { sheet.validate_decimal({{1, 1}, {2, 1}}, 5, 1); }, "interval");
    refused([&] { sheet.write_number({1, 1}, 1, {.decimals = 11}); }, "decimals");
    CHECK_THROWS_WITH(book.define_name("Namn", "Saknas", {{1, 1}, {1, 1}}), Catch::Contains("Saknas"));
    const auto bad_name = [&](const std::string& name, const std::string& reason) {
        INFO("defined name: " << name);
        CHECK_THROWS_WITH(book.define_name(name, "Ramar 2027", {{1, 1}, {1, 1}}),
                          Catch::Contains("\"" + name + "\"") && Catch::Contains(reason));
    };
    bad_name("A1", "cell reference");
    bad_name("xfd1048576", "cell reference");
    bad_name("R2C3", "cell reference");
    bad_name("rc", "cell reference");
    bad_name("1år", "begins with");
    bad_name("Summa drift", "not allowed");
    bad_name("", "empty");
    book.define_name("Summa_år", "Ramar 2027", {{1, 1}, {1, 1}});
    book.define_name("CRC", "Ramar 2027", {{1, 1}, {1, 1}});
    bad_name("CR2027", "cell reference");   // column CR, row 2027
    bad_name("SUMMA_ÅR", "already defined");
}

TEST_CASE("the target appears only on close, and a replaced target is replaced whole") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "bilaga.xlsx";
    std::ofstream(path) << std::string(100'000, 'x');   // an older, larger file
    {
        WorkbookWriter book(path);
        book.add_sheet("Blad").write_number({1, 1}, 42);
        CHECK(read_all(path) == std::string(100'000, 'x'));   // untouched until close()
        CHECK(entries(dir.path).size() == 2);                 // the target and the temporary file
        book.close();
    }
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga.xlsx"});
    CHECK(read_all(path).substr(0, 2) == "PK");
    CHECK(read_with_openpyxl(path)["Blad!A1"] == "42");
}

TEST_CASE("a workbook given up half-way leaves the old target and no temporary file") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "bilaga.xlsx";
    std::ofstream(path) << "old content";
    try {
        WorkbookWriter book(path);
        book.add_sheet("Blad").write_number({1, 1}, 1);
        book.add_sheet("Blad/2");   // throws: '/' is not allowed
        book.close();
    } catch (const std::runtime_error&) {
    }
    CHECK(read_all(path) == "old content");
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga.xlsx"});
}

TEST_CASE("a failing close reports the path and leaves nothing behind") {
    TempDir dir("ramkoll-writer");
    SECTION("the target is a directory: the final rename fails") {
        const auto path = dir.path / "bilaga.xlsx";
        fs::create_directories(path / "inne");
        WorkbookWriter book(path);
        book.add_sheet("Blad").write_number({1, 1}, 1);
        CHECK_THROWS_WITH(book.close(), Catch::Contains(path.string()));
        CHECK(fs::is_directory(path / "inne"));
        CHECK(entries(dir.path) == std::set<std::string>{"bilaga.xlsx"});
        CHECK_THROWS_AS(book.close(), std::logic_error);
    }
    SECTION("every sheet hidden") {
        WorkbookWriter book(dir.path / "dold.xlsx");
        book.add_sheet("Blad").hide();
        CHECK_THROWS_WITH(book.close(), Catch::Contains("visible"));
        CHECK(entries(dir.path).empty());
    }
    SECTION("no sheet at all") {
        WorkbookWriter book(dir.path / "tom.xlsx");
        CHECK_THROWS_WITH(book.close(), Catch::Contains("at least one sheet"));
        CHECK(entries(dir.path).empty());
    }
    SECTION("calls after close are refused") {
        WorkbookWriter book(dir.path / "klar.xlsx");
        auto& sheet = book.add_sheet("Blad");
        book.close();
        CHECK_THROWS_AS(sheet.write_number({1, 1}, 1), std::logic_error);
        CHECK_THROWS_AS(book.add_sheet("Blad 2"), std::logic_error);
    }
}

TEST_CASE("a missing output directory is reported before any work is done") {
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "saknas" / "bilaga.xlsx";
    CHECK_THROWS_WITH(WorkbookWriter(path), Catch::Contains((dir.path / "saknas").string()));
    CHECK(entries(dir.path).empty());
}

// libxlsxwriter's lxw_tmpfile(), which every part of a workbook is written through before it
// is zipped, is ramkoll's (xlsx/writer.cpp): an anonymous memory file, no file on any disk.
extern "C" std::FILE* lxw_tmpfile(char* tmpdir);

TEST_CASE("a workbook's parts are kept in memory files, not temporary files on disk") {
    std::FILE* part = lxw_tmpfile(nullptr);
    REQUIRE(part != nullptr);
    const fs::path fd_link = fs::path("/proc/self/fd") / std::to_string(::fileno(part));
    CHECK(fs::read_symlink(fd_link).string().rfind("/memfd:ramkoll-xlsx-part", 0) == 0);
    // Written, rewound and read back, as libxlsxwriter does when it zips the part.
    const std::string xml(100000, 'x');
    REQUIRE(std::fwrite(xml.data(), 1, xml.size(), part) == xml.size());
    REQUIRE(std::fflush(part) == 0);
    std::rewind(part);
    std::string back(xml.size(), '\0');
    CHECK(std::fread(back.data(), 1, back.size(), part) == xml.size());
    CHECK(back == xml);
    std::fclose(part);

    // A whole workbook written that way reads back.
    TempDir dir("ramkoll-writer");
    const auto path = dir.path / "parts.xlsx";
    write_sample(path);
    CHECK(read_cells(Workbook::open(path), budget)["A1"].text == "Driftbudget 2027, tkr");
}
