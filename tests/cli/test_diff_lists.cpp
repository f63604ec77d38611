// `ramkoll diff` and list rows, end to end with the real binary: a revision that changes only one
// list amount shows exactly that change with its cell, and an archive of schema 1 (no list rows,
// made by SQL) still works with history, diff and restore, and is upgraded by the next run.
#include "archive/schema_1.hpp"
#include "process.hpp"
#include "temp_dir.hpp"

using namespace ramkoll;
using namespace ramkoll::test;
namespace fs = std::filesystem;

namespace {

const std::string rules = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const fs::path fixtures = RAMKOLL_SOURCE_DIR "/tests/fixtures/run";

// `source` revised with revise_submission.py: amounts added to cells of one sheet.
fs::path revised(const fs::path& source, const fs::path& target, const std::string& sheet, const std::string& changes) {
    const std::string command = "/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/cli/revise_submission.py '" + source.string() +
                                "' '" + target.string() + "' '" + sheet + "' " + changes;
    REQUIRE(std::system(command.c_str()) == 0);
    return target;
}

// What a diff prints from `title` up to the next blank line.
std::string section(const std::string& text, const std::string& title) {
    const auto start = text.find(title);
    if (start == std::string::npos) return {};
    return text.substr(start, text.find("\n\n", start) - start + 1);
}

struct Round {
    TempDir dir{"diff-lists"};
    fs::path in = dir.path / "inlamnat", out = dir.path / "out", archive = dir.path / "arkiv.sqlite";
    Round() { fs::create_directories(in); }
    Finished run() {
        return run_ramkoll({"run", "--rules", rules, "--in", in.string(), "--out", out.string(), "--archive", archive.string()},
                           dir.path);
    }
    Finished command(std::vector<std::string> args) {
        args.insert(args.end(), {"--archive", archive.string()});
        return run_ramkoll(args, dir.path);
    }
};

}  // namespace

TEST_CASE("diff: a revision that changes only one list amount shows exactly that change with its cell") {
    Round round;
    fs::copy_file(fixtures / "HSN-2024.xlsx", round.in / "HSN-2024.xlsx");
    REQUIRE(round.run().exit_code == 1);   // committees without a file
    // Arbetsskor till vårdpersonal (Satsningar row 2) 2025: 1 500 → 2 000 tkr. The revision
    // changes the cell only, so the sum row keeps its stored 13 500 (no program recalculated
    // it): a warning, and the one new finding diff shows.
    replace_file(revised(fixtures / "HSN-2024.xlsx", round.dir.path / "v2.xlsx", "Satsningar", "C6=500"),
                 round.in / "HSN-2024.xlsx");
    const auto second = round.run();
    CHECK(squeezed(second.out).find("\nHSN 2 (ny) varningar 0 1 – –\n") != std::string::npos);

    const auto diff = round.command({"diff", "HSN"});
    INFO(diff.out << diff.err);
    CHECK(diff.exit_code == 0);
    const auto text = squeezed(diff.out);
    CHECK(section(text, "Ändrade värden (tkr)") == "Ändrade värden (tkr)\n (inga)\n");
    CHECK(section(text, "Ändrade listrader (tkr)") ==
          "Ändrade listrader (tkr)\n Rad Kolumn År Cell Före Efter Skillnad\n"
          " Satsningar rad 2 (Arbetsskor till vårdpersonal) Belopp 2025 Satsningar!C6 1 500,0 2 000,0 500,0\n");
    CHECK(section(text, "Nya avvikelser") ==
          "Nya avvikelser\n varning HSN-2024.xlsx!Satsningar!C25 Summaraden täcker inte alla rader\n"
          " HSN-2024.xlsx, Satsningar!C25: summaraden Satsningar: Belopp 2025 (C25) är 13 500,0 tkr, men listans rader "
          "summerar till 14 000,0 tkr; summaformeln täcker inte alla rader\n");
    CHECK(text.find("Borttagna avvikelser\n (inga)\n") != std::string::npos);

    const auto english = run_ramkoll({"--lang", "en", "diff", "HSN", "--archive", round.archive.string()}, round.dir.path);
    CHECK(section(squeezed(english.out), "Changed list rows (tkr)") ==
          "Changed list rows (tkr)\n Row Column Year Cell Before After Difference\n"
          " Satsningar row 2 (Arbetsskor till vårdpersonal) Belopp 2025 Satsningar!C6 1 500,0 2 000,0 500,0\n");

    // An internal agreement's amount: the row is labelled by its texts, the sheet quoted.
    replace_file(revised(round.in / "HSN-2024.xlsx", round.dir.path / "v3.xlsx", "Interna överenskommelser", "E5=-100"),
                 round.in / "HSN-2024.xlsx");
    round.run();
    const auto agreement = squeezed(round.command({"diff", "HSN"}).out);
    INFO(agreement);
    CHECK(section(agreement, "Ändrade listrader (tkr)") ==
          "Ändrade listrader (tkr)\n Rad Kolumn År Cell Före Efter Skillnad\n"
          " Interna överenskommelser rad 1 (RS, köpare, Lokalvård och fastighetsservice) Belopp 2025 "
          "'Interna överenskommelser'!E5 43 000,0 42 900,0 -100,0\n");
}

TEST_CASE("diff: an archive of schema 1 works with history, diff and restore, and the next run upgrades it") {
    Round round;
    const std::string v1 = read_file(fixtures / "HSN-2024.xlsx");
    const fs::path v2_path = revised(fixtures / "HSN-2024.xlsx", round.dir.path / "v2.xlsx", "Budget", "C8=1000");
    const std::string v2 = read_file(v2_path);
    write_schema_1(round.archive, {{"HSN", 1, "HSN-2024.xlsx", v1, Money::whole(1'966'452'000)},
                                   {"HSN", 2, "HSN-2024.xlsx", v2, Money::whole(1'967'452'000)}});

    const auto history = round.command({"history", "--committee", "HSN"});
    CHECK(history.exit_code == 0);
    CHECK(squeezed(history.out).find("\nHSN 2 HSN-2024.xlsx ") != std::string::npos);

    const auto diff = round.command({"diff", "HSN"});
    INFO(diff.out << diff.err);
    CHECK(diff.exit_code == 0);
    const auto text = squeezed(diff.out);
    CHECK(section(text, "Ändrade värden (tkr)") ==
          "Ändrade värden (tkr)\n Rad År Cell Före Efter Skillnad\n Drift 2025 Budget!C8 1 966 452,0 1 967 452,0 1 000,0\n");
    CHECK(section(text, "Ändrade listrader (tkr)") ==
          "Ändrade listrader (tkr)\n (jämförs inte: version 1 arkiverades av en äldre ramkoll, som inte sparade listraderna)\n");

    const auto restored = round.dir.path / "v1.xlsx";
    CHECK(round.command({"restore", "HSN", "1", "-o", restored.string()}).exit_code == 0);
    CHECK(read_file(restored) == v1);

    // The next run records into it: version 3, with its list rows, against version 2 without.
    replace_file(revised(v2_path, round.dir.path / "v3.xlsx", "Satsningar", "C6=500"), round.in / "HSN-2024.xlsx");
    const auto third = round.run();
    INFO(third.out << third.err);
    CHECK(squeezed(third.out).find("\nHSN 3 (ny) ") != std::string::npos);
    CHECK(section(squeezed(round.command({"diff", "HSN"}).out), "Ändrade listrader (tkr)") ==
          "Ändrade listrader (tkr)\n (jämförs inte: version 2 arkiverades av en äldre ramkoll, som inte sparade listraderna)\n");
    // And the one after it is compared row by row.
    replace_file(revised(round.in / "HSN-2024.xlsx", round.dir.path / "v4.xlsx", "Satsningar", "D6=-500"),
                 round.in / "HSN-2024.xlsx");
    round.run();
    CHECK(section(squeezed(round.command({"diff", "HSN"}).out), "Ändrade listrader (tkr)") ==
          "Ändrade listrader (tkr)\n Rad Kolumn År Cell Före Efter Skillnad\n"
          " Satsningar rad 2 (Arbetsskor till vårdpersonal) Belopp 2026 Satsningar!D6 1 500,0 1 000,0 -500,0\n");
    CHECK(round.command({"restore", "HSN", "2", "-o", restored.string()}).exit_code == 0);
    CHECK(read_file(restored) == v2);
    CHECK(round.command({"history"}).exit_code == 0);
}
