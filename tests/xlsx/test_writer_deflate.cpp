// How the writer deflates a workbook's parts (xlsx/writer.cpp takes minizip's
// zipOpenNewFileInZip4_64): zlib level 1 with a 4 K-entry hash table (memLevel 5) and a 32 KB
// window, raw deflate. Every part of a written workbook is recompressed here with exactly
// those settings and must come out byte for byte as stored; with zlib's defaults (level 6,
// memLevel 8), as libxlsxwriter asks, a large part comes out otherwise. A workbook of at most
// 1,000 cells stores its parts instead, and reads back the same.
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/writer.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"
#include "xlsx/raw_deflate.hpp"

#include <fmt/format.h>
#include <zip.h>
#include <zlib.h>

#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ramkoll::xlsx;
using ramkoll::test::TempDir;
using ramkoll::test::raw_deflate;

namespace {

std::string entry(zip_t* zip, zip_uint64_t index, zip_flags_t flags, zip_uint64_t size) {
    zip_file_t* file = zip_fopen_index(zip, index, flags);
    REQUIRE(file != nullptr);
    std::string data(size, '\0');
    CHECK(zip_fread(file, data.data(), size) == static_cast<zip_int64_t>(size));
    zip_fclose(file);
    return data;
}

}  // namespace

TEST_CASE("a written workbook's parts are deflated at level 1 with a small hash table", "[writer]") {
    TempDir dir("ramkoll-deflate");
    const auto path = dir.path / "parts.xlsx";
    {
        WorkbookWriter book(path);
        auto& sheet = book.add_sheet("Blad");
        for (std::uint32_t row = 1; row <= 3000; ++row) {   // a sheet part of a few hundred KB
            sheet.write_text({row, 1}, fmt::format("Rad {} av förvaltningens underlag", row % 97));
            sheet.write_number({row, 2}, row * 1.5);
        }
        book.close();
    }
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
    REQUIRE(zip != nullptr);
    const auto entries = zip_get_num_entries(zip, 0);
    REQUIRE(entries >= 5);
    std::size_t largest = 0;
    bool defaults_differ = false;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) == 0);
        INFO(st.name);
        CHECK(st.comp_method == ZIP_CM_DEFLATE);
        const auto plain = entry(zip, static_cast<zip_uint64_t>(i), 0, st.size);
        const auto stored = entry(zip, static_cast<zip_uint64_t>(i), ZIP_FL_COMPRESSED, st.comp_size);
        CHECK(stored == raw_deflate(plain, 1, 5));
        largest = std::max<std::size_t>(largest, plain.size());
        if (plain.size() > 100000) defaults_differ = defaults_differ || stored != raw_deflate(plain, Z_DEFAULT_COMPRESSION, 8);
    }
    zip_close(zip);
    CHECK(largest > 100000);
    CHECK(defaults_differ);
}

namespace {

// Every entry's zip method, after writing `cells` numbers (1, 2, …) down column A.
std::vector<zip_uint16_t> methods_after(const fs::path& path, std::uint32_t cells) {
    {
        WorkbookWriter book(path);
        auto& sheet = book.add_sheet("Blad");
        for (std::uint32_t row = 1; row <= cells; ++row) sheet.write_number({row, 1}, row);
        book.close();
    }
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
    REQUIRE(zip != nullptr);
    std::vector<zip_uint16_t> methods;
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) == 0);
        methods.push_back(st.comp_method);
    }
    zip_close(zip);
    return methods;
}

}  // namespace

TEST_CASE("a workbook of at most 1000 cells stores its parts, a larger one deflates them, and both read back", "[writer]") {
    TempDir dir("ramkoll-stored");
    for (const std::uint32_t cells : {1u, 1000u, 1001u}) {
        INFO(cells << " cells");
        const auto path = dir.path / fmt::format("book-{}.xlsx", cells);
        const auto methods = methods_after(path, cells);
        REQUIRE(methods.size() >= 5);
        const auto expected = cells <= 1000 ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        for (const auto method : methods) CHECK(method == expected);

        const auto book = Workbook::open(path, ReadLimits{});
        auto reader = book.read_sheet(0);
        Cell cell;
        std::uint32_t read = 0;
        while (reader.next(cell)) {
            ++read;
            CHECK(cell.ref == CellRef{read, 1});
            CHECK(cell.number == read);
        }
        CHECK(read == cells);
    }
}
