// `ramkoll check` over the example submissions: the clean set passes, the newer of two files
// for a committee is used, and copies with deliberate mistakes (make_mistakes.py) give exactly
// the expected findings, with their cells, in the terminal output, in --json and in --report.
#include "../temp_dir.hpp"
#include "rules/loader.hpp"
#include "validate/check.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <tuple>

#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace ramkoll;

namespace {

const char* const clean_files[] = {"HSN", "TVN", "PN", "SVN", "TN", "KBN", "RUN", "RS", "FF"};

using test::TempDir;

struct Run {
    int exit_code = -1;
    std::string output;   // stdout and stderr together
};

Run run_ramkoll(const std::string& arguments) {
    const std::string command = std::string(RAMKOLL_BINARY) + " " + arguments + " 2>&1";
    Run run;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) run.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

const std::string rules_file = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const fs::path inlamnat = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat";

const rules::Round& round_2024() {
    static const auto loaded = rules::load_rules(rules_file);
    REQUIRE(loaded.ok());
    return loaded.round;
}

void make_mistakes(const fs::path& target) {
    const std::string command = "/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/validate/make_mistakes.py '" +
                                inlamnat.string() + "' '" + target.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
}

nlohmann::json read_json(const fs::path& path) {
    std::ifstream in(path);
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

using Key = std::tuple<std::string, std::string, std::string, std::string>;   // committee, rule, location, severity

std::set<Key> keys(const nlohmann::json& report) {
    std::set<Key> out;
    for (const auto& f : report.at("findings"))
        out.insert({f.at("committee").is_null() ? "" : f.at("committee").get<std::string>(), f.at("rule").get<std::string>(),
                    f.at("location").is_null() ? "" : f.at("location").get<std::string>(), f.at("severity").get<std::string>()});
    return out;
}

}  // namespace

TEST_CASE("the nine clean submissions give no findings and exit 0") {
    std::vector<fs::path> files;
    std::string arguments;
    for (const char* code : clean_files) {
        files.push_back(inlamnat / (std::string(code) + "-2024.xlsx"));
        arguments += " '" + files.back().string() + "'";
    }
    const auto result = validate::check(round_2024(), files, {});
    for (const auto& f : result.findings) UNSCOPED_INFO(validate::location(f) << " " << f.message);
    CHECK(result.findings.empty());
    CHECK(result.files.size() == 9);

    const Run run = run_ramkoll("check '" + rules_file + "'" + arguments);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): OK\n") != std::string::npos);
}

TEST_CASE("the whole inlamnat folder: the newer file of a committee is used, the older one reported") {
    TempDir dir;
    for (const auto& entry : fs::directory_iterator(inlamnat)) fs::copy_file(entry.path(), dir.path / entry.path().filename());
    // The legacy files are older than the templates filled for the round.
    const auto now = fs::file_time_type::clock::now();
    for (const char* name : {"TN-2024-egen.xlsx", "regionstaben-2019.xlsx"})
        fs::last_write_time(dir.path / name, now - std::chrono::hours(24));

    const auto files = validate::collect_files({dir.path});
    CHECK(files.size() == 11);   // the generators (*.py) are not submissions
    const auto result = validate::check(round_2024(), files, {});
    CHECK_FALSE(result.has_errors());
    REQUIRE(result.findings.size() == 2);
    CHECK(result.findings[0].committee == "TN");
    CHECK(result.findings[0].kind == validate::FindingKind::duplicate);
    CHECK(result.findings[0].file == "TN-2024-egen.xlsx");
    CHECK(result.findings[0].severity == rules::Severity::warning);
    CHECK(result.findings[1].committee == "RS");
    CHECK(result.findings[1].file == "regionstaben-2019.xlsx");

    const Run run = run_ramkoll("check '" + rules_file + "' '" + dir.path.string() + "'");
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("TN Trafiknämnden (TN-2024.xlsx): varningar\n") != std::string::npos);

    // The other way round the legacy TN file is used, and its net total 2026 misses the frame.
    fs::last_write_time(dir.path / "TN-2024-egen.xlsx", now + std::chrono::hours(24));
    const auto newer = validate::check(round_2024(), validate::collect_files({dir.path}), {});
    CHECK(newer.has_errors());
    bool found = false;
    for (const auto& f : newer.findings)
        if (f.kind == validate::FindingKind::rule && validate::location(f) == "TN-2024-egen.xlsx!Budget TN!E9") found = true;
    CHECK(found);
}

TEST_CASE("deliberate mistakes give exactly the expected findings and exit 1") {
    TempDir dir;
    make_mistakes(dir.path / "in");
    const fs::path json = dir.path / "findings.json";
    const fs::path report_file = dir.path / "granskning.xlsx";
    const Run run = run_ramkoll("check '" + rules_file + "' '" + (dir.path / "in").string() + "' --json '" + json.string() +
                                "' --report '" + report_file.string() + "'");
    INFO(run.output);
    CHECK(run.exit_code == 1);

    const auto report = read_json(json);
    CHECK(keys(report) == std::set<Key>{
              {"HSN", "Nettokostnaden är lika med ramen", "HSN-2024.xlsx!Budget!C10", "error"},
              {"PN", "Tal skrivet som text", "PN-2024.xlsx!Budget!C7", "warning"},
              {"SVN", "Underlag saknas", "", "error"},
              {"RUN", "Filen kan inte läsas", "RUN-2024.xlsx", "error"},
          });
    CHECK(report.at("findings").size() == 4);

    // The net total over the frame, with its values in tkr.
    const auto& over = report.at("findings").at(0);
    CHECK(over.at("year") == 2025);
    CHECK(over.at("expected").get<double>() == Approx(4358100.0));
    CHECK(over.at("actual").get<double>() == Approx(4359100.0));
    CHECK(over.at("difference").get<double>() == Approx(1000.0));
    CHECK(over.at("unit") == "tkr");
    CHECK(over.at("cell") == "C10");
    CHECK(over.at("sheet") == "Budget");

    // The xlsx report, as openpyxl reads it, holds the same findings.
    const fs::path rows = dir.path / "rows.txt";
    const std::string python = "/usr/bin/python3 -c \"import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); "
                               "[print('|'.join('' if v is None else str(v) for v in r[:4])) "
                               "for s in wb for r in s.iter_rows(min_row=2, values_only=True)]\" '" +
                               report_file.string() + "' > '" + rows.string() + "'";
    REQUIRE(std::system(python.c_str()) == 0);
    std::ifstream in(rows);
    std::set<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.insert(line);
    CHECK(lines.count("HSN|Hälso- och sjukvårdsnämnden|fel|1") == 1);
    CHECK(lines.count("TVN|Tandvårdsnämnden|OK|0") == 1);
    CHECK(lines.count("PN|Patientnämnden|varningar|0") == 1);
    CHECK(lines.count("HSN|HSN-2024.xlsx!Budget!C10|Nettokostnaden är lika med ramen|fel") == 1);
    CHECK(lines.count("PN|PN-2024.xlsx!Budget!C7|Tal skrivet som text|varning") == 1);
    CHECK(lines.count("SVN||Underlag saknas|fel") == 1);
    CHECK(lines.count("RUN|RUN-2024.xlsx|Filen kan inte läsas|fel") == 1);
    CHECK(lines.size() == 9 + 4);

    // The committees' statuses.
    std::map<std::string, std::string> status;
    for (const auto& c : report.at("committees")) status[c.at("code")] = c.at("status");
    CHECK(status["HSN"] == "errors");
    CHECK(status["PN"] == "warnings");
    CHECK(status["TVN"] == "ok");
    CHECK(status["SVN"] == "errors");

    // The terminal: a block per committee, values in Swedish number format.
    CHECK(run.output.find("HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): fel\n"
                          "  fel      HSN-2024.xlsx!Budget!C10  Nettokostnaden är lika med ramen (2025)\n"
                          "           väntat 4 358 100,0 tkr, faktiskt 4 359 100,0 tkr, skillnad 1 000,0 tkr\n") !=
          std::string::npos);
    CHECK(run.output.find("PN Patientnämnden (PN-2024.xlsx): varningar\n") != std::string::npos);
    CHECK(run.output.find("TVN Tandvårdsnämnden (TVN-2024.xlsx): OK\n") != std::string::npos);
    CHECK(run.output.find("\033[") == std::string::npos);   // no colour into a pipe

    const Run english = run_ramkoll("--lang en check '" + rules_file + "' '" + (dir.path / "in").string() + "'");
    CHECK(english.exit_code == 1);
    CHECK(english.output.find("SVN Samverkansnämnden: errors\n") != std::string::npos);
    CHECK(english.output.find("expected 4 358 100,0 tkr, actual 4 359 100,0 tkr, difference 1 000,0 tkr") != std::string::npos);
    CHECK(english.output.find("Patientnämnden (SVN) has not submitted") == std::string::npos);
    CHECK(english.output.find("Samverkansnämnden (SVN) has not submitted") != std::string::npos);
}

TEST_CASE("the committee of a file given with --committee CODE=FILE") {
    TempDir dir;
    fs::copy_file(inlamnat / "TN-2024-egen.xlsx", dir.path / "underlag.xlsx");
    const fs::path json = dir.path / "findings.json";
    const Run run = run_ramkoll("check '" + rules_file + "' '" + (dir.path / "underlag.xlsx").string() +
                            "' --committee RUN=underlag.xlsx --json '" + json.string() + "'");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    bool text_warning = false;
    const auto report = read_json(json);
    for (const auto& f : report.at("findings"))
        if (f.at("location") == "underlag.xlsx!Budget TN!E6") {
            text_warning = true;
            CHECK(f.at("committee") == "RUN");
            CHECK(f.at("severity") == "warning");
        }
    CHECK(text_warning);
}

TEST_CASE("unusable rules or command line: exit 2") {
    CHECK(run_ramkoll("check '" + std::string(RAMKOLL_SOURCE_DIR) + "/tests/rules/unknown_line.rules' '" + inlamnat.string() + "'").exit_code == 2);
    CHECK(run_ramkoll("check '" + rules_file + "' /nonexistent/underlag").exit_code == 2);
    CHECK(run_ramkoll("check '" + rules_file + "' '" + inlamnat.string() + "' --committee XYZ=a.xlsx").exit_code == 2);
    CHECK(run_ramkoll("check '" + rules_file + "'").exit_code == 2);
}
