// What a submission must never do to ramkoll: macros are not run and links and connections not
// followed (each a warning, the values still read); text from a submission that starts like a
// formula stays text in the xlsx report (checked with openpyxl and gnumeric); inputs are left
// byte for byte and time for time as they were; links out of an input folder are not followed.
#include "../run_ramkoll.hpp"
#include "../temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using ramkoll::test::quoted;
using ramkoll::test::run_ramkoll;
using ramkoll::test::TempDir;

namespace {

const std::string rules_file = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const fs::path inlamnat = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";

void make_hostile(const fs::path& src, const fs::path& dst, const std::string& kind) {
    const std::string command = "/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/robust/make_hostile.py " +
                                quoted(src.string()) + " " + quoted(dst.string()) + " " + kind;
    REQUIRE(std::system(command.c_str()) == 0);
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

nlohmann::json findings_of(const fs::path& json, const std::string& committee) {
    nlohmann::json out = nlohmann::json::array();
    std::ifstream in(json);
    REQUIRE(in);
    const auto report = nlohmann::json::parse(in);
    for (const auto& f : report.at("findings"))
        if (f.at("committee") == committee) out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("input safety: macros are never run, the values are read and a warning says so", "[robust][active]") {
    TempDir dir("ramkoll-macros");
    make_hostile(inlamnat / "HSN-2024.xlsx", dir.path / "HSN-2024.xlsm", "macros");
    const auto run = run_ramkoll("check " + rules_file + " " + quoted((dir.path / "HSN-2024.xlsm").string()) +
                                 " --json " + quoted((dir.path / "r.json").string()));
    INFO(run.output);
    CHECK_THAT(run.output, Catch::Contains("HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsm): varningar"));
    CHECK_THAT(run.output, Catch::Contains("Makron körs inte"));
    const auto findings = findings_of(dir.path / "r.json", "HSN");
    REQUIRE(findings.size() == 1);   // the clean submission's values were read and pass every rule
    CHECK(findings[0]["severity"] == "warning");
    CHECK(findings[0]["kind"] == "reading");
    CHECK(findings[0]["location"] == "HSN-2024.xlsm");
    const auto en = run_ramkoll("--lang en check " + rules_file + " " + quoted((dir.path / "HSN-2024.xlsm").string()));
    CHECK_THAT(en.output, Catch::Contains("Macros ignored") && Catch::Contains("they are never run"));
    const auto inspect = run_ramkoll("inspect " + quoted((dir.path / "HSN-2024.xlsm").string()));
    CHECK(inspect.exit_code == 0);
    CHECK_THAT(inspect.output, Catch::Contains("Makron: finns, körs aldrig"));
    const auto json = run_ramkoll("inspect --json " + quoted((dir.path / "HSN-2024.xlsm").string()));
    CHECK(nlohmann::json::parse(json.output).at("active_content").at("macros") == true);
}

TEST_CASE("input safety: external links and data connections are not followed, each a warning", "[robust][active]") {
    TempDir dir("ramkoll-links");
    make_hostile(inlamnat / "TVN-2024.xlsx", dir.path / "TVN-2024.xlsx", "links");
    const auto run = run_ramkoll("check " + rules_file + " " + quoted((dir.path / "TVN-2024.xlsx").string()) +
                                 " --json " + quoted((dir.path / "r.json").string()));
    INFO(run.output);
    CHECK_THAT(run.output, Catch::Contains("TVN Tandvårdsnämnden (TVN-2024.xlsx): varningar"));
    CHECK_THAT(run.output, Catch::Contains("länkar till file:///C:/Budget/ramar-2024.xlsx; länken följs inte"));
    CHECK_THAT(run.output, Catch::Contains("Dataanslutning uppdateras inte"));
    const auto findings = findings_of(dir.path / "r.json", "TVN");
    REQUIRE(findings.size() == 2);
    for (const auto& f : findings) CHECK(f["severity"] == "warning");
    const auto json = run_ramkoll("inspect --json " + quoted((dir.path / "TVN-2024.xlsx").string()));
    const auto active = nlohmann::json::parse(json.output).at("active_content");
    CHECK(active.at("external_links") == nlohmann::json::array({"file:///C:/Budget/ramar-2024.xlsx"}));
    CHECK(active.at("data_connections") == true);
    CHECK(active.at("macros") == false);
}

TEST_CASE("input safety: text that starts like a formula is text in the xlsx report", "[robust][injection]") {
    // The file names are copied into the report (files used, the location of each finding).
    // Four copies of one submission: the newest is used, the three older are duplicates.
    TempDir dir("ramkoll-injection");
    const char* names[] = {"=1+2", "+3*3", "-4+1", "@SUM(1,1)"};
    std::string args;
    auto when = fs::file_time_type::clock::now() - std::chrono::hours(4);
    for (const char* name : names) {
        fs::copy_file(inlamnat / "HSN-2024.xlsx", dir.path / name);
        fs::last_write_time(dir.path / name, when += std::chrono::hours(1));
        args.append(" ").append(quoted((dir.path / name).string()));
    }
    const fs::path report = dir.path / "report.xlsx";
    const auto run = run_ramkoll("check " + rules_file + args + " --report " + quoted(report.string()));
    INFO(run.output);
    REQUIRE(fs::exists(report));

    // openpyxl: every such cell is a string ('s'), none a formula ('f').
    const fs::path cells = dir.path / "cells.txt";
    const std::string script =
        "import openpyxl,sys\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "for ws in wb:\n"
        "  for row in ws.iter_rows():\n"
        "    for c in row:\n"
        "      if isinstance(c.value, str) and c.value[:1] in '=+-@': print(c.data_type, c.value)\n";
    std::ofstream(dir.path / "cells.py") << script;
    REQUIRE(std::system(("/usr/bin/python3 " + quoted((dir.path / "cells.py").string()) + " " + quoted(report.string()) +
                         " > " + quoted(cells.string()))
                            .c_str()) == 0);
    const std::string found = read(cells);
    INFO(found);
    CHECK_THAT(found, Catch::Contains("s =1+2\n") && Catch::Contains("s +3*3\n") && Catch::Contains("s -4+1\n") &&
                          Catch::Contains("s @SUM(1,1)\n"));
    CHECK_THAT(found, !Catch::Contains("f "));

    // gnumeric evaluates what it reads: a formula would come out as 3, 9, -3 or 2.
    const fs::path csv = dir.path / "findings.csv";
    REQUIRE(std::system(("ssconvert --export-type=Gnumeric_stf:stf_csv --export-file-per-sheet " + quoted(report.string()) +
                         " " + quoted((dir.path / "sheet%n.csv").string()) + " > /dev/null 2>&1")
                            .c_str()) == 0);
    const std::string text = read(dir.path / "sheet0.csv") + read(dir.path / "sheet1.csv");
    INFO(text);
    CHECK_THAT(text, Catch::Contains("=1+2") && Catch::Contains("+3*3") && Catch::Contains("-4+1") &&
                         Catch::Contains("@SUM(1,1)"));
}

TEST_CASE("input safety: check leaves every input byte for byte and time for time", "[robust][readonly]") {
    TempDir dir("ramkoll-readonly");
    std::map<fs::path, std::pair<std::string, fs::file_time_type>> before;
    for (const auto& entry : fs::directory_iterator(inlamnat)) {
        if (entry.path().extension() != ".xlsx") continue;
        const fs::path copy = dir.path / entry.path().filename();
        fs::copy_file(entry.path(), copy);
        fs::permissions(copy, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
        before[copy] = {read(copy), fs::last_write_time(copy)};
    }
    make_hostile(inlamnat / "KBN-2024.xlsx", dir.path / "KBN-makro.xlsm", "macros");
    before[dir.path / "KBN-makro.xlsm"] = {read(dir.path / "KBN-makro.xlsm"), fs::last_write_time(dir.path / "KBN-makro.xlsm")};
    const auto run = run_ramkoll("check " + rules_file + " " + quoted(dir.path.string()) + " --report " +
                                 quoted((dir.path / "report.xlsx").string()));
    INFO(run.output);
    CHECK(run.exit_code <= 1);
    for (const auto& [path, state] : before) {
        INFO(path);
        CHECK(read(path) == state.first);
        CHECK(fs::last_write_time(path) == state.second);
    }
}

TEST_CASE("input safety: a symbolic link out of the input folder is not followed, and is reported", "[robust][symlink]") {
    TempDir outside("ramkoll-outside");
    TempDir dir("ramkoll-symlinks");
    fs::copy_file(inlamnat / "PN-2024.xlsx", outside.path / "PN-2024.xlsx");
    fs::create_symlink(outside.path / "PN-2024.xlsx", dir.path / "PN-2024.xlsx");
    fs::copy_file(inlamnat / "TVN-2024.xlsx", dir.path / "TVN-original.xlsx");
    fs::create_symlink("TVN-original.xlsx", dir.path / "TVN-2024.xlsx");   // inside the folder: followed
    const auto run = run_ramkoll("check " + rules_file + " " + quoted(dir.path.string()) + " --json " +
                                 quoted((outside.path / "r.json").string()));
    INFO(run.output);
    CHECK_THAT(run.output, Catch::Contains("PN-2024.xlsx är en symbolisk länk till " + (outside.path / "PN-2024.xlsx").string() +
                                           " utanför mappen; den följs inte"));
    CHECK_THAT(run.output, Catch::Contains("PN Patientnämnden: fel"));   // so PN has not submitted
    const auto pn = findings_of(outside.path / "r.json", "PN");
    CHECK(pn.size() == 2);
    const auto tvn = findings_of(outside.path / "r.json", "TVN");
    REQUIRE(tvn.size() == 1);   // the second name of the one file: a duplicate, not checked again
    for (const auto& f : tvn) CHECK(f["kind"] == "duplicate");   // both names of one file were read
    // Named on the command line, the link is the user's choice and is read.
    const auto named = run_ramkoll("check " + rules_file + " " + quoted((dir.path / "PN-2024.xlsx").string()));
    CHECK_THAT(named.output, Catch::Contains("PN Patientnämnden (PN-2024.xlsx): OK"));
}
