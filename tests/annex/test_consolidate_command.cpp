// `ramkoll consolidate` on the command line: the clean example submissions give every annex
// file; a missing committee makes it refuse (exit 1, naming it) unless --utkast is given.
#include "submission/sheet_grid.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace ramkoll;
using ramkoll::test::TempDir;

namespace {

struct Run {
    int status = -1;
    std::string out, err;
};

Run ramkoll_run(const std::string& arguments, const fs::path& dir) {
    const auto out = dir / "stdout.txt";
    const auto err = dir / "stderr.txt";
    const std::string command = std::string(RAMKOLL_BINARY) + " " + arguments + " > '" + out.string() + "' 2> '" +
                                err.string() + "'";
    const int status = std::system(command.c_str());
    auto slurp = [](const fs::path& p) {
        std::ifstream in(p);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

std::string submissions(bool with_svn) {
    std::string files;
    for (const char* code : {"HSN", "TVN", "PN", "SVN", "TN", "KBN", "RUN", "RS", "FF"})
        if (with_svn || std::string(code) != "SVN")
            files += std::string(" " RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel/") + code + "-2024.xlsx";
    return files;
}

const std::string rules = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";

}  // namespace

TEST_CASE("ramkoll consolidate writes every annex and the combined workbook for clean submissions") {
    TempDir dir("ramkoll-consolidate");
    const auto out = dir.path / "bilagor";   // created by the command
    const Run run = ramkoll_run("consolidate " + rules + submissions(true) + " -o '" + out.string() + "'", dir.path);
    INFO(run.err);
    REQUIRE(run.status == 0);
    for (const char* name : {"Resultatbudget", "Nämndbudget", "Förfogandeanslag", "Satsningar", "Effektiviseringar",
                             "Sammanställning", "Interna", "Bilagor"})
        CHECK(fs::exists(out / (std::string(name) + ".xlsx")));
    CHECK(run.out.find("Bilagor.xlsx") != std::string::npos);
    const auto book = xlsx::Workbook::open(out / "Bilagor.xlsx");
    CHECK(book.sheets().size() == 7);
    const auto grid = submission::SheetGrid::read(book, 0);
    CHECK(grid.at({1, 1})->text == "Bilaga 1. Resultatbudget");
    // List rows only an annex reads (no rule reads Satsningar) reach the annex through the check.
    const auto items = submission::SheetGrid::read(xlsx::Workbook::open(out / "Satsningar.xlsx"), 0);
    bool found = false;
    for (std::uint32_t row = 1; row <= 60; ++row)
        for (std::uint32_t col = 1; col <= 3; ++col)
            if (const auto* cell = items.at({row, col}); cell && cell->text == "Bristyrkesutbildning Folkhögskolor") found = true;
    CHECK(found);
}

TEST_CASE("ramkoll consolidate refuses when a committee is in error, and writes a draft with --utkast") {
    TempDir dir("ramkoll-consolidate");
    const auto out = dir.path / "bilagor";
    const Run refused = ramkoll_run("consolidate " + rules + submissions(false) + " -o '" + out.string() + "'", dir.path);
    CHECK(refused.status == 1);
    CHECK(refused.err.find("SVN Samverkansnämnden") != std::string::npos);
    CHECK_FALSE(fs::exists(out));

    const Run draft = ramkoll_run("consolidate " + rules + submissions(false) + " -o '" + out.string() + "' --utkast", dir.path);
    INFO(draft.err);
    REQUIRE(draft.status == 0);
    const auto book = xlsx::Workbook::open(out / "Nämndbudget.xlsx");
    const auto grid = submission::SheetGrid::read(book, 0);
    CHECK(grid.at({3, 1})->text == "UTKAST – underlaget innehåller fel");
    CHECK(grid.at({4, 1})->text == "Nämnder med fel: SVN Samverkansnämnden");

    const Run english = ramkoll_run("--lang en consolidate " + rules + submissions(false) + " -o '" + out.string() + "'", dir.path);
    CHECK(english.status == 1);
    CHECK(english.err.find("Errors in: SVN Samverkansnämnden") != std::string::npos);
    CHECK(ramkoll_run("consolidate /nonexistent.rules " + submissions(true) + " -o '" + out.string() + "'", dir.path).status == 2);
}
