// Every reading limit through the command line: lowered below what a real file needs, the
// file is refused with exit 1 and a message naming the option that raises the limit; with
// the defaults the same file reads. --max-files refuses a run with exit 2.
#include "../run_ramkoll.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using ramkoll::test::run_ramkoll;

namespace {

const std::string features = RAMKOLL_SOURCE_DIR "/tests/fixtures/xlsxwriter-features.xlsx";
const std::string zip_bomb = RAMKOLL_SOURCE_DIR "/tests/fixtures/bad/zip-bomb.xlsx";
const std::string rules_file = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const std::string inlamnat = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";

void expect_refused(const std::string& option, const std::string& value, const std::string& file) {
    INFO(option << " " << value);
    const auto sv = run_ramkoll(option + " " + value + " inspect " + file);
    INFO(sv.output);
    CHECK(sv.exit_code == 1);
    CHECK_THAT(sv.output, Catch::Contains("går över en gräns") && Catch::Contains("(" + option + ")"));
    const auto en = run_ramkoll("--lang en " + option + " " + value + " inspect " + file);
    CHECK_THAT(en.output, Catch::Contains("exceeds a reading limit") && Catch::Contains(option));
}

}  // namespace

TEST_CASE("limits: the defaults read the test workbook", "[robust][limits]") {
    const auto run = run_ramkoll("inspect " + features);
    INFO(run.output);
    CHECK(run.exit_code == 0);
}

TEST_CASE("limits: --max-file-size", "[robust][limits]") {
    expect_refused("--max-file-size", "4kb", features);   // the file is 9 512 bytes
    CHECK(run_ramkoll("--max-file-size 10kb inspect " + features).exit_code == 0);
}

TEST_CASE("limits: --max-total-size (all inflated parts of one workbook)", "[robust][limits]") {
    expect_refused("--max-total-size", "8kb", features);   // its parts inflate to 22 693 bytes
    CHECK(run_ramkoll("--max-total-size 32kb inspect " + features).exit_code == 0);
}

TEST_CASE("limits: --max-ratio (compression ratio of a part past 16 MiB)", "[robust][limits]") {
    expect_refused("--max-ratio", "100", zip_bomb);   // 1 028:1
}

TEST_CASE("limits: --max-cells (per sheet)", "[robust][limits]") {
    expect_refused("--max-cells", "5", features);
    CHECK(run_ramkoll("--max-cells 100 inspect " + features).exit_code == 0);
}

TEST_CASE("limits: --max-shared-strings", "[robust][limits]") {
    expect_refused("--max-shared-strings", "3", features);
}

TEST_CASE("limits: --max-xml-depth", "[robust][limits]") {
    expect_refused("--max-xml-depth", "3", features);   // worksheet > sheetData > row > c > v
}

TEST_CASE("limits: --max-string-length (one cell's text)", "[robust][limits]") {
    expect_refused("--max-string-length", "4", features);
}

TEST_CASE("limits: --max-formula-length", "[robust][limits]") {
    expect_refused("--max-formula-length", "5", features);   // SUM(B2:B5)
}

TEST_CASE("limits: a file past a limit in check is an error for that file, the others are checked", "[robust][limits]") {
    // The limit lies between the two files' sizes: HSN's is past it, TVN's is not.
    const auto hsn = std::filesystem::file_size(inlamnat + "/HSN-2024.xlsx");
    const auto tvn = std::filesystem::file_size(inlamnat + "/TVN-2024.xlsx");
    REQUIRE(tvn + 2 < hsn);
    const auto limit = std::to_string((hsn + tvn) / 2);
    const auto run = run_ramkoll("--max-file-size " + limit + " check " + rules_file + " " + inlamnat + "/HSN-2024.xlsx " +
                                 inlamnat + "/TVN-2024.xlsx");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.output, Catch::Contains("HSN-2024.xlsx: filen går över en gräns") &&
                               Catch::Contains("(--max-file-size)"));
    CHECK_THAT(run.output, Catch::Contains("TVN Tandvårdsnämnden (TVN-2024.xlsx): OK"));
}

TEST_CASE("limits: --max-files refuses a run with more submissions, exit 2", "[robust][limits]") {
    const auto run = run_ramkoll("--max-files 3 check " + rules_file + " " + inlamnat);
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Catch::Contains("fler än gränsen 3 per körning") && Catch::Contains("--max-files"));
    CHECK(run_ramkoll("--max-files 11 check " + rules_file + " " + inlamnat).exit_code != 2);
}

TEST_CASE("limits: a limit option that is no number is a command-line error, exit 2", "[robust][limits]") {
    CHECK(run_ramkoll("--max-cells many inspect " + features).exit_code == 2);
    CHECK(run_ramkoll("--max-file-size 0 inspect " + features).exit_code == 2);
}
