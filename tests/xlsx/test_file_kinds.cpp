// Files that are no xlsx workbook, named for what they are whatever their name: an OpenDocument
// spreadsheet, a binary .xlsb, a CSV or text file, a folder; each error says how to fix it, in
// Swedish and English. The zips are written by make_file_kinds.py.
#include "../run_ramkoll.hpp"
#include "../temp_dir.hpp"
#include "xlsx/error.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

namespace fs = std::filesystem;
using namespace ramkoll;
using xlsx::ErrorKind;

namespace {

// Makes the zips of make_file_kinds.py in `dir`.
void make_file_kinds(const fs::path& dir) {
    const auto run = test::run_command("/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/xlsx/make_file_kinds.py " +
                                       test::quoted(dir.string()));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
}

std::optional<xlsx::Error> open_error(const fs::path& path) {
    try {
        xlsx::Workbook::open(path, {});
    } catch (const xlsx::Error& e) {
        return e;
    }
    return std::nullopt;
}

bool contains(const std::string& text, std::string_view words) { return text.find(words) != std::string::npos; }

// The kind of the error opening `path` gives, and that both languages name the file and say the words.
void expect_kind(const fs::path& path, ErrorKind kind, std::string_view sv, std::string_view en) {
    INFO(path.filename().string());
    const auto e = open_error(path);
    REQUIRE(e.has_value());
    const auto msg_sv = xlsx::describe(*e, Lang::sv);
    const auto msg_en = xlsx::describe(*e, Lang::en);
    INFO(msg_sv);
    INFO(msg_en);
    CHECK(e->kind() == kind);
    CHECK(msg_sv.starts_with(path.filename().string() + ": "));
    CHECK(msg_en.starts_with(path.filename().string() + ": "));
    CHECK(contains(msg_sv, sv));
    CHECK(contains(msg_en, en));
}

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

}  // namespace

TEST_CASE("file kinds: an OpenDocument spreadsheet, also under an .xlsx name", "[xlsx][bad]") {
    test::TempDir dir;
    make_file_kinds(dir.path);
    for (const char* name : {"sheet.ods", "sheet-ods.xlsx"})
        expect_kind(dir.path / name, ErrorKind::opendocument, "filen är ett OpenDocument-kalkylark (.ods); spara det som .xlsx",
                    "the file is an OpenDocument spreadsheet (.ods); save it as .xlsx");
    // Another OpenDocument file is no spreadsheet: not a workbook, its type named.
    expect_kind(dir.path / "text.odt", ErrorKind::not_a_zip, "application/vnd.oasis.opendocument.text",
                "application/vnd.oasis.opendocument.text");
}

TEST_CASE("file kinds: a binary Excel workbook (.xlsb), also under an .xlsx name", "[xlsx][bad]") {
    test::TempDir dir;
    make_file_kinds(dir.path);
    for (const char* name : {"book.xlsb", "book-xlsb.xlsx"})
        expect_kind(dir.path / name, ErrorKind::binary_xlsb, "filen är en binär Excel-arbetsbok (.xlsb); spara den som .xlsx",
                    "the file is a binary Excel workbook (.xlsb); save it as .xlsx");
}

TEST_CASE("file kinds: a CSV, TSV or text file is a text table, an empty one too", "[xlsx][bad]") {
    test::TempDir dir;
    write(dir.path / "HSN-2024.csv", "Rad;2024;2025;2026\nDrift;1 000,0;1 024,0;1 049,6\n");
    write(dir.path / "HSN-2024.tsv", "Rad\t2024\nDrift\t1000\n");
    write(dir.path / "HSN-2024.TXT", "<html>ingen arbetsbok</html>\n");
    write(dir.path / "tom.csv", "");
    for (const char* name : {"HSN-2024.csv", "HSN-2024.tsv", "HSN-2024.TXT", "tom.csv"})
        expect_kind(dir.path / name, ErrorKind::text_table, "filen är en CSV-fil (text), inte en arbetsbok; spara den som .xlsx",
                    "the file is a CSV file (text), not a workbook; save it as .xlsx");
    // A text file named .xlsx stays "not a zip"; a real xlsx named .csv is read as the workbook it is.
    fs::copy_file(dir.path / "HSN-2024.csv", dir.path / "text.xlsx");
    expect_kind(dir.path / "text.xlsx", ErrorKind::not_a_zip, "inte en zip-fil", "not a zip file");
    fs::copy_file(RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel/HSN-2024.xlsx", dir.path / "HSN-xlsx.csv");
    CHECK_FALSE(open_error(dir.path / "HSN-xlsx.csv").has_value());
}

TEST_CASE("file kinds: a folder named like a workbook", "[xlsx][bad]") {
    test::TempDir dir;
    fs::create_directory(dir.path / "HSN-2024.xlsx");
    expect_kind(dir.path / "HSN-2024.xlsx", ErrorKind::folder, "det är en mapp, inte en fil", "it is a folder, not a file");
}
