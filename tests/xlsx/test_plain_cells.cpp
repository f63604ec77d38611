// The sheet reader's fast path for plain cells (<c r=".." t=".."><v>..</v></c>) against the
// general token-by-token path: the same cells, layout and errors whichever path reads them,
// and numbers parsed exactly as std::from_chars parses them.
#include "temp_dir.hpp"
#include "xlsx/one_sheet_workbook.hpp"
#include "xlsx/error.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include <charconv>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace ramkoll::xlsx;

namespace {

struct Seen {
    std::string ref, raw, text, formula;
    CellType type;
    StringOrigin origin;
    double number;
    std::uint32_t style;
    bool has_formula;
    bool operator==(const Seen&) const = default;
};

std::vector<Seen> read_cells(const std::string& rows, SheetLayout* layout = nullptr) {
    const ramkoll::test::TempDir dir("plain-cells");
    ramkoll::test::write_one_sheet_workbook(dir.path / "test.xlsx", rows);
    const Workbook book = Workbook::open(dir.path / "test.xlsx");
    SheetReader reader = book.read_sheet(0);
    std::vector<Seen> out;
    Cell cell;
    while (reader.next(cell))
        out.push_back({to_string(cell.ref), std::string(cell.raw), std::string(cell.text), std::string(cell.formula),
                       cell.type, cell.origin, cell.number, cell.style, cell.has_formula});
    if (layout) *layout = reader.layout();
    return out;
}

// The same cells in a shape the fast paths leave to the general path: an attribute no reading
// uses, with a space before its '=' (which the fast paths refuse and XML allows), on every <c>
// and <row>.
std::string general_shape(const std::string& rows) {
    std::string out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        bool tag = false;
        for (const std::string_view name : {"<c", "<row"})
            if (rows.compare(i, name.size(), name) == 0 && i + name.size() < rows.size() &&
                (rows[i + name.size()] == ' ' || rows[i + name.size()] == '>' || rows[i + name.size()] == '/')) {
                out.append(name).append(" g =\"\"");
                i += name.size() - 1;
                tag = true;
            }
        if (!tag) out += rows[i];
    }
    return out;
}

// The same rows read as they are (the fast paths) and in the general shape.
struct BothPaths {
    SheetLayout fast_layout, general_layout;
    std::vector<Seen> fast, general;
};
BothPaths read_both(const std::string& rows) {
    BothPaths both;
    both.fast = read_cells(rows, &both.fast_layout);
    both.general = read_cells(general_shape(rows), &both.general_layout);
    return both;
}

// An error's words without its byte offset, which the general shape's extra attribute moves.
std::string without_offset(std::string message) {
    if (const auto at = message.rfind(" (byte "); at != std::string::npos) message.erase(at);
    return message;
}

// Bad rows or cells fail with the same words on both paths.
void check_same_error(const std::string& bad) {
    std::string fast_error, general_error;
    try { read_cells(bad); } catch (const Error& e) { fast_error = e.what(); }
    try { read_cells(general_shape(bad)); } catch (const Error& e) { general_error = e.what(); }
    INFO(bad);
    CHECK_FALSE(fast_error.empty());
    CHECK(without_offset(fast_error) == without_offset(general_error));
}

}  // namespace

TEST_CASE("plain cells read the same through the fast path and the general path", "[xlsx][plain]") {
    const std::string rows =
        R"(<row r="1"><c r="A1"><v>42</v></c><c r="B1" s="3"><v> -1.25 </v></c><c r="C1" t="b"><v>1</v></c>)"
        R"(<c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="str"><v>a_x000D_b</v></c><c r="F1" t="str"><v></v></c>)"
        R"(<c r="G1" t="inlineStr"/><c r="H1" s="2"/><c r="I1"></c><c r="J1" t="d"><v>2024-01-15</v></c>)"
        R"(<c r="K1"><v>1e400</v></c><c r="L1"><v>+7</v></c><c r="M1" cm="1" t="n"><v>0.1</v></c><c r="N1" x='a"b' t="n"><v>4</v></c></row>)"
        R"(<row r="3"><c><v>1</v></c><c s="1"><v>2</v></c><c r="$Z$3" t='n'><v>3</v></c></row>)";
    const auto [fast_layout, general_layout, fast, general] = read_both(rows);
    REQUIRE(fast.size() == 15);
    CHECK(fast == general);
    CHECK(fast_layout.used == general_layout.used);
    CHECK(fast_layout.cell_count == general_layout.cell_count);
    CHECK(fast[1].number == -1.25);
    CHECK(fast[1].style == 3);
    CHECK(fast[4].text == "a\rb");
    CHECK(fast[8].type == CellType::error);   // 1e400: Excel's #NUM!
    CHECK(fast[11].number == 4);   // the other quote inside a value is plain
    CHECK(fast[12].ref == "A3");
    CHECK(fast[13].ref == "B3");
    CHECK(fast[14].ref == "Z3");
}

TEST_CASE("style indexes: digits only, up to 2^64 - 1, else style 0", "[xlsx][plain]") {
    const auto cells = read_cells(
        R"(<row r="1"><c r="A1" s=" 7 "><v>1</v></c><c r="B1" s="4294967295"><v>1</v></c>)"
        R"(<c r="C1" s="18446744073709551615"><v>1</v></c><c r="D1" s="18446744073709551616"><v>1</v></c>)"
        R"(<c r="E1" s="+7"><v>1</v></c><c r="F1" s="-1"><v>1</v></c><c r="G1" s=""><v>1</v></c></row>)");
    REQUIRE(cells.size() == 7);
    CHECK(cells[0].style == 7);
    CHECK(cells[1].style == 4294967295u);
    CHECK(cells[2].style == 4294967295u);   // 2^64 - 1, cut to 32 bits
    for (std::size_t i = 3; i < cells.size(); ++i) CHECK(cells[i].style == 0);
}

TEST_CASE("cells that are not plain still go through the general path", "[xlsx][plain]") {
    const auto cells = read_cells(
        R"(<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c>)"
        R"(<c r="C1"><v>1&#48;</v></c><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="D1"><x:v>5</x:v></x:c></row>)");
    REQUIRE(cells.size() == 4);
    CHECK(cells[0].formula == "1+1");
    CHECK(cells[0].number == 2);
    CHECK(cells[1].text == "x");
    CHECK(cells[2].number == 10);
    CHECK(cells[3].ref == "D1");
    CHECK(cells[3].number == 5);
}

TEST_CASE("r, s and t values with references, tabs or odd quoting read as the general path reads them", "[xlsx][plain]") {
    const std::string odd =
        R"(<row r="1"><c r="A1" t="&#110;"><v>1</v></c><c r="B&#49;"><v>2</v></c><c r="C1" s="&#50;"><v>3</v></c>)"
        R"(<c r="D1" t="s&#116;r"><v>x</v></c><c r="E1" s="1	"><v>5</v></c><c r="F1" s='2' t="n"><v>6</v></c>)"
        R"(<c r="G1" t="n" s="1"><v>7</v></c><c t="n" r="H1"><v>8</v></c></row>)";
    const auto fast = read_cells(odd);
    const auto general = read_cells(general_shape(odd));
    REQUIRE(fast.size() == 8);
    CHECK(fast == general);
    CHECK(fast[1].ref == "B1");
    CHECK(fast[2].style == 2);
    CHECK(fast[3].text == "x");
    CHECK(fast[7].ref == "H1");
}

TEST_CASE("rows read the same through the fast path and the general path", "[xlsx][plain]") {
    const std::string rows =
        R"(<row r="1" spans="1:3" hidden="1" ht="20" customHeight="1" x14ac:dyDescent="0.25"><c r="A1"><v>1</v></c></row>)"
        R"(<row hidden="true"><c r="B2"><v>2</v></c></row>)"   // no r: the row after
        "\n  "
        R"(<row r="4" hidden="0"><c><v>4</v></c></row><row r="5" hidden='1'><c><v>5</v></c></row>)"
        R"(<row r="6" hidden="&#49;"><c><v>6</v></c></row><row r="7"/><row r="8" s="2" customFormat="1"></row>)"
        R"(<row r="9" xml:space="preserve"><c><v>9</v></c></row>)"
        R"(<row r="11" xmlns:q="urn:q" q:x="1"><c><v>11</v></c></row>)"
        R"(<row r="12" spans="1:1"  ><c><v>12</v></c>)"
        "\n</row>\n<row r=\"13\">"
        R"(<c><v>13</v></c></row>)";
    const auto [fast_layout, general_layout, fast, general] = read_both(rows);
    REQUIRE(fast.size() == 9);
    CHECK(fast == general);
    CHECK(fast_layout.hidden_rows == general_layout.hidden_rows);
    CHECK(fast_layout.hidden_rows == std::vector<std::uint32_t>{1, 2, 5, 6});
    CHECK(fast[1].ref == "B2");
    CHECK(fast[2].ref == "A4");
    CHECK(fast.back().ref == "A13");
    CHECK(fast_layout.used == general_layout.used);
}

TEST_CASE("a first r of the plain shape is read while scanned, any other as parse_cell_ref reads it", "[xlsx][plain]") {
    const std::string rows =
        R"(<row r="5"><c r="A5"><v>1</v></c><c r="ab5"><v>2</v></c><c r="$AC$5"><v>3</v></c>)"
        R"(<c r="AD5"/><c r="AE5" s="1"><v>4</v></c><c r="XFD5"><v>5</v></c></row>)"
        R"(<row r="1048576"><c r="C1048576" t="n"><v>6</v></c><c s="2" r="D1048576"><v>7</v></c></row>)";
    const auto [fast_layout, general_layout, fast, general] = read_both(rows);
    REQUIRE(fast.size() == 7);
    CHECK(fast == general);
    CHECK(fast[0].ref == "A5");
    CHECK(fast[1].ref == "AB5");
    CHECK(fast[2].ref == "AC5");
    CHECK(fast[4].ref == "XFD5");
    CHECK(fast[5].ref == "C1048576");
    CHECK(fast[6].ref == "D1048576");
    CHECK(fast_layout.used == general_layout.used);
}

TEST_CASE("the fast path reports bad references as the general path does", "[xlsx][plain]") {
    for (const std::string bad : {R"(<row><c r="A01"><v>1</v></c></row>)", R"(<row><c r="AAAA1"><v>1</v></c></row>)",
                                  R"(<row><c r="A12345678"><v>1</v></c></row>)", R"(<row><c r="A1048577"><v>1</v></c></row>)",
                                  R"(<row><c r="XFE1"><v>1</v></c></row>)", R"(<row><c r="1A"><v>1</v></c></row>)",
                                  R"(<row><c r="A"><v>1</v></c></row>)", R"(<row><c r=""><v>1</v></c></row>)",
                                  R"(<row><c r="A1B"><v>1</v></c></row>)"})
        check_same_error(bad);
}

TEST_CASE("the fast path reports bad rows as the general path does", "[xlsx][plain]") {
    for (const std::string bad : {R"(<row r="0"><c><v>1</v></c></row>)", R"(<row r="1048577"></row>)",
                                  R"(<row r="x"></row>)", R"(<row r="1" q:x="1"></row>)",
                                  R"(<row r="1"><c><v>1</v></c></row><row r="2"r="3"></row>)",
                                  R"(<row r="1"></row><row r="2"></c>)"})
        check_same_error(bad);
}

TEST_CASE("the fast path reports bad cells as the general path does", "[xlsx][plain]") {
    for (const std::string bad : {R"(<row><c r="XFE1"><v>1</v></c></row>)", R"(<row><c r="A1"><v>x1</v></c></row>)",
                                  R"(<row><c r="A1" t="q"><v>1</v></c></row>)", R"(<row><c r="A1" t="b"><v>2</v></c></row>)",
                                  R"(<row><c r="A1"t="n"><v>1</v></c></row>)", R"(<row><c r="A1" t="n><v>1</v></c></row>)"})
        check_same_error(bad);
}

TEST_CASE("numbers parse exactly as std::from_chars parses them", "[xlsx][plain]") {
    std::mt19937_64 random(20261123);
    std::vector<std::string> texts = {"0", "-0", "0.0", "-0.000", "123456789012345", "1234567890123456",
                                      "999999999999999.9", "0.1", "0.30000000000000004", "9007199254740993",
                                      "1.", ".5", "00012.50", "1e5", "-2.5E-3", "4.35", "2897334583502.452637"};
    for (int i = 0; i < 3000; ++i) {
        std::uint64_t limit = 10;   // 1 to 18 digits: most within the fast path's 15, some beyond
        for (auto n = random() % 18; n > 0; --n) limit *= 10;
        const auto digits = std::to_string(random() % limit);
        const auto cut = random() % (digits.size() + 1);
        std::string text(random() % 2 ? "-" : "");
        text.append(digits, 0, cut);
        if (cut == 0) text.push_back('0');
        if (cut < digits.size()) text.append(1, '.').append(digits, cut);
        texts.push_back(std::move(text));
    }
    std::string rows = "<row r=\"1\">";
    for (const auto& text : texts) rows += "<c><v>" + text + "</v></c>";
    rows += "</row>";
    const auto cells = read_cells(rows);
    REQUIRE(cells.size() == texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        double expected = 0;
        std::from_chars(texts[i].data(), texts[i].data() + texts[i].size(), expected);
        INFO(texts[i]);
        CHECK(std::memcmp(&cells[i].number, &expected, sizeof expected) == 0);
    }
}
