// Feeds the reader the unreadable and hostile files in tests/fixtures/bad/ and checks the error kind
// and that describe() names the file and says what is wrong, in Swedish and in English.
#include "xlsx/error.hpp"
#include "xlsx/limits.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace ramkoll::xlsx;
using ramkoll::Lang;

namespace {

std::filesystem::path bad(std::string_view name) {
    return std::filesystem::path(RAMKOLL_SOURCE_DIR) / "tests" / "fixtures" / "bad" / std::string(name);
}

struct Caught {
    Error error;
    bool at_open;   // thrown by Workbook::open rather than while streaming a sheet
    std::vector<CellRef> cells_before;   // cells handed out before the error
};

// Opens the file and streams every sheet; returns the xlsx::Error that stops it.
std::optional<Caught> read_everything(const std::filesystem::path& path, const ReadLimits& limits = {}) {
    std::vector<CellRef> seen;
    std::optional<Workbook> wb;
    try {
        wb.emplace(Workbook::open(path, limits));
    } catch (const Error& e) {
        return Caught{e, true, seen};
    }
    try {
        for (std::size_t i = 0; i < wb->sheets().size(); ++i) {
            SheetReader reader = wb->read_sheet(i);
            Cell cell;
            while (reader.next(cell)) seen.push_back(cell.ref);
        }
    } catch (const Error& e) {
        return Caught{e, false, seen};
    }
    return std::nullopt;
}

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

// The error's kind, and both languages' messages name the file and contain the given words.
Caught expect_error(std::string_view file, ErrorKind kind, std::vector<std::string_view> sv,
                    std::vector<std::string_view> en, const ReadLimits& limits = {}) {
    INFO("fixture bad/" << file);
    const auto caught = read_everything(bad(file), limits);
    REQUIRE(caught.has_value());
    const Error& e = caught->error;
    const std::string msg_sv = describe(e, Lang::sv);
    const std::string msg_en = describe(e, Lang::en);
    INFO("kind " << static_cast<int>(e.kind()) << ", part '" << e.part() << "', detail '" << e.detail() << "'");
    INFO("sv: " << msg_sv);
    INFO("en: " << msg_en);
    CHECK(e.kind() == kind);
    CHECK(contains(msg_sv, file));
    CHECK(contains(msg_en, file));
    for (auto word : sv) CHECK(contains(msg_sv, word));
    for (auto word : en) CHECK(contains(msg_en, word));
    return *caught;
}

}  // namespace

TEST_CASE("bad input: a text file named .xlsx", "[xlsx][bad]") {
    const auto c = expect_error("not-a-zip.xlsx", ErrorKind::not_a_zip, {"inte en zip"}, {"not a zip"});
    CHECK(c.at_open);
}

TEST_CASE("bad input: an Excel 97-2003 .xls, also under an .xlsx name", "[xlsx][bad]") {
    // ssconvert -T Gnumeric_Excel:excel_biff8: an OLE compound file with a Workbook stream.
    const auto c = expect_error("legacy-biff8.xls", ErrorKind::legacy_xls, {"Excel 97-2003"}, {"Excel 97-2003"});
    CHECK(c.at_open);
    const auto r = expect_error("legacy-biff8-renamed.xlsx", ErrorKind::legacy_xls, {"Excel 97-2003"},
                                {"Excel 97-2003"});
    CHECK(r.at_open);
}

TEST_CASE("bad input: a password-protected workbook", "[xlsx][bad]") {
    // LibreOffice, password "hemligt": an OLE compound file with EncryptionInfo + EncryptedPackage.
    const auto c = expect_error("encrypted.xlsx", ErrorKind::encrypted, {"krypterad"}, {"encrypted"});
    CHECK(c.at_open);
}

TEST_CASE("bad input: a zip cut in half", "[xlsx][bad]") {
    const auto c = expect_error("truncated.xlsx", ErrorKind::corrupt_zip, {"trasig"}, {"truncated or damaged"});
    CHECK(c.at_open);
}

TEST_CASE("bad input: a zip entry whose CRC does not match its data", "[xlsx][bad]") {
    const auto c = expect_error("bad-crc.xlsx", ErrorKind::corrupt_zip, {"trasig"}, {"truncated or damaged"});
    CHECK(contains(c.error.part() + " " + c.error.detail(), "sheet1.xml"));
}

TEST_CASE("bad input: the zip has no xl/workbook.xml", "[xlsx][bad]") {
    const auto c = expect_error("missing-workbook.xlsx", ErrorKind::missing_part, {"saknas"}, {"missing"});
    CHECK(c.at_open);
    CHECK(contains(c.error.part() + " " + c.error.detail(), "workbook.xml"));
}

TEST_CASE("bad input: a sheet listed in the workbook is not in the zip", "[xlsx][bad]") {
    const auto c = expect_error("missing-sheet-part.xlsx", ErrorKind::missing_part, {"saknas"}, {"missing"});
    CHECK(contains(c.error.part() + " " + c.error.detail(), "sheet1.xml"));
}

TEST_CASE("bad input: a zip bomb (one sheet inflating 1028:1 to 200 MB)", "[xlsx][bad][limits]") {
    // Default limits: max_ratio 1000 is checked once an entry passes 16 MiB.
    const auto start = std::chrono::steady_clock::now();
    const auto c = expect_error("zip-bomb.xlsx", ErrorKind::limit_exceeded, {"gräns"}, {"limit"});
    const std::string msg_en = describe(c.error, Lang::en);
    const std::string msg_sv = describe(c.error, Lang::sv);
    INFO(msg_en);
    INFO(msg_sv);
    CHECK((contains(msg_en, "1000") || contains(msg_en, "1,000") || contains(msg_en, "1 000")));
    CHECK((contains(msg_sv, "1000") || contains(msg_sv, "1 000") || contains(msg_sv, "1\u00a0000")));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
}

TEST_CASE("bad input: the zip bomb with a tighter per-part limit", "[xlsx][bad][limits]") {
    ReadLimits limits;
    limits.max_part_bytes = 1u << 20;   // 1 MiB of inflated sheet XML
    const auto c = expect_error("zip-bomb.xlsx", ErrorKind::limit_exceeded, {"gräns"}, {"limit"}, limits);
    CHECK(contains(c.error.part() + " " + c.error.detail(), "sheet1.xml"));
}

TEST_CASE("bad input: a zip bomb whose headers claim 1 MiB", "[xlsx][bad][limits]") {
    // Declared sizes look harmless (ratio ~5); the deflate stream holds 200 MB. The reader must
    // stop with an error, quickly, whether it notices the size, the ratio or the CRC first.
    const auto start = std::chrono::steady_clock::now();
    const auto caught = read_everything(bad("zip-bomb-lying-size.xlsx"));
    REQUIRE(caught.has_value());
    const Error& e = caught->error;
    INFO("kind " << static_cast<int>(e.kind()) << ": " << describe(e, Lang::en));
    CHECK((e.kind() == ErrorKind::limit_exceeded || e.kind() == ErrorKind::corrupt_zip ||
           e.kind() == ErrorKind::xml_malformed));
    CHECK(contains(describe(e, Lang::en), "zip-bomb-lying-size.xlsx"));
    CHECK(caught->cells_before.empty());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
}

TEST_CASE("bad input: a lying zip bomb of 50 million tiny elements", "[xlsx][bad][limits]") {
    // Headers claim 1 MiB; the stream inflates to 200 MB of "<a/>": no long token, no cells, so
    // only a count of the bytes actually inflated (size, ratio or declared-size check) stops it.
    const auto start = std::chrono::steady_clock::now();
    const auto caught = read_everything(bad("zip-bomb-lying-elements.xlsx"));
    REQUIRE(caught.has_value());
    const Error& e = caught->error;
    INFO("kind " << static_cast<int>(e.kind()) << ": " << describe(e, Lang::en));
    CHECK((e.kind() == ErrorKind::limit_exceeded || e.kind() == ErrorKind::corrupt_zip));
    CHECK(contains(describe(e, Lang::en), "zip-bomb-lying-elements.xlsx"));
    CHECK(caught->cells_before.empty());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(120));
}

TEST_CASE("bad input: a DOCTYPE with entity declarations (billion laughs)", "[xlsx][bad][xml]") {
    const auto c = expect_error("billion-laughs.xlsx", ErrorKind::xml_dtd, {"DOCTYPE"}, {"DOCTYPE"});
    CHECK(c.error.part() == "xl/worksheets/sheet1.xml");
    CHECK(c.cells_before.empty());
}

TEST_CASE("bad input: a column past XFD", "[xlsx][bad][grid]") {
    const auto c = expect_error("beyond-grid-column.xlsx", ErrorKind::bad_reference, {"utanför Excels rutnät"},
                                {"outside Excel's grid"});
    CHECK(contains(describe(c.error, Lang::en), "XFE1"));
    CHECK(contains(describe(c.error, Lang::sv), "XFE1"));
    // XFD1, the last column of the grid, is a good cell and comes out first.
    CHECK(c.cells_before == std::vector<CellRef>{CellRef{1, max_cols}});
}

TEST_CASE("bad input: a row past 1048576", "[xlsx][bad][grid]") {
    const auto c = expect_error("beyond-grid-row.xlsx", ErrorKind::bad_reference, {"utanför Excels rutnät"},
                                {"outside Excel's grid"});
    CHECK(contains(describe(c.error, Lang::en), "1048577"));
    CHECK(contains(describe(c.error, Lang::sv), "1048577"));
    CHECK(c.cells_before == std::vector<CellRef>{CellRef{max_rows, 1}});
}

TEST_CASE("bad input: a shared-string index past the end of the table", "[xlsx][bad]") {
    expect_error("dangling-shared-string.xlsx", ErrorKind::bad_reference, {}, {});
}

TEST_CASE("bad input: a sheet part in UTF-16", "[xlsx][bad][xml]") {
    const auto c = expect_error("utf16-sheet.xlsx", ErrorKind::unsupported, {}, {});
    CHECK(c.error.part() == "xl/worksheets/sheet1.xml");
}

TEST_CASE("bad input: a sheet that is not well-formed XML", "[xlsx][bad][xml]") {
    const auto c = expect_error("malformed-xml.xlsx", ErrorKind::xml_malformed, {}, {});
    CHECK(c.error.part() == "xl/worksheets/sheet1.xml");
}

TEST_CASE("bad input: a file that does not exist", "[xlsx][bad]") {
    const auto c = expect_error("finns-inte.xlsx", ErrorKind::io, {}, {});
    CHECK(c.at_open);
    CHECK(c.error.system_error() == ENOENT);
    CHECK(describe(c.error, Lang::sv) == "finns-inte.xlsx: filen kan inte läsas (Filen eller mappen finns inte)");
    CHECK(describe(c.error, Lang::en) == "finns-inte.xlsx: the file cannot be read (No such file or directory)");
}
