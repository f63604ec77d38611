// `ramkoll run`, `history`, `diff` and `restore` end to end with the real binary: the round's
// outputs, a revised submission as version 2 with its exact changed values, the original bytes
// back, the same JSON as `check`, and the clear errors.
#include "process.hpp"
#include "temp_dir.hpp"

#include <sqlite3.h>

#include <chrono>
#include <ctime>

using namespace ramkoll::test;
namespace fs = std::filesystem;

namespace {

const std::string rules = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const fs::path fixtures = RAMKOLL_SOURCE_DIR "/tests/fixtures/run";

// HSN's submission with Drift 2025 (Budget!C8) and the net total (C10) 1 000 tkr higher.
fs::path revised_hsn(const fs::path& dir) {
    const fs::path target = dir / "HSN-2024-v2.xlsx";
    const std::string command = "/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/cli/revise_submission.py '" +
                                (fixtures / "HSN-2024.xlsx").string() + "' '" + target.string() +
                                "' Budget C8=1000 C10=1000";
    REQUIRE(std::system(command.c_str()) == 0);
    return target;
}

struct Round {
    TempDir dir{"run"};
    fs::path in = dir.path / "inlamnat", out = dir.path / "out";
    Round() {
        fs::create_directories(in);
        for (const char* name : {"HSN-2024.xlsx", "PN-2024.xlsx"}) fs::copy_file(fixtures / name, in / name);
    }
    Finished run(std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"run", "--rules", rules, "--in", in.string(), "--out", out.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_ramkoll(args, dir.path);
    }
    Finished archive_command(std::vector<std::string> args) {
        args.insert(args.end(), {"--archive", (out / "arkiv.sqlite").string()});
        return run_ramkoll(args, dir.path);
    }
};

}  // namespace

TEST_CASE("run: a revised submission is version 2, diff shows its changed values, restore gives back each version") {
    Round round;
    auto first = round.run();
    INFO(first.out << first.err);
    const auto check = run_ramkoll({"check", rules, round.in.string(), "--json", (round.dir.path / "check.json").string()},
                               round.dir.path);
    CHECK(first.exit_code == check.exit_code);   // 1: seven committees have not submitted
    CHECK(first.exit_code == 1);
    CHECK(squeezed(first.out).find("\nHSN 1 (ny) OK 0 0 – –\n") != std::string::npos);
    CHECK(first.out.find("(2 filer lästa, 2 nya versioner)") != std::string::npos);
    CHECK(read_file(round.out / "resultat" / "granskning.json") == read_file(round.dir.path / "check.json"));
    CHECK(fs::exists(round.out / "resultat" / "granskning.xlsx"));
    CHECK(read_file(round.out / "resultat" / "sammanfattning.txt").starts_with("Nämnd  Version  Status"));
    // One report per committee, and the annexes as drafts: seven committees have not submitted.
    for (const char* code : {"HSN", "PN", "FF"})
        CHECK(fs::exists(round.out / "resultat" / "nämnder" / (std::string(code) + "-granskning.xlsx")));
    const fs::path annexes = round.out / "resultat" / "bilagor";
    CHECK(fs::exists(annexes / "Bilagor.xlsx"));
    CHECK(fs::exists(annexes / "Nämndbudget.xlsx"));
    const std::string draft = "unzip -p '" + (annexes / "Nämndbudget.xlsx").string() +
                              "' xl/sharedStrings.xml | grep -q 'UTKAST – underlaget innehåller fel'";
    CHECK(std::system(draft.c_str()) == 0);

    auto again = round.run();
    CHECK(again.out.find("(2 filer lästa, 0 nya versioner)") != std::string::npos);
    CHECK(squeezed(again.out).find("\nHSN 1 OK 0 0 – –\n") != std::string::npos);

    const fs::path v2 = revised_hsn(round.dir.path);
    replace_file(v2, round.in / "HSN-2024.xlsx");
    auto third = round.run();
    CHECK(squeezed(third.out).find("\nHSN 2 (ny) fel 1 0 – –\n") != std::string::npos);

    auto history = round.archive_command({"history", "--committee", "HSN"});
    CHECK(history.exit_code == 0);
    const auto rows = squeezed(history.out);
    CHECK(rows.starts_with("Nämnd Version Fil Anlänt Filtid Byte Status Fel Varningar SHA-256\n"));
    CHECK(rows.find("\nHSN 1 HSN-2024.xlsx ") != std::string::npos);
    CHECK(rows.find("\nHSN 2 HSN-2024.xlsx ") != std::string::npos);
    CHECK(std::count(rows.begin(), rows.end(), '\n') == 3);

    auto diff = round.archive_command({"diff", "HSN"});
    INFO(diff.out);
    CHECK(diff.exit_code == 0);
    const auto text = squeezed(diff.out);
    CHECK(text.find("HSN: version 1 (HSN-2024.xlsx, anlänt ") != std::string::npos);
    const auto values = text.substr(text.find("Ändrade värden (tkr)"), text.find("Nya avvikelser") - text.find("Ändrade värden (tkr)"));
    CHECK(values == "Ändrade värden (tkr)\n Rad År Cell Före Efter Skillnad\n"
                    " Drift 2025 Budget!C8 1 966 452,0 1 967 452,0 1 000,0\n"
                    " Totalt 2025 Budget!C10 4 358 100,0 4 359 100,0 1 000,0\n\n"
                    "Ändrade listrader (tkr)\n (inga)\n\n");
    CHECK(text.find("Nya avvikelser\n fel HSN-2024.xlsx!Budget!C10 Nettokostnaden är lika med ramen (2025)\n") != std::string::npos);
    CHECK(text.find("Borttagna avvikelser\n (inga)\n") != std::string::npos);
    CHECK(round.archive_command({"diff", "HSN", "1", "2"}).out == diff.out);
    CHECK(round.archive_command({"diff", "HSN", "2"}).out == diff.out);
    CHECK(round.archive_command({"diff", "PN"}).out == "PN har bara version 1; inget att jämföra.\n");

    const auto restored1 = round.dir.path / "v1.xlsx", restored2 = round.dir.path / "v2.xlsx";
    CHECK(round.archive_command({"restore", "HSN", "1", "-o", restored1.string()}).exit_code == 0);
    CHECK(round.archive_command({"restore", "HSN", "2", "-o", restored2.string()}).exit_code == 0);
    CHECK(read_file(restored1) == read_file(fixtures / "HSN-2024.xlsx"));
    CHECK(read_file(restored2) == read_file(v2));

    auto english = run_ramkoll({"--lang", "en", "diff", "HSN", "--archive", (round.out / "arkiv.sqlite").string()}, round.dir.path);
    CHECK(squeezed(english.out).find("Changed values (tkr)\n Line Year Cell Before After Difference\n") != std::string::npos);
    CHECK(english.out.find("Findings that appeared") != std::string::npos);
}

TEST_CASE("run: unknown versions, a missing archive and a newer archive are clear errors") {
    Round round;
    REQUIRE(round.run().exit_code == 1);
    auto unknown = round.archive_command({"restore", "HSN", "7", "-o", (round.dir.path / "x.xlsx").string()});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "HSN: version 7 finns inte i arkivet (se ramkoll history)\n");
    CHECK_FALSE(fs::exists(round.dir.path / "x.xlsx"));
    CHECK(round.archive_command({"diff", "HSN", "1", "5"}).exit_code == 2);
    CHECK(round.archive_command({"diff", "TN"}).err == "TN: inga versioner i arkivet (se ramkoll history)\n");

    auto missing = run_ramkoll({"history", "--archive", (round.dir.path / "inget.sqlite").string()}, round.dir.path);
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("inget.sqlite: arkivet finns inte (det skapas av ramkoll run)") != std::string::npos);

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((round.out / "arkiv.sqlite").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 4", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const auto before = fs::read_symlink(round.out / "resultat");
    auto newer = round.run();
    CHECK(newer.exit_code == 2);
    CHECK(newer.err.find("arkiv.sqlite: arkivet är skrivet av en nyare ramkoll (schemaversion 4; den här versionen läser 3)") !=
          std::string::npos);
    CHECK(fs::read_symlink(round.out / "resultat") == before);   // the outputs are left as they were
    CHECK(round.archive_command({"history"}).exit_code == 1);
}

TEST_CASE("run: the summary table gives each committee's deadline and the days left until it") {
    TempDir dir("run");
    fs::create_directories(dir.path / "tom");
    const auto run = run_ramkoll({"run", "--rules", RAMKOLL_SOURCE_DIR "/rules/blekinge-2020.rules", "--in",
                                  (dir.path / "tom").string(), "--out", (dir.path / "out").string()},
                                 dir.path);
    CHECK(run.exit_code == 1);   // nobody has submitted
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const std::chrono::sys_days today{std::chrono::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
    const auto left = [&](std::chrono::year_month_day deadline) {
        return std::to_string((std::chrono::sys_days{deadline} - today).count());
    };
    const auto text = squeezed(run.out);
    CHECK(text.find("\nHSN – fel 1 0 2019-08-29 " + left(std::chrono::year{2019} / 8 / 29) + "\n") != std::string::npos);
    CHECK(text.find("\nRS – fel 1 0 2019-08-21 " + left(std::chrono::year{2019} / 8 / 21) + "\n") != std::string::npos);
    CHECK(text.find("(0 filer lästa, 0 nya versioner)") != std::string::npos);
}

TEST_CASE("run: an unreadable file is archived too, with its finding, and comes back byte for byte") {
    Round round;
    const std::string junk = "Detta är ingen arbetsbok.\n";
    std::ofstream(round.in / "RUN-2024.xlsx", std::ios::binary) << junk;
    const auto run = round.run({});
    CHECK(run.exit_code == 1);
    const auto history = squeezed(round.archive_command({"history", "--committee", "RUN"}).out);
    CHECK(history.find("\nRUN 1 RUN-2024.xlsx ") != std::string::npos);
    CHECK(history.find(std::string(" ") + std::to_string(junk.size()) + " fel 1 0 ") != std::string::npos);   // size, status, one error
    const auto restored = round.dir.path / "run.xlsx";
    CHECK(round.archive_command({"restore", "RUN", "1", "-o", restored.string()}).exit_code == 0);
    CHECK(read_file(restored) == junk);
    CHECK(read_file(round.in / "RUN-2024.xlsx") == junk);   // the input is left as it was
}

TEST_CASE("run: English with --lang en") {
    Round round;
    const auto run = run_ramkoll({"--lang", "en", "run", "--rules", rules, "--in", round.in.string(), "--out",
                                  round.out.string()},
                                 round.dir.path);
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("Committee  Version  Status  Errors  Warnings  Deadline  Days left\n") != std::string::npos);
    CHECK(squeezed(run.out).find("\nHSN 1 (new) OK 0 0 – –\n") != std::string::npos);
    CHECK(run.out.find("(2 files read, 2 new versions)") != std::string::npos);
}

TEST_CASE("run: a progress bar on a terminal when there are many files, none otherwise") {
    Round round;
    for (int i = 1; i <= 20; ++i)   // 22 files: HSN, PN and twenty copies of PN's
        fs::copy_file(fixtures / "PN-2024.xlsx", round.in / ("PN-2024-kopia-" + std::to_string(i) + ".xlsx"));
    const auto piped = round.run();
    CHECK(piped.err.find("Arkiverar") == std::string::npos);
    // script(1) (util-linux) gives the run a terminal.
    const auto captured = round.dir.path / "terminal.txt";
    const std::string command = "script -qec \"" RAMKOLL_BINARY " run --rules '" + rules + "' --in '" + round.in.string() +
                                "' --out '" + round.out.string() + "' >/dev/null\" /dev/null > '" + captured.string() + "'";
    CHECK(WEXITSTATUS(std::system(command.c_str())) == 1);
    const auto terminal = read_file(captured);
    CHECK(terminal.find("\rArkiverar [###############...............] 11/22") != std::string::npos);
    CHECK(terminal.find("\rArkiverar [##############################] 22/22\r\033[K") != std::string::npos);
}

TEST_CASE("run: an output folder that cannot be made, or a foreign resultat in it, is a clear error") {
    Round round;
    std::ofstream(round.dir.path / "fil") << "en fil, ingen mapp";
    const auto not_a_folder = run_ramkoll({"run", "--rules", rules, "--in", round.in.string(), "--out",
                                           (round.dir.path / "fil").string()},
                                          round.dir.path);
    CHECK(not_a_folder.exit_code == 2);
    CHECK(not_a_folder.err.starts_with((round.dir.path / "fil").string() +
                                       ": utdatamappen kan inte skrivas: kan inte skapa mappen: Det är inte en mapp"));

    fs::create_directories(round.out / "resultat");
    const auto foreign = round.run();
    CHECK(foreign.exit_code == 2);
    CHECK(foreign.err == (round.out / "resultat").string() +
                             ": finns redan och är inte ramkolls länk till de senaste resultaten; flytta undan den\n");
    CHECK_FALSE(fs::exists(round.out / "arkiv.sqlite"));
}
