// `ramkoll check` over the example round: the clean set (workbooks/inlamnat-utan-fel/) passes,
// the set with deliberate mistakes (workbooks/inlamnat/, see workbooks/README.md) gives exactly
// the seeded findings with their cells, in Swedish and English, and --json, --report and
// --report-per-committee hold the same findings; which of two files for a committee is used.
#include "bundled_rounds.hpp"
#include "../run_ramkoll.hpp"
#include "../temp_dir.hpp"
#include "rules/loader.hpp"
#include "inputs/input_files.hpp"
#include "validate/check.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace ramkoll;

namespace {

using test::TempDir;

using test::quoted;
using test::Run;
using test::run_command;
using test::run_ramkoll;

const fs::path rules_file = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const fs::path inlamnat = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat";
const fs::path clean = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";

using test::round_2024;

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

// What read_report.py prints for a report workbook, line by line.
std::vector<std::string> report_lines(const fs::path& report) {
    const Run run = run_command("/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/validate/read_report.py " + quoted(report));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    std::vector<std::string> lines;
    std::istringstream in(run.output);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The findings sheet's rows as keys (committee, rule, location, severity).
std::set<Key> report_keys(const std::vector<std::string>& lines, const std::string& sheet) {
    std::set<Key> out;
    const std::string prefix = "row\t" + sheet + "\t";
    for (const auto& line : lines) {
        if (line.rfind(prefix, 0) != 0) continue;
        std::vector<std::string> v;
        std::istringstream cells(line.substr(prefix.size()));
        for (std::string cell; std::getline(cells, cell, '|');) v.push_back(cell);
        REQUIRE(v.size() >= 4);
        out.insert({v[0], v[2], v[1], v[3] == "fel" ? "error" : v[3] == "varning" ? "warning" : v[3]});
    }
    return out;
}

bool contains(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// The seeded mistakes of workbooks/inlamnat/ (workbooks/README.md), in Swedish.
const std::set<Key> seeded_sv{
    {"HSN", "Nettokostnaden är lika med ramen", "HSN-2024.xlsx!Budget!C10", "error"},
    {"TVN", "Driftkostnaderna är uppräknade med prisindex", "TVN-2024.xlsx!Budget!D8", "warning"},
    {"TVN", "Interna överenskommelser stämmer", "TVN-2024.xlsx!'Interna överenskommelser'!E5", "error"},
    {"PN", "Tecken: Intäkter", "PN-2024.xlsx!Budget!D6", "error"},
    {"PN", "Nettokostnaden är lika med ramen", "PN-2024.xlsx!Budget!D10", "error"},
    {"SVN", "Underlag saknas", "", "error"},
    {"TN", "Flera filer för samma nämnd", "TN-2024-egen.xlsx", "warning"},
    {"TN", "Summa: Totalt", "TN-2024.xlsx!Budget!D10", "error"},
    {"KBN", "Varav-delarna ryms i nämndens nettokostnad", "KBN-2024.xlsx!Budget!B10", "error"},
    {"RUN", "Filen kan inte läsas", "RUN-2024.xls", "error"},
    {"RS", "Interna överenskommelser stämmer", "RS-2024.xlsx!'Interna överenskommelser'!E6", "error"},
    {"FF", "Tal skrivet som text", "FF-2024.xlsx!Budget!C7", "warning"},
};

// The same in English: the rules' own names stay as the rule file has them.
const std::set<Key> seeded_en{
    {"HSN", "Nettokostnaden är lika med ramen", "HSN-2024.xlsx!Budget!C10", "error"},
    {"TVN", "Driftkostnaderna är uppräknade med prisindex", "TVN-2024.xlsx!Budget!D8", "warning"},
    {"TVN", "Internal agreements match", "TVN-2024.xlsx!'Interna överenskommelser'!E5", "error"},
    {"PN", "Sign: Intäkter", "PN-2024.xlsx!Budget!D6", "error"},
    {"PN", "Nettokostnaden är lika med ramen", "PN-2024.xlsx!Budget!D10", "error"},
    {"SVN", "Submission missing", "", "error"},
    {"TN", "Several files for one committee", "TN-2024-egen.xlsx", "warning"},
    {"TN", "Total: Totalt", "TN-2024.xlsx!Budget!D10", "error"},
    {"KBN", "Varav-delarna ryms i nämndens nettokostnad", "KBN-2024.xlsx!Budget!B10", "error"},
    {"RUN", "The file cannot be read", "RUN-2024.xls", "error"},
    {"RS", "Internal agreements match", "RS-2024.xlsx!'Interna överenskommelser'!E6", "error"},
    {"FF", "Number stored as text", "FF-2024.xlsx!Budget!C7", "warning"},
};

const nlohmann::json& finding_at(const nlohmann::json& report, const std::string& location) {
    for (const auto& f : report.at("findings"))
        if (f.at("location") == location) return f;
    FAIL("no finding at " << location);
    return report;
}

}  // namespace

TEST_CASE("the clean round gives no findings and exit 0") {
    const auto result = validate::check(round_2024(), inputs::collect_files({clean}), {});
    for (const auto& f : result.findings) UNSCOPED_INFO(validate::location(f) << " " << f.message);
    CHECK(result.findings.empty());
    CHECK(result.files.size() == 9);

    TempDir dir;
    const Run run = run_ramkoll("check " + quoted(rules_file) + " " + quoted(clean) + " --json " + quoted(dir.path / "f.json"));
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): OK\n") != std::string::npos);
    CHECK(run.output.find("fel") == std::string::npos);
    CHECK(read_json(dir.path / "f.json").at("errors") == false);
}

TEST_CASE("the example round with deliberate mistakes gives exactly the seeded findings, everywhere alike") {
    TempDir dir;
    // The submissions are copied so that the report lies alongside them (links into them).
    fs::create_directory(dir.path / "in");
    for (const auto& entry : fs::directory_iterator(inlamnat))
        if (entry.path().extension() != ".py") fs::copy_file(entry.path(), dir.path / "in" / entry.path().filename());
    const fs::path json = dir.path / "findings.json";
    const fs::path report = dir.path / "in" / "granskning.xlsx";
    const fs::path per_committee = dir.path / "per nämnd";
    const Run run = run_ramkoll("check " + quoted(rules_file) + " " + quoted(dir.path / "in") + " --json " + quoted(json) +
                                " --report " + quoted(report) + " --report-per-committee " + quoted(per_committee));
    INFO(run.output);
    CHECK(run.exit_code == 1);

    // JSON: the exact set, nothing else.
    const auto findings = read_json(json);
    CHECK(keys(findings) == seeded_sv);
    CHECK(findings.at("findings").size() == seeded_sv.size());
    CHECK(findings.at("errors") == true);

    // Expected, actual and difference in tkr, and the cell apart.
    const auto& over = finding_at(findings, "HSN-2024.xlsx!Budget!C10");
    CHECK(over.at("year") == 2025);
    CHECK(over.at("expected").get<double>() == Approx(4358100.0));
    CHECK(over.at("actual").get<double>() == Approx(4359100.0));
    CHECK(over.at("difference").get<double>() == Approx(1000.0));
    CHECK(over.at("unit") == "tkr");
    CHECK(over.at("sheet") == "Budget");
    CHECK(over.at("cell") == "C10");
    const auto& sold = finding_at(findings, "RS-2024.xlsx!'Interna överenskommelser'!E6");
    CHECK(sold.at("sheet") == "Interna överenskommelser");   // the sheet's own name, unquoted
    CHECK(sold.at("year") == 2025);
    CHECK(sold.at("expected").get<double>() == Approx(-3200.0));
    CHECK(sold.at("actual").get<double>() == Approx(-3400.0));
    CHECK(sold.at("difference").get<double>() == Approx(-200.0));
    const auto& bought = finding_at(findings, "TVN-2024.xlsx!'Interna överenskommelser'!E5");
    CHECK(bought.at("expected").get<double>() == Approx(3400.0));
    CHECK(bought.at("actual").get<double>() == Approx(3200.0));
    const auto& parts = finding_at(findings, "KBN-2024.xlsx!Budget!B10");
    CHECK(parts.at("expected").get<double>() == Approx(111700.0));
    CHECK(parts.at("actual").get<double>() == Approx(109200.0));
    const auto& total = finding_at(findings, "TN-2024.xlsx!Budget!D10");
    CHECK(total.at("expected").get<double>() == Approx(415600.0));
    CHECK(total.at("actual").get<double>() == Approx(415200.0));
    std::map<std::string, std::string> status;
    for (const auto& c : findings.at("committees")) status[c.at("code")] = c.at("status");
    CHECK(status == std::map<std::string, std::string>{{"HSN", "errors"}, {"TVN", "errors"}, {"PN", "errors"},
                                                       {"SVN", "errors"}, {"TN", "errors"}, {"KBN", "errors"},
                                                       {"RUN", "errors"}, {"RS", "errors"}, {"FF", "warnings"}});

    // The terminal: one block per committee, values in Swedish number format, no colour.
    CHECK(run.output.find("HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): fel\n"
                          "  fel      HSN-2024.xlsx!Budget!C10  Nettokostnaden är lika med ramen (2025)\n"
                          "           väntat 4 358 100,0 tkr, faktiskt 4 359 100,0 tkr, skillnad 1 000,0 tkr\n") !=
          std::string::npos);
    CHECK(run.output.find("  fel      RS-2024.xlsx!'Interna överenskommelser'!E6  Interna överenskommelser stämmer (2025)\n"
                          "           väntat -3 200,0 tkr, faktiskt -3 400,0 tkr, skillnad -200,0 tkr\n") != std::string::npos);
    CHECK(run.output.find("FF Finansförvaltningen (FF-2024.xlsx): varningar\n") != std::string::npos);
    CHECK(run.output.find("SVN Samverkansnämnden: fel\n") != std::string::npos);
    CHECK(run.output.find("\033[") == std::string::npos);

    // The xlsx report as openpyxl reads it: the same findings, filter buttons, frozen header,
    // links into the submissions lying alongside.
    const auto lines = report_lines(report);
    CHECK(report_keys(lines, "Avvikelser") == seeded_sv);
    CHECK(contains(lines, "sheet\tAvvikelser\tA1:J13\tA2"));
    CHECK(contains(lines, "sheet\tSammanfattning\tNone\tA2"));
    CHECK(contains(lines, "row\tSammanfattning\tFF|Finansförvaltningen|varningar|0|1||FF-2024.xlsx"));
    CHECK(contains(lines, "link\tHSN-2024.xlsx!Budget!C10\tHSN-2024.xlsx#Budget!C10"));
    CHECK(contains(lines, "link\tRS-2024.xlsx!'Interna överenskommelser'!E6\tRS-2024.xlsx#'Interna överenskommelser'!E6"));
    CHECK(contains(lines, "link\tTN-2024-egen.xlsx\tTN-2024-egen.xlsx#None"));

    // gnumeric opens it too (bootstrap installs it for the tests).
    const Run gnumeric = run_command("ssconvert -S " + quoted(report) + " " + quoted(dir.path / "report.csv"));
    INFO(gnumeric.output);
    CHECK(gnumeric.exit_code == 0);
    std::ifstream csv(dir.path / "report.csv.1");
    const std::string findings_csv{std::istreambuf_iterator<char>(csv), std::istreambuf_iterator<char>()};
    CHECK(findings_csv.find("HSN,HSN-2024.xlsx!Budget!C10,\"Nettokostnaden är lika med ramen\",fel,2025,4358100,4359100,1000,tkr") !=
          std::string::npos);

    // The report saved among the submissions is not taken for one on the next run.
    const auto again = validate::check(round_2024(), inputs::collect_files({dir.path / "in"}), {});
    CHECK(again.findings.size() == seeded_sv.size());
    bool report_seen = false;
    for (const auto& f : again.files)
        if (f.path.filename() == "granskning.xlsx") {
            report_seen = true;
            CHECK(f.committee.empty());
            CHECK_FALSE(f.used);
        }
    CHECK(report_seen);

    // One report per committee with only its findings.
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(per_committee)) names.insert(entry.path().filename().string());
    CHECK(names == std::set<std::string>{"HSN-granskning.xlsx", "TVN-granskning.xlsx", "PN-granskning.xlsx",
                                         "SVN-granskning.xlsx", "TN-granskning.xlsx", "KBN-granskning.xlsx",
                                         "RUN-granskning.xlsx", "RS-granskning.xlsx", "FF-granskning.xlsx"});
    const auto tvn = report_lines(per_committee / "TVN-granskning.xlsx");
    std::set<Key> tvn_expected;
    for (const auto& k : seeded_sv)
        if (std::get<0>(k) == "TVN") tvn_expected.insert(k);
    CHECK(report_keys(tvn, "Avvikelser") == tvn_expected);
    CHECK(contains(tvn, "row\tSammanfattning\tTVN|Tandvårdsnämnden|fel|1|1||TVN-2024.xlsx"));
    CHECK(std::count_if(tvn.begin(), tvn.end(), [](const std::string& l) { return l.rfind("row\tSammanfattning", 0) == 0; }) == 1);
    CHECK(std::none_of(tvn.begin(), tvn.end(), [](const std::string& l) { return l.rfind("link", 0) == 0; }));   // not alongside

    // English: the same cells, the built-in names and the words in English.
    const Run english = run_ramkoll("--lang en check " + quoted(rules_file) + " " + quoted(inlamnat) + " --json " +
                                    quoted(dir.path / "en.json"));
    INFO(english.output);
    CHECK(english.exit_code == 1);
    CHECK(keys(read_json(dir.path / "en.json")) == seeded_en);
    CHECK(english.output.find("SVN Samverkansnämnden: errors\n") != std::string::npos);
    CHECK(english.output.find("expected 4 358 100,0 tkr, actual 4 359 100,0 tkr, difference 1 000,0 tkr") != std::string::npos);
    CHECK(english.output.find("Samverkansnämnden (SVN) has not submitted") != std::string::npos);
    CHECK(english.output.find("RS budgets 3 400,0 tkr of revenue 2025 from TVN (IT-stöd), but TVN budgets 3 200,0 tkr of cost") !=
          std::string::npos);
}

TEST_CASE("two files for one committee: a template before a free-form table, then the newer, then the name") {
    TempDir dir;
    const auto now = fs::file_time_type::clock::now();
    fs::copy_file(clean / "TN-2024.xlsx", dir.path / "TN-2024.xlsx");
    fs::copy_file(inlamnat / "TN-2024-egen.xlsx", dir.path / "TN-2024-egen.xlsx");
    auto used = [&] {
        std::string out;
        const auto result = validate::check(round_2024(), inputs::collect_files({dir.path}), {});
        for (const auto& f : result.files)
            if (f.used) out += f.path.filename().string() + " ";
        for (const auto& f : result.findings)
            if (f.kind == validate::FindingKind::duplicate) out += "[" + f.file + ": " + f.message + "]";
        return out;
    };
    // The free-form file is newer, yet the template is used.
    fs::last_write_time(dir.path / "TN-2024.xlsx", now - std::chrono::hours(24));
    fs::last_write_time(dir.path / "TN-2024-egen.xlsx", now);
    CHECK(used() == "TN-2024.xlsx [TN-2024-egen.xlsx: TN har också lämnat TN-2024.xlsx, som används (en ifylld mall går "
                    "före en egen tabell); den här filen granskas inte]");

    // Two templates: the newer file.
    fs::remove(dir.path / "TN-2024-egen.xlsx");
    fs::copy_file(clean / "TN-2024.xlsx", dir.path / "TN-2024-v2.xlsx");
    fs::last_write_time(dir.path / "TN-2024-v2.xlsx", now - std::chrono::hours(48));
    CHECK(used() == "TN-2024.xlsx [TN-2024-v2.xlsx: TN har också lämnat TN-2024.xlsx, som används (nyare fil); den här "
                    "filen granskas inte]");
    // Equally old (as in a fresh git checkout): the name that sorts last, whatever the order found.
    fs::last_write_time(dir.path / "TN-2024-v2.xlsx", now - std::chrono::hours(24));
    CHECK(used() == "TN-2024.xlsx [TN-2024-v2.xlsx: TN har också lämnat TN-2024.xlsx, som används (filnamnet sorteras "
                    "sist); den här filen granskas inte]");
}

TEST_CASE("the committee of a file given with --committee CODE=FILE, and sheet names quoted in addresses") {
    TempDir dir;
    fs::copy_file(inlamnat / "TN-2024-egen.xlsx", dir.path / "underlag.xlsx");
    const fs::path json = dir.path / "findings.json";
    const Run run = run_ramkoll("check " + quoted(rules_file) + " " + quoted(dir.path / "underlag.xlsx") +
                                " --committee RUN=underlag.xlsx --json " + quoted(json));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("  varning  underlag.xlsx!'Budget TN'!E6  Tal skrivet som text\n"
                          "           underlag.xlsx, 'Budget TN'!E6: Personal 2026 är skrivet som text") != std::string::npos);
    bool text_warning = false;
    const auto report = read_json(json);
    for (const auto& f : report.at("findings"))
        if (f.at("location") == "underlag.xlsx!'Budget TN'!E6") {
            text_warning = true;
            CHECK(f.at("committee") == "RUN");
            CHECK(f.at("severity") == "warning");
            CHECK(f.at("sheet") == "Budget TN");
        }
    CHECK(text_warning);
}

TEST_CASE("unusable rules or command line: exit 2") {
    CHECK(run_ramkoll("check '" + std::string(RAMKOLL_SOURCE_DIR) + "/tests/rules/unknown_line.rules' " + quoted(clean)).exit_code == 2);
    CHECK(run_ramkoll("check " + quoted(rules_file) + " /nonexistent/underlag").exit_code == 2);
    CHECK(run_ramkoll("check " + quoted(rules_file) + " " + quoted(clean) + " --committee XYZ=a.xlsx").exit_code == 2);
    CHECK(run_ramkoll("check " + quoted(rules_file)).exit_code == 2);
    CHECK(run_ramkoll("check " + quoted(rules_file) + " " + quoted(clean) + " --report-per-committee /proc/ramkoll").exit_code == 2);
}
