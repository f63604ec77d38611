// One set of words in every command: `--rules FILE`, `--in FILE_OR_DIR` (repeatable) and
// `-o, --out` mean the same as the older positional forms, which keep working; a path given
// twice is read once; run and consolidate take --committee like check.
#include "process.hpp"
#include "temp_dir.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

using namespace ramkoll::test;
namespace fs = std::filesystem;

namespace {

const std::string rules = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const std::string clean_round = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";
const std::string round_with_errors = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat";
const std::string workbook = RAMKOLL_SOURCE_DIR "/workbooks/exempel/regionstaben-2019.xlsx";
const fs::path run_fixtures = RAMKOLL_SOURCE_DIR "/tests/fixtures/run";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::set<std::string> file_names(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
    return out;
}

struct Cli {
    TempDir dir{"command-line"};
    Finished operator()(const std::vector<std::string>& args) const { return run_ramkoll(args, dir.path); }
};

// Two input folders in `dir`: a/ with HSN's submission, b/ with PN's.
std::pair<fs::path, fs::path> two_folders(const fs::path& dir) {
    const auto a = dir / "a", b = dir / "b";
    fs::create_directories(a);
    fs::create_directories(b);
    fs::copy_file(run_fixtures / "HSN-2024.xlsx", a / "HSN-2024.xlsx");
    fs::copy_file(run_fixtures / "PN-2024.xlsx", b / "PN-2024.xlsx");
    return {a, b};
}

}  // namespace

TEST_CASE("command line: check takes the rule file and the submissions as words, as --rules and --in, or mixed") {
    Cli cli;
    const auto words = cli({"check", rules, round_with_errors});
    REQUIRE(words.exit_code == 1);
    REQUIRE(has(words.out, "HSN-2024.xlsx!Budget!C10  Nettokostnaden är lika med ramen (2025)"));
    for (const auto& args : {std::vector<std::string>{"check", "--rules", rules, "--in", round_with_errors},
                             std::vector<std::string>{"check", "--in", round_with_errors, "--rules", rules},
                             std::vector<std::string>{"check", "--rules", rules, round_with_errors},
                             std::vector<std::string>{"check", rules, "--in", round_with_errors}}) {
        const auto r = cli(args);
        INFO(args[1] << " " << args[2] << " " << args[3]);
        CHECK(r.exit_code == 1);
        CHECK(r.out == words.out);
        CHECK(r.err == words.err);
    }
}

TEST_CASE("command line: --in may be repeated and adds to the words, and a path reached twice is read once") {
    Cli cli;
    const auto [a, b] = two_folders(cli.dir.path);
    const auto both = cli({"check", rules, a.string(), "--in", b.string()});
    CHECK(both.exit_code == 1);   // seven committees have not submitted
    CHECK(has(both.out, "HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): OK\n"));
    CHECK(has(both.out, "PN Patientnämnden (PN-2024.xlsx): OK\n"));
    CHECK(cli({"check", "--rules", rules, "--in", a.string(), "--in", b.string()}).out == both.out);

    // The folder as a word and with --in, written differently, and a file in it: one file.
    const auto twice = cli({"check", rules, a.string(), b.string(), "--in", a.string() + "/", "--in", (a / "HSN-2024.xlsx").string(),
                            "--in", (cli.dir.path / "b" / ".." / "b").string()});
    CHECK(twice.exit_code == 1);
    CHECK(twice.out == both.out);
    CHECK(!has(twice.out, "Flera filer för samma nämnd"));
}

TEST_CASE("command line: consolidate --rules --in --out writes what consolidate RULES DIR -o writes") {
    Cli cli;
    const auto old_form = cli.dir.path / "gammal", new_form = cli.dir.path / "ny";
    const auto a = cli({"consolidate", rules, clean_round, "-o", old_form.string()});
    const auto b = cli({"consolidate", "--rules", rules, "--in", clean_round, "--out", new_form.string()});
    const auto c = cli({"consolidate", rules, clean_round, "--output", (cli.dir.path / "output").string()});
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 0);
    CHECK(c.exit_code == 0);
    CHECK(file_names(old_form).size() == 8);
    CHECK(file_names(old_form) == file_names(new_form));
    CHECK(file_names(old_form) == file_names(cli.dir.path / "output"));
}

TEST_CASE("command line: template --rules --out writes what template RULES -o writes") {
    Cli cli;
    const auto old_form = cli.dir.path / "gammal", new_form = cli.dir.path / "ny";
    CHECK(cli({"template", rules, "-o", old_form.string()}).exit_code == 0);
    CHECK(cli({"template", "--rules", rules, "--out", new_form.string()}).exit_code == 0);
    CHECK(file_names(old_form).contains("HSN-2024.xlsx"));
    CHECK(file_names(old_form).size() == 9);
    CHECK(file_names(old_form) == file_names(new_form));
}

TEST_CASE("command line: rules check/show and inspect take their file as the word or as --rules / --in") {
    Cli cli;
    CHECK(cli({"rules", "show", rules}).out == cli({"rules", "show", "--rules", rules}).out);
    const auto word = cli({"inspect", workbook, "--json"});
    CHECK(word.exit_code == 0);
    CHECK(has(word.out, "\"file\": \"regionstaben-2019.xlsx\""));
    CHECK(cli({"inspect", "--in", workbook, "--json"}).out == word.out);
}

TEST_CASE("command line: run takes the rule file and submissions as words too, and several --in") {
    Cli cli;
    const auto [a, b] = two_folders(cli.dir.path);
    const auto options = cli({"run", "--rules", rules, "--in", a.string(), "--in", b.string(), "--out", (cli.dir.path / "o1").string()});
    const auto words = cli({"run", rules, a.string(), b.string(), "-o", (cli.dir.path / "o2").string()});
    CHECK(options.exit_code == 1);
    CHECK(words.exit_code == 1);
    CHECK(has(options.out, "(2 filer lästa, 2 nya versioner)"));
    const auto json = [&](const char* out) {
        return nlohmann::json::parse(read_file(cli.dir.path / out / "resultat" / "granskning.json"));
    };
    CHECK(json("o1") == json("o2"));
    CHECK(json("o1")["committees"][0]["files"] == nlohmann::json::array({"HSN-2024.xlsx"}));
}

TEST_CASE("command line: run and consolidate take --committee CODE=FILE like check") {
    // The clean round (exit 0), with TN's file said to be KBN's: TN then has no file, an error.
    Cli cli;
    const std::vector<std::string> moved{"--committee", "KBN=TN-2024.xlsx"};
    auto with = [&](std::vector<std::string> args) {
        args.insert(args.end(), moved.begin(), moved.end());
        return cli(args);
    };
    const auto check = with({"check", rules, clean_round});
    CHECK(check.exit_code == 1);
    CHECK(has(check.out, "TN Trafiknämnden: fel\n  fel      Underlag saknas\n"));

    const auto run = with({"run", "--rules", rules, "--in", clean_round, "--out", (cli.dir.path / "out").string()});
    CHECK(run.exit_code == 1);
    CHECK(has(run.out, "TN Trafiknämnden: fel\n  fel      Underlag saknas\n"));
    CHECK(cli({"run", "--rules", rules, "--in", clean_round, "--out", (cli.dir.path / "out0").string()}).exit_code == 0);

    const auto consolidate = with({"consolidate", "--rules", rules, "--in", clean_round, "--out", (cli.dir.path / "bilagor").string()});
    CHECK(consolidate.exit_code == 1);
    // Which of KBN's two files is checked depends on their file times (git keeps none), so
    // only TN's missing file is certain.
    CHECK(has(consolidate.err, "\nFel i: TN Trafiknämnden"));
    const auto bad = cli({"consolidate", rules, clean_round, "-o", (cli.dir.path / "b2").string(), "--committee", "XYZ=TN-2024.xlsx"});
    CHECK(bad.exit_code == 2);
    CHECK(has(bad.err, "--committee XYZ=TN-2024.xlsx: ska vara KOD=FIL med en nämnd ur regelfilen"));
}
