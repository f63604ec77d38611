// Faults around a run: an output folder that cannot be written, a full disk (a small tmpfs,
// skipped with a message where mounting is not allowed), an input that disappears between
// listing and reading, an input that changes while it is being read. Each gives a clear error,
// earlier outputs stay as they were and no temporary file is left behind.
#include "../run_ramkoll.hpp"
#include "../temp_dir.hpp"
#include "../tmpfs.hpp"
#include "bundled_rounds.hpp"
#include "rules/loader.hpp"
#include "inputs/input_files.hpp"
#include "validate/check.hpp"
#include "xlsx/error.hpp"
#include "xlsx/sheet_reader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace ramkoll;
using test::quoted;
using test::run_ramkoll;
using test::TempDir;
using test::Tmpfs;

namespace {

const std::string rules_file = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const fs::path inlamnat = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::set<std::string> names_in(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& entry : fs::directory_iterator(dir)) out.insert(entry.path().filename().string());
    return out;
}

std::string check_with_outputs(const fs::path& out) {
    return "check " + rules_file + " " + quoted(inlamnat.string()) + " --json " + quoted((out / "r.json").string()) +
           " --report " + quoted((out / "report.xlsx").string());
}

// Both outputs written once, as a run before the fault would have left them.
void write_previous_outputs(const fs::path& out) {
    const auto first = run_ramkoll(check_with_outputs(out));
    INFO(first.output);
    REQUIRE(first.exit_code <= 1);   // 1: the example set has findings
    REQUIRE(fs::file_size(out / "report.xlsx") > 0);
    REQUIRE(fs::file_size(out / "r.json") > 0);
}

}  // namespace

TEST_CASE("faults: an output folder that cannot be written", "[robust][faults]") {
    TempDir dir("ramkoll-readonly-out");
    const fs::path out = dir.path / "ut";
    fs::create_directories(out);
    Tmpfs tmpfs(out, "4m");
    write_previous_outputs(out);
    const std::string json = read(out / "r.json"), report = read(out / "report.xlsx");
    // Read-only for root too (a read-only mount); without mounting, the folder's permissions.
    if (!(tmpfs.mounted() && tmpfs.remount_read_only())) {
        fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec);
        if (::access(out.c_str(), W_OK) == 0) {
            return test::skip("cannot make a folder read-only here (root without mount permission: " + tmpfs.error() + ")");
        }
    }
    const auto run = run_ramkoll(check_with_outputs(out));
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Catch::Contains(out.string()));
    CHECK_THAT(run.output, Catch::Contains("Filsystemet är skrivskyddat") || Catch::Contains("Åtkomst nekas"));
    CHECK(read(out / "r.json") == json);
    CHECK(read(out / "report.xlsx") == report);
    CHECK(names_in(out) == std::set<std::string>{"r.json", "report.xlsx"});
}

TEST_CASE("faults: the disk fills up while the outputs are written", "[robust][faults]") {
    TempDir dir("ramkoll-disk-full");
    Tmpfs tmpfs(dir.path, "512k");
    if (!tmpfs.mounted()) return test::skip("cannot mount a small tmpfs here (" + tmpfs.error() + ")");
    write_previous_outputs(dir.path);
    const std::string json = read(dir.path / "r.json"), report = read(dir.path / "report.xlsx");
    tmpfs.fill(dir.path / "filler", 0);
    SECTION("the xlsx report") {
        const auto run = run_ramkoll("check " + rules_file + " " + quoted(inlamnat.string()) + " --report " +
                                     quoted((dir.path / "report.xlsx").string()));
        INFO(run.output);
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.output, Catch::Contains((dir.path / "report.xlsx").string()));
        CHECK_THAT(run.output, Catch::Contains("Det finns inget utrymme kvar på enheten"));
    }
    SECTION("the JSON findings") {
        const auto run = run_ramkoll("check " + rules_file + " " + quoted(inlamnat.string()) + " --json " +
                                     quoted((dir.path / "r.json").string()));
        INFO(run.output);
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.output, Catch::Contains((dir.path / "r.json").string() +
                                               ": kan inte skriva filen: Det finns inget utrymme kvar på enheten"));
    }
    CHECK(read(dir.path / "r.json") == json);
    CHECK(read(dir.path / "report.xlsx") == report);
    CHECK(names_in(dir.path) == std::set<std::string>{"filler", "r.json", "report.xlsx"});
}

TEST_CASE("faults: an input that disappears between listing and reading", "[robust][faults]") {
    const auto& round = test::round_2024();
    TempDir dir("ramkoll-vanishing");
    for (const char* name : {"HSN-2024.xlsx", "TVN-2024.xlsx"}) fs::copy_file(inlamnat / name, dir.path / name);
    const auto files = inputs::collect_files({dir.path});
    REQUIRE(files.size() == 2);
    fs::remove(dir.path / "HSN-2024.xlsx");
    const auto result = validate::check(round, files, {});
    const auto gone = std::find_if(result.findings.begin(), result.findings.end(), [](const validate::Finding& f) {
        return f.kind == validate::FindingKind::unreadable;
    });
    REQUIRE(gone != result.findings.end());
    CHECK(gone->committee == "HSN");
    CHECK_THAT(gone->message, Catch::Contains("HSN-2024.xlsx: filen kan inte läsas"));
    const auto tvn = std::count_if(result.findings.begin(), result.findings.end(),
                                   [](const validate::Finding& f) { return f.committee == "TVN"; });
    CHECK(tvn == 0);   // the other file was checked and is clean
}

TEST_CASE("faults: an input that changes while it is being read", "[robust][faults]") {
    TempDir dir("ramkoll-changing");
    const fs::path file = dir.path / "HSN-2024.xlsx";
    auto read_all = [](const xlsx::Workbook& book) {
        for (std::size_t s = 0; s < book.sheets().size(); ++s) {
            if (book.sheets()[s].kind != xlsx::SheetKind::worksheet) continue;
            auto sheet = book.read_sheet(s);
            xlsx::Cell cell;
            while (sheet.next(cell)) {
            }
        }
    };
    SECTION("cut short after the directory was read") {
        fs::copy_file(inlamnat / "HSN-2024.xlsx", file);
        const auto book = xlsx::Workbook::open(file);
        fs::resize_file(file, fs::file_size(file) / 3);
        try {
            read_all(book);
            FAIL("reading a truncated file succeeded");
        } catch (const xlsx::Error& e) {
            CHECK((e.kind() == xlsx::ErrorKind::corrupt_zip || e.kind() == xlsx::ErrorKind::io));
            CHECK_THAT(xlsx::describe(e, Lang::sv), Catch::StartsWith("HSN-2024.xlsx: "));
        }
    }
    SECTION("overwritten in place with other bytes") {
        fs::copy_file(inlamnat / "HSN-2024.xlsx", file);
        const auto book = xlsx::Workbook::open(file);
        {
            std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
            const std::string zeros(fs::file_size(file) - 200, '\0');
            f.seekp(100);
            f.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
        }
        try {
            read_all(book);
            FAIL("reading an overwritten file succeeded");
        } catch (const xlsx::Error& e) {
            CHECK((e.kind() == xlsx::ErrorKind::corrupt_zip || e.kind() == xlsx::ErrorKind::io ||
                   e.kind() == xlsx::ErrorKind::xml_malformed));
        }
    }
    SECTION("replaced by another file (rename over it): the open file is read to its end") {
        fs::copy_file(inlamnat / "HSN-2024.xlsx", file);
        const auto book = xlsx::Workbook::open(file);
        fs::copy_file(inlamnat / "TVN-2024.xlsx", dir.path / "new.xlsx");
        fs::rename(dir.path / "new.xlsx", file);
        CHECK_NOTHROW(read_all(book));
    }
}
