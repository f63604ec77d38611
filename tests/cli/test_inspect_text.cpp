// `ramkoll inspect --sheet` of a sheet whose cell lines outgrow what is held in memory (4 MiB):
// the sheet's line still comes first with its used range and cell count, then every cell's line
// in sheet order, each once.
#include "process.hpp"
#include "temp_dir.hpp"

#include "xlsx/writer.hpp"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace ramkoll::test;

TEST_CASE("inspect: the text output of a sheet of 150,000 cells, its line before its cells") {
    TempDir dir{"inspect-text"};
    const auto book_path = dir.path / "stor.xlsx";
    constexpr std::uint32_t rows = 30'000, cols = 5;
    {
        ramkoll::xlsx::WorkbookWriter book(book_path);
        auto& sheet = book.add_sheet("Data");
        for (std::uint32_t r = 1; r <= rows; ++r)
            for (std::uint32_t c = 1; c <= cols; ++c) sheet.write_number({r, c}, r * 10.0 + c);
        book.close();
    }
    const auto done = run_ramkoll({"--lang", "en", "inspect", "--sheet", "Data", book_path.string()}, dir.path);
    REQUIRE(done.exit_code == 0);
    REQUIRE(done.out.size() > (std::size_t{5} << 20));   // more than is held in memory
    std::istringstream lines(done.out);
    std::string line;
    std::vector<std::string> cells;
    bool sheet_line = false;
    while (std::getline(lines, line)) {
        if (line.starts_with("   1  Data")) {
            CHECK(cells.empty());
            CHECK(line.find("A1:E30000") != std::string::npos);
            CHECK(line.find("150000 cells") != std::string::npos);
            sheet_line = true;
        } else if (line.starts_with("    ")) {
            cells.push_back(line);
        }
    }
    CHECK(sheet_line);
    REQUIRE(cells.size() == std::size_t{rows} * cols);
    CHECK(cells.front().starts_with("    A1       number"));
    CHECK(cells.front().ends_with(" 11"));
    CHECK(cells[cols].starts_with("    A2 "));
    CHECK(cells.back().starts_with("    E30000   number"));
    CHECK(cells.back().ends_with(" 300005"));
}

TEST_CASE("inspect: the held lines come out the same into a file, a pipe and a file opened for appending") {
    TempDir dir{"inspect-text-out"};
    const auto book_path = dir.path / "stor.xlsx";
    {
        ramkoll::xlsx::WorkbookWriter book(book_path);
        auto& sheet = book.add_sheet("Data");
        for (std::uint32_t r = 1; r <= 25'000; ++r)
            for (std::uint32_t c = 1; c <= 5; ++c) sheet.write_number({r, c}, r * 10.0 + c);
        sheet.write_text({25'001, 1}, "sist");
        book.close();
    }
    const auto to_file = run_ramkoll({"--lang", "en", "inspect", "--sheet", "Data", book_path.string()}, dir.path);
    REQUIRE(to_file.exit_code == 0);
    REQUIRE(to_file.out.size() > (std::size_t{5} << 20));   // beyond what is held in memory
    CHECK(to_file.out.ends_with("\"sist\"\n"));
    const std::string command = std::string(RAMKOLL_BINARY) + " --lang en inspect --sheet Data '" + book_path.string() + "'";
    const auto piped = dir.path / "piped.txt", appended = dir.path / "appended.txt";
    REQUIRE(std::system((command + " | cat > '" + piped.string() + "'").c_str()) == 0);
    { std::ofstream(appended) << "before\n"; }
    REQUIRE(std::system((command + " >> '" + appended.string() + "'").c_str()) == 0);
    CHECK(read_file(piped) == to_file.out);
    CHECK(read_file(appended) == "before\n" + to_file.out);
}
