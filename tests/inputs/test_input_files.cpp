// What an input folder gives (inputs::collect_files): workbooks, and also what only looks like
// a submission (a CSV or text file, a folder named like a workbook) so that the check names it;
// lock files, hidden files, other files and other folders stay out.
#include "../temp_dir.hpp"
#include "inputs/input_files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ramkoll;

namespace {

void touch(const fs::path& path) {
    std::ofstream out(path);
    out << "x\n";
    REQUIRE(out.good());
}

std::vector<std::string> names(const std::vector<fs::path>& files) {
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(f.filename().string());
    return out;
}

}  // namespace

TEST_CASE("an input folder lists text tables and folders named like a workbook, not lock or hidden files") {
    test::TempDir dir;
    for (const char* name : {"HSN-2024.xlsx", "KBN-2024.ods", "PN-2024.xlsb", "RS-2024.XLS", "SVN-2024.csv", "TN-2024.tsv",
                             "TVN-2024.txt", "~$HSN-2024.xlsx", ".HSN-2024.csv", "~$SVN-2024.csv", "make_inlamnat.py",
                             "README.md"})
        touch(dir.path / name);
    fs::create_directory(dir.path / "RUN-2024.xlsx");   // a folder named like a workbook: listed
    fs::create_directory(dir.path / "FF-2024");         // any other folder: not
    fs::create_directory(dir.path / ".git.xlsx");       // hidden: not
    touch(dir.path / "FF-2024" / "FF-2024.xlsx");       // folders are not entered

    const auto files = inputs::collect_files({dir.path});
    CHECK(names(files) == std::vector<std::string>{"HSN-2024.xlsx", "KBN-2024.ods", "PN-2024.xlsb", "RS-2024.XLS",
                                                   "RUN-2024.xlsx", "SVN-2024.csv", "TN-2024.tsv", "TVN-2024.txt"});
    CHECK(inputs::text_table_like("a.CSV"));
    CHECK(inputs::text_table_like("a.txt"));
    CHECK_FALSE(inputs::text_table_like("a.xlsx"));
    CHECK_FALSE(inputs::workbook_like("a.csv"));
}

TEST_CASE("a link out of the folder to a text table is not followed and is named") {
    test::TempDir dir;
    fs::create_directories(dir.path / "in");
    touch(dir.path / "HSN-2024.csv");
    fs::create_symlink(dir.path / "HSN-2024.csv", dir.path / "in" / "HSN-2024.csv");
    std::vector<fs::path> outside;
    const auto files = inputs::collect_files({dir.path / "in"}, &outside);
    CHECK(files.empty());
    CHECK(names(outside) == std::vector<std::string>{"HSN-2024.csv"});
}
