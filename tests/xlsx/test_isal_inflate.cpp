// Deflated zip entries are inflated by ISA-L: a sheet larger than the input and output
// chunks reads completely, a wrong CRC-32 or damaged deflate data is a corrupt zip, and
// reading leaves no vector register's upper half dirty for the SSE code after it.
#include "skip.hpp"
#include "temp_dir.hpp"
#include "xlsx/isal_inflater.hpp"
#include "xlsx/raw_deflate.hpp"
#include "xlsx/error.hpp"
#include "xlsx/one_sheet_workbook.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include <cpuid.h>

#include <cstdint>
#include <cstring>
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

namespace {

// XINUSE (xgetbv with ecx = 1): which register state components are not in their initial
// state. Bit 2: the upper halves of ymm0–15; bit 6: the upper halves of zmm0–15.
std::uint64_t registers_in_use() {
    std::uint32_t low = 0, high = 0;
    asm volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(1));
    return (std::uint64_t{high} << 32) | low;
}
constexpr std::uint64_t upper_halves = (1u << 2) | (1u << 6);

}  // namespace

TEST_CASE("inflating leaves the upper halves of the vector registers clean", "[xlsx][isal]") {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__builtin_cpu_supports("avx")) return ramkoll::test::skip("the CPU has no AVX: no upper halves to leave dirty");
    if (!__get_cpuid_count(0xd, 1, &a, &b, &c, &d) || (a & (1u << 2)) == 0)
        return ramkoll::test::skip("the CPU cannot tell which registers are in use (no XGETBV with ECX=1)");

    std::string plain;
    for (int i = 0; i < 20000; ++i) plain += "<c r=\"B" + std::to_string(i) + "\"><v>" + std::to_string(i * 7) + "</v></c>";
    const std::string packed = ramkoll::test::raw_deflate(plain, 6, 8);

    std::size_t given = 0;
    IsalInflater inflater([&](char* buffer, std::size_t size) {
        const std::size_t n = std::min(size, packed.size() - given);
        std::memcpy(buffer, packed.data() + given, n);
        given += n;
        return n;
    });
    std::string out(plain.size() + 1, '\0');
    // Dirty, as AVX code that returns without vzeroupper leaves them (ISA-L's AVX-512 CRC-32).
    asm volatile("vpcmpeqb %%ymm0, %%ymm0, %%ymm0" ::: "xmm0");
    REQUIRE((registers_in_use() & upper_halves) != 0);
    const std::size_t n = inflater.read(out.data(), out.size());
    const std::uint64_t in_use = registers_in_use();
    CHECK((in_use & upper_halves) == 0);
    out.resize(n);
    CHECK(out == plain);
}
