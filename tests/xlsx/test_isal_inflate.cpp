// Deflated zip entries are inflated by ISA-L: a sheet larger than the input and output
// chunks reads completely, and a wrong CRC-32 or damaged deflate data is a corrupt zip.
#include "temp_dir.hpp"
#include "xlsx/error.hpp"
#include "xlsx/one_sheet_workbook.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <optional>
#include <string>

using namespace ramkoll::xlsx;

namespace {

// Cells A1..A<rows> holding 1..rows (about 30 bytes of XML each).
std::string numbered_rows(int rows) {
    std::string xml;
    for (int r = 1; r <= rows; ++r)
        xml += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>" + std::to_string(r) + "</v></c></row>";
    return xml;
}

// Reads every cell; returns the error kind if reading failed (and its text in `message`).
std::optional<ErrorKind> read_all(const std::filesystem::path& path, double& sum, int& cells, std::string* message = nullptr) {
    try {
        const Workbook book = Workbook::open(path);
        SheetReader reader = book.read_sheet(0);
        Cell cell;
        while (reader.next(cell)) {
            sum += cell.number;
            ++cells;
        }
    } catch (const Error& e) {
        if (message) *message = e.part() + ": " + e.detail();
        return e.kind();
    }
    return std::nullopt;
}

std::string load(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void save(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace

TEST_CASE("a deflated sheet of many chunks inflates completely", "[xlsx][isal]") {
    const ramkoll::test::TempDir dir("isal");
    const auto path = dir.path / "big.xlsx";
    ramkoll::test::write_one_sheet_workbook(path, numbered_rows(60000));   // ~3 MB of XML
    double sum = 0;
    int cells = 0;
    CHECK_FALSE(read_all(path, sum, cells));
    CHECK(cells == 60000);
    CHECK(sum == 60000.0 * 60001 / 2);
}

TEST_CASE("a deflated sheet with a wrong CRC-32 or damaged data is a corrupt zip", "[xlsx][isal]") {
    const ramkoll::test::TempDir dir("isal");
    const auto path = dir.path / "bad.xlsx";
    ramkoll::test::write_one_sheet_workbook(path, numbered_rows(2000));
    const std::string good = load(path);
    const std::string name = "xl/worksheets/sheet1.xml";
    const auto local = good.find(name) - 30;             // local file header
    const auto central = good.find(name, local + 30 + name.size()) - 46;   // central directory entry
    REQUIRE(good.compare(local, 4, "PK\x03\x04") == 0);
    REQUIRE(good.compare(central, 4, "PK\x01\x02") == 0);

    // Reading the damaged file fails as a corrupt zip whose message contains `text`.
    auto expect_corrupt = [&](const std::string& bad, const std::string& text) {
        save(path, bad);
        double sum = 0;
        int cells = 0;
        std::string message;
        CHECK(read_all(path, sum, cells, &message) == ErrorKind::corrupt_zip);
        CHECK_THAT(message, Catch::Contains(text));
    };
    SECTION("CRC-32 changed in both headers") {
        std::string bad = good;
        bad[local + 14] = static_cast<char>(bad[local + 14] ^ 0x5A);
        bad[central + 16] = static_cast<char>(bad[central + 16] ^ 0x5A);
        expect_corrupt(bad, "CRC error");
    }
    SECTION("bytes in the middle of the deflate data changed") {
        std::string bad = good;
        const auto extra = static_cast<unsigned char>(good[local + 28]) | static_cast<unsigned char>(good[local + 29]) << 8;
        const auto data = local + 30 + name.size() + extra;
        for (std::size_t i = 0; i < 16; ++i) bad[data + 200 + i] = static_cast<char>(bad[data + 200 + i] ^ 0xFF);
        expect_corrupt(bad, "xl/worksheets/sheet1.xml: ");
    }
}
