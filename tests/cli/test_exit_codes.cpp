// Every exit code of every command, as the README states them, with the real binary: one test
// per command and code, each asserting the exact code and what the output or the message says
// (so that a command that fails early, or for another reason, does not pass).
//
//   0 done (check, consolidate, run: no finding is an error);
//   1 the input cannot be read (the workbook, the archive) or the submissions have errors;
//   2 the command line, the rule file, a path, a committee, sheet or version asked for is
//     unusable, or an output cannot be written.
//
// An output that cannot be written is a path below a regular file (ENOTDIR): it fails for
// root too, where a read-only folder would not.
#include "process.hpp"
#include "temp_dir.hpp"

#include <filesystem>
#include <string>
#include <vector>

using namespace ramkoll::test;
namespace fs = std::filesystem;

namespace {

const std::string rules = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const std::string broken_rules = RAMKOLL_SOURCE_DIR "/tests/rules/unknown_line.rules";   // two unknown lines
const std::string rules_without_annexes = RAMKOLL_SOURCE_DIR "/rules/vasterbotten-2023.rules";
const std::string clean_round = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";
const std::string round_with_errors = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat";
const std::string workbook = RAMKOLL_SOURCE_DIR "/workbooks/exempel/regionstaben-2019.xlsx";
const std::string old_xls = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat/RUN-2024.xls";
const fs::path run_fixtures = RAMKOLL_SOURCE_DIR "/tests/fixtures/run";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A scratch folder, a regular file in it (below which nothing can be written) and ramkoll.
struct Cli {
    TempDir dir{"exit-codes"};
    fs::path blocked = dir.path / "a-file";   // `blocked / "x"` cannot be made
    Cli() { std::ofstream(blocked) << "not a folder\n"; }
    Finished operator()(const std::vector<std::string>& args) const {
        auto f = run_ramkoll(args, dir.path);
        UNSCOPED_INFO("ramkoll exit " << f.exit_code << "\nstdout:\n" << f.out << "\nstderr:\n" << f.err);
        return f;
    }
    std::string unwritable(const std::string& name) const { return (blocked / name).string(); }
};

// An archive with one version each of HSN and PN (tests/fixtures/run), made by `run`.
struct Archived : Cli {
    fs::path in = dir.path / "inlamnat", out = dir.path / "out", archive = out / "arkiv.sqlite";
    Archived() {
        fs::create_directories(in);
        for (const char* name : {"HSN-2024.xlsx", "PN-2024.xlsx"}) fs::copy_file(run_fixtures / name, in / name);
        REQUIRE((*this)({"run", "--rules", rules, "--in", in.string(), "--out", out.string()}).exit_code == 1);
        REQUIRE(fs::exists(archive));
    }
    // An existing file that is no SQLite database.
    std::string damaged() const {
        const auto path = dir.path / "trasigt.sqlite";
        std::ofstream(path) << "this is no archive\n";
        return path.string();
    }
};

}  // namespace

// ---- inspect: 0, 1, 2 -------------------------------------------------------------------------

TEST_CASE("exit codes: inspect 0 prints the sheet's cells") {
    Cli cli;
    const auto r = cli({"inspect", workbook, "--sheet", "Regionstaben"});
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "B8       number                     117019.9  [#,##0.0]  =SUM(B4:B7)"));
    CHECK(r.err.empty());
}

TEST_CASE("exit codes: inspect 1 for a workbook that cannot be read (an old .xls)") {
    Cli cli;
    const auto r = cli({"inspect", old_xls});
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "RUN-2024.xls: filen är en gammal Excel 97-2003-arbetsbok (.xls)"));
}

TEST_CASE("exit codes: inspect 2 for a --sheet the workbook lacks, a bad --range, the workbook given twice or not at all") {
    Cli cli;
    const auto sheet = cli({"inspect", workbook, "--sheet", "Saknas"});
    CHECK(sheet.exit_code == 2);
    CHECK(has(sheet.err, "regionstaben-2019.xlsx: bladet saknas ('Saknas'; 'Regionstaben')"));

    const auto range = cli({"inspect", workbook, "--range", "B2-C3"});
    CHECK(range.exit_code == 2);
    CHECK(has(range.err, "B2-C3: inte ett cellområde som A1:F20"));

    const auto twice = cli({"inspect", workbook, "--in", workbook});
    CHECK(twice.exit_code == 2);
    CHECK(has(twice.err, "Arbetsboken anges två gånger: "));

    const auto none = cli({"inspect"});
    CHECK(none.exit_code == 2);
    CHECK(has(none.err, "Arbetsboken saknas: ange den som FIL eller med --in"));
}

// ---- rules check and rules show: 0, 2 (the rule file is never "input" exit 1) ------------------

TEST_CASE("exit codes: rules check 0 for a clean rule file, with the word or with --rules") {
    Cli cli;
    for (const auto& args : {std::vector<std::string>{"rules", "check", rules}, {"rules", "check", "--rules", rules}}) {
        const auto r = cli(args);
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "blekinge-2024.rules: inga fel (9 nämnder, 3 index, 10 regler)"));
    }
}

TEST_CASE("exit codes: rules check 2 for mistakes, a missing file, or the file given twice") {
    Cli cli;
    const auto mistakes = cli({"rules", "check", broken_rules});
    CHECK(mistakes.exit_code == 2);
    CHECK(has(mistakes.err, "unknown_line.rules:8:26: fel: okänd rad \"Drfit\", menade du \"Drift\"?"));
    CHECK(has(mistakes.err, "\n2 fel\n"));

    const auto missing = cli({"rules", "check", "--rules", "/finns/inte.rules"});
    CHECK(missing.exit_code == 2);
    CHECK(has(missing.err, "kan inte läsa filen /finns/inte.rules"));

    const auto twice = cli({"rules", "check", rules, "--rules", rules});
    CHECK(twice.exit_code == 2);
    CHECK(has(twice.err, "Regelfilen anges två gånger: "));
}

TEST_CASE("exit codes: rules show 0 prints the frames") {
    Cli cli;
    const auto r = cli({"rules", "show", "--rules", rules, "--unit", "mnkr"});
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "\nRamar per nämnd (mnkr)\n"));
    CHECK(has(r.out, "HSN  Hälso- och sjukvårdsnämnden        4 328,9   4 358,1   4 401,0"));
}

TEST_CASE("exit codes: rules show 2 for a rule file with mistakes, none given, or a unit it does not know") {
    Cli cli;
    const auto mistakes = cli({"rules", "show", broken_rules});
    CHECK(mistakes.exit_code == 2);
    CHECK(has(mistakes.err, "okänd rad \"Personalkostnad\""));
    CHECK(mistakes.out.empty());

    const auto none = cli({"rules", "show"});
    CHECK(none.exit_code == 2);
    CHECK(has(none.err, "Regelfilen saknas: ange den som REGELFIL eller med --rules"));

    const auto unit = cli({"rules", "show", rules, "--unit", "kr"});
    CHECK(unit.exit_code == 2);
    CHECK(has(unit.err, "--unit: kr not in {tkr,mnkr}"));
}

// ---- template: 0, 2 ----------------------------------------------------------------------------

TEST_CASE("exit codes: template 0 writes the committee's template") {
    Cli cli;
    const auto dir = cli.dir.path / "mall";
    const auto r = cli({"template", "--rules", rules, "--out", dir.string(), "--committee", "KBN"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == (dir / "KBN-2024.xlsx").string() + "\n");
    CHECK(fs::is_regular_file(dir / "KBN-2024.xlsx"));
}

TEST_CASE("exit codes: template 2 when a template cannot be written (not 1: that is for input)") {
    Cli cli;
    const auto r = cli({"template", rules, "-o", cli.unwritable("mall"), "--committee", "KBN"});
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, cli.unwritable("mall")));
    CHECK(has(r.err, "mappen kan inte skapas: Det är inte en mapp"));   // in the chosen language
    CHECK(r.out.empty());
    const auto en = cli({"--lang", "en", "template", rules, "-o", cli.unwritable("mall"), "--committee", "KBN"});
    CHECK(en.exit_code == 2);
    CHECK(has(en.err, "the folder cannot be made: Not a directory"));
}

TEST_CASE("exit codes: template 2 for an unknown committee, broken rules, or no --out") {
    Cli cli;
    const auto dir = (cli.dir.path / "mall").string();
    const auto committee = cli({"template", rules, "-o", dir, "--committee", "XYZ"});
    CHECK(committee.exit_code == 2);
    CHECK(has(committee.err, "Nämnden finns inte i regelfilen: XYZ: HSN, TVN, PN, SVN, TN, KBN, RUN, RS, FF"));

    const auto broken = cli({"template", "--rules", broken_rules, "--out", dir});
    CHECK(broken.exit_code == 2);
    CHECK(has(broken.err, "okänd rad \"Drfit\""));

    const auto no_out = cli({"template", "--rules", rules});
    CHECK(no_out.exit_code == 2);
    CHECK(has(no_out.err, "--out krävs"));
    CHECK(!fs::exists(dir));
}

// ---- check: 0, 1, 2 ----------------------------------------------------------------------------

TEST_CASE("exit codes: check 0 for the clean round, every committee OK") {
    Cli cli;
    const auto r = cli({"check", "--rules", rules, "--in", clean_round});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): OK\n"));
    CHECK(has(r.out, "FF Finansförvaltningen (FF-2024.xlsx): OK\n"));
    CHECK(!has(r.out, ": fel"));
}

TEST_CASE("exit codes: check 1 when a finding is an error") {
    Cli cli;
    const auto r = cli({"check", rules, round_with_errors});
    CHECK(r.exit_code == 1);
    CHECK(has(r.out, "HSN-2024.xlsx!Budget!C10  Nettokostnaden är lika med ramen (2025)"));
    CHECK(has(r.out, "Samverkansnämnden (SVN) har inte lämnat något underlag"));
}

TEST_CASE("exit codes: check 1 for a submission that cannot be read (an error finding, the others checked)") {
    Cli cli;
    const auto in = cli.dir.path / "in";
    fs::copy(clean_round, in);
    fs::remove(in / "RUN-2024.xlsx");
    fs::copy_file(old_xls, in / "RUN-2024.xls");
    const auto r = cli({"check", "--rules", rules, "--in", in.string()});
    CHECK(r.exit_code == 1);
    CHECK(has(r.out, "RUN Regional utvecklingsnämnd: fel\n  fel      RUN-2024.xls  Filen kan inte läsas"));
    CHECK(has(r.out, "HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): OK\n"));
}

TEST_CASE("exit codes: check 2 for broken rules, a path that does not exist, a bad --committee") {
    Cli cli;
    const auto broken = cli({"check", broken_rules, clean_round});
    CHECK(broken.exit_code == 2);
    CHECK(has(broken.err, "okänd rad \"Drfit\""));
    CHECK(broken.out.empty());

    const auto path = cli({"check", "--rules", rules, "--in", "/finns/inte"});
    CHECK(path.exit_code == 2);
    CHECK(has(path.err, "Finns inte: /finns/inte"));

    const auto committee = cli({"check", rules, clean_round, "--committee", "XYZ=a.xlsx"});
    CHECK(committee.exit_code == 2);
    CHECK(has(committee.err, "--committee XYZ=a.xlsx: ska vara KOD=FIL med en nämnd ur regelfilen"));
}

TEST_CASE("exit codes: check 2 when --json, --report or --report-per-committee cannot be written") {
    Cli cli;
    for (const auto& [option, name] : {std::pair{"--json", "f.json"}, std::pair{"--report", "r.xlsx"}, std::pair{"--report-per-committee", "nämnder"}}) {
        INFO(option);
        const auto r = cli({"check", rules, clean_round, option, cli.unwritable(name)});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, cli.unwritable("")));   // the message names where it could not write
        CHECK(has(r.out, "FF Finansförvaltningen (FF-2024.xlsx): OK\n"));   // the check itself was done
    }
}

TEST_CASE("exit codes: check 2 for the rule file given twice, none, or no submissions") {
    Cli cli;
    const auto twice = cli({"check", rules, clean_round, "--rules", rules});
    CHECK(twice.exit_code == 2);
    CHECK(has(twice.err, "blekinge-2024.rules: en regelfil bland underlagen; regelfilen anges en gång, som första argument eller med --rules"));
    CHECK(twice.out.empty());

    const auto no_rules = cli({"check", "--in", clean_round});
    CHECK(no_rules.exit_code == 2);
    CHECK(has(no_rules.err, "Regelfilen saknas: ange den som REGELFIL eller med --rules"));

    const auto no_inputs = cli({"check", "--rules", rules});
    CHECK(no_inputs.exit_code == 2);
    CHECK(has(no_inputs.err, "Inga underlag: ange filer eller mappar efter regelfilen eller med --in"));
}

// ---- consolidate: 0, 1, 2 ----------------------------------------------------------------------

TEST_CASE("exit codes: consolidate 0 writes the annexes") {
    Cli cli;
    const auto dir = cli.dir.path / "bilagor";
    const auto r = cli({"consolidate", "--rules", rules, "--in", clean_round, "--out", dir.string()});
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, (dir / "Bilagor.xlsx").string() + "\n"));
    CHECK(fs::is_regular_file(dir / "Nämndbudget.xlsx"));
    CHECK(r.err.empty());
}

TEST_CASE("exit codes: consolidate 1 when the submissions have errors, and nothing is written") {
    Cli cli;
    const auto dir = cli.dir.path / "bilagor";
    const auto r = cli({"consolidate", rules, round_with_errors, "-o", dir.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("Underlagen innehåller fel; inga bilagor skrivna.\nFel i: HSN Hälso- och sjukvårdsnämnden"));
    CHECK(!fs::exists(dir / "Bilagor.xlsx"));
}

TEST_CASE("exit codes: consolidate 2 for rules without annexes, an output that cannot be written, a missing path") {
    Cli cli;
    const auto dir = (cli.dir.path / "bilagor").string();
    const auto no_annexes = cli({"consolidate", "--rules", rules_without_annexes, "--in", clean_round, "--out", dir});
    CHECK(no_annexes.exit_code == 2);
    CHECK(has(no_annexes.err, "vasterbotten-2023.rules: regelfilen deklarerar inga bilagor (annex …)"));

    const auto unwritable = cli({"consolidate", "--rules", rules, "--in", clean_round, "--out", cli.unwritable("bilagor")});
    CHECK(unwritable.exit_code == 2);
    CHECK(has(unwritable.err, cli.unwritable("bilagor")));
    CHECK(unwritable.out.empty());

    const auto path = cli({"consolidate", rules, "/finns/inte", "--output", dir});
    CHECK(path.exit_code == 2);
    CHECK(has(path.err, "Finns inte: /finns/inte"));
}

// ---- run: 0, 1, 2 ------------------------------------------------------------------------------

TEST_CASE("exit codes: run 0 for the clean round, outputs and archive written") {
    Cli cli;
    const auto out = cli.dir.path / "out";
    const auto r = cli({"run", "--rules", rules, "--in", clean_round, "--out", out.string()});
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "Arkiv: " + (out / "arkiv.sqlite").string() + " (9 filer lästa, 9 nya versioner)"));
    CHECK(fs::is_regular_file(out / "resultat" / "granskning.json"));
}

TEST_CASE("exit codes: run 1 when a finding is an error (committees without a file)") {
    Archived a;   // runs `run` on two committees' files and requires exit 1
    const auto r = a({"run", "--rules", rules, "--in", a.in.string(), "--out", a.out.string()});
    CHECK(r.exit_code == 1);
    CHECK(has(r.out, "Samverkansnämnden (SVN) har inte lämnat något underlag"));
    CHECK(has(r.out, "(2 filer lästa, 0 nya versioner)"));
}

TEST_CASE("exit codes: run 2 for an output folder or archive that cannot be used, a bad --committee, broken rules") {
    Archived a;
    const auto folder = a({"run", "--rules", rules, "--in", a.in.string(), "-o", a.unwritable("out")});
    CHECK(folder.exit_code == 2);
    CHECK(has(folder.err, a.unwritable("out") + ": utdatamappen kan inte skrivas"));

    const auto damaged = a.damaged();
    const auto archive = a({"run", "--rules", rules, "--in", a.in.string(), "--out", (a.dir.path / "out2").string(), "--archive", damaged});
    CHECK(archive.exit_code == 2);
    CHECK(has(archive.err, damaged + ": arkivet kan inte användas"));

    const auto committee = a({"run", "--rules", rules, "--in", a.in.string(), "--out", a.out.string(), "--committee", "HSN"});
    CHECK(committee.exit_code == 2);
    CHECK(has(committee.err, "--committee HSN: ska vara KOD=FIL med en nämnd ur regelfilen"));

    const auto broken = a({"run", broken_rules, a.in.string(), "--out", a.out.string()});
    CHECK(broken.exit_code == 2);
    CHECK(has(broken.err, "okänd rad \"Drfit\""));
}

// ---- history: 0, 1, 2 --------------------------------------------------------------------------

TEST_CASE("exit codes: history 0 lists the versions") {
    Archived a;
    const auto r = a({"history", "--archive", a.archive.string()});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("Nämnd  Version  Fil"));
    CHECK(has(r.out, "\nHSN          1  HSN-2024.xlsx"));
    CHECK(has(r.out, "\nPN           1  PN-2024.xlsx"));
}

TEST_CASE("exit codes: history 1 for an archive that is missing or damaged") {
    Archived a;
    const auto missing = (a.dir.path / "inget.sqlite").string();
    const auto none = a({"history", "--archive", missing});
    CHECK(none.exit_code == 1);
    CHECK(has(none.err, missing + ": arkivet finns inte (det skapas av ramkoll run)"));

    const auto damaged = a.damaged();
    const auto bad = a({"history", "--archive", damaged});
    CHECK(bad.exit_code == 1);
    CHECK(has(bad.err, damaged + ": arkivet kan inte användas: file is not a database"));
}

TEST_CASE("exit codes: history 2 for a command line it cannot use") {
    Archived a;
    const auto r = a({"history", "HSN", "--archive", a.archive.string()});
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "Oväntat argument: HSN"));
    CHECK(r.out.empty());
}

// ---- diff: 0, 1, 2 -----------------------------------------------------------------------------

TEST_CASE("exit codes: diff 0 compares two versions") {
    Archived a;
    const auto r = a({"diff", "HSN", "1", "1", "--archive", a.archive.string()});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("HSN: version 1 (HSN-2024.xlsx, anlänt "));
    CHECK(has(r.out, "\nÄndrade värden (tkr)\n  (inga)\n"));
    const auto only_one = a({"diff", "PN", "--archive", a.archive.string()});
    CHECK(only_one.exit_code == 0);
    CHECK(only_one.out == "PN har bara version 1; inget att jämföra.\n");
}

TEST_CASE("exit codes: diff 1 for an archive that is missing or damaged") {
    Archived a;
    const auto damaged = a.damaged();
    const auto r = a({"diff", "HSN", "--archive", damaged});
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, damaged + ": arkivet kan inte användas"));
    const auto missing = (a.dir.path / "inget.sqlite").string();
    CHECK(a({"diff", "HSN", "--archive", missing}).exit_code == 1);
}

TEST_CASE("exit codes: diff 2 for a committee or a version the archive does not have") {
    Archived a;
    const auto committee = a({"diff", "KBN", "--archive", a.archive.string()});
    CHECK(committee.exit_code == 2);
    CHECK(has(committee.err, "KBN: inga versioner i arkivet (se ramkoll history)"));

    const auto version = a({"diff", "HSN", "1", "7", "--archive", a.archive.string()});
    CHECK(version.exit_code == 2);
    CHECK(has(version.err, "HSN: version 7 finns inte i arkivet (se ramkoll history)"));
    CHECK(version.out.empty());
}

// ---- restore: 0, 1, 2 --------------------------------------------------------------------------

TEST_CASE("exit codes: restore 0 writes the archived bytes") {
    Archived a;
    const auto file = a.dir.path / "HSN-v1.xlsx";
    const auto r = a({"restore", "HSN", "1", "--out", file.string(), "--archive", a.archive.string()});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("HSN version 1 (HSN-2024.xlsx, "));
    CHECK(has(r.out, "återställd till " + file.string()));
    CHECK(read_file(file) == read_file(run_fixtures / "HSN-2024.xlsx"));
}

TEST_CASE("exit codes: restore 1 for an archive that is missing or damaged") {
    Archived a;
    const auto file = (a.dir.path / "x.xlsx").string();
    const auto missing = (a.dir.path / "inget.sqlite").string();
    const auto r = a({"restore", "HSN", "1", "-o", file, "--archive", missing});
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, missing + ": arkivet finns inte"));
    CHECK(a({"restore", "HSN", "1", "-o", file, "--archive", a.damaged()}).exit_code == 1);
    CHECK(!fs::exists(file));
}

TEST_CASE("exit codes: restore 2 for a version the archive does not have, a file that cannot be written, no -o") {
    Archived a;
    const auto version = a({"restore", "HSN", "9", "-o", (a.dir.path / "x.xlsx").string(), "--archive", a.archive.string()});
    CHECK(version.exit_code == 2);
    CHECK(has(version.err, "HSN: version 9 finns inte i arkivet (se ramkoll history)"));

    const auto unwritable = a({"restore", "HSN", "1", "--output", a.unwritable("x.xlsx"), "--archive", a.archive.string()});
    CHECK(unwritable.exit_code == 2);
    CHECK(has(unwritable.err, a.unwritable("x.xlsx") + ": "));
    CHECK(unwritable.out.empty());

    const auto no_out = a({"restore", "HSN", "1", "--archive", a.archive.string()});
    CHECK(no_out.exit_code == 2);
    CHECK(has(no_out.err, "--out krävs"));
}

// ---- the command line itself -------------------------------------------------------------------

TEST_CASE("exit codes: no command, an unknown command or option is 2, --help is 0") {
    Cli cli;
    const auto none = cli({});
    CHECK(none.exit_code == 2);
    CHECK(has(none.err, "Ett kommando krävs\nKör med --help för mer information.\n"));
    const auto unknown = cli({"granska"});
    CHECK(unknown.exit_code == 2);
    CHECK(has(unknown.err, "Okänt kommando: granska\n"));
    const auto option = cli({"check", "--bogus", rules, clean_round});
    CHECK(option.exit_code == 2);
    CHECK(has(option.err, "Oväntat argument: --bogus"));
    const auto help = cli({"check", "--help"});
    CHECK(help.exit_code == 0);
    CHECK(has(help.out, "Användning: ramkoll check"));
}

TEST_CASE("exit codes: check 2 for an --archive that does not exist, 0 with one of the clean round") {
    Cli cli;
    const auto missing = cli({"check", "--rules", rules, "--in", clean_round, "--archive", (cli.dir.path / "inget.sqlite").string()});
    CHECK(missing.exit_code == 2);
    CHECK(has(missing.err, "arkivet finns inte"));
    CHECK(missing.out.empty());
    const auto archive = (cli.dir.path / "arkiv.sqlite").string();
    REQUIRE(cli({"run", "--rules", rules, "--in", clean_round, "--out", (cli.dir.path / "ut").string(), "--archive", archive})
                .exit_code == 0);
    const auto again = cli({"check", "--rules", rules, "--in", clean_round, "--archive", archive});
    CHECK(again.exit_code == 0);
    CHECK(has(again.out, "SVN Samverkansnämnden (SVN-2024.xlsx): OK\n"));
}
