// Drop-downs that cannot make a template fail (issue #17 item 9): the choices of every drop-down
// are cells of the hidden sheet Listor, however many and however long, commas included; a filled
// template reads back; texts longer than Excel's limits for help texts, page headers and
// properties are shortened where they are only shown, so the template is still written.
#include "rules/loader.hpp"
#include "submission/read_submission.hpp"
#include "submission/sheet_grid.hpp"
#include "template/names.hpp"
#include "template/template.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ramkoll;

using ramkoll::test::TempDir;

namespace {

// The output of a shell command, and its exit status in `status`.
std::string output_of(const std::string& command, int& status) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) out += buffer.data();
    status = pclose(pipe.release());
    return out;
}

std::string committee_code(int i) { return fmt::format("NAMND{:02}", i); }
std::string role(int i) { return fmt::format("Överenskommelse nummer {:02} med ett långt namn", i); }

// 40 committees and a role column (Roll) filtered on 30 long values by the rules, one holding a
// comma: the codes take 319 characters as an inline list, the roles more than 1 400.
std::string many_choices_rules() {
    std::string text = "round \"Många val\"\nyears 2023 2024\nunit tkr\n";
    for (int i = 1; i <= 40; ++i)
        text += fmt::format("committee {} \"Nämnd nummer {}\"\n  frame: 100 ; 100\n", committee_code(i), i);
    text += R"(form
  line Drift "Drift" positive
  total Netto "Netto" = Drift
  list Interna "Interna överenskommelser" optional
    column Motpart "Motpart" committee
    column Roll "Roll" text
    column Belopp "Belopp" amount per year
)";
    for (int i = 1; i <= 29; ++i)
        text += fmt::format("rule \"Roll {0}\" info\n  each year: sum(Interna.Belopp where Roll = \"{1}\") >= 0\n", i, role(i));
    text += "rule \"Lokaler\" info\n  each year: sum(Interna.Belopp where Roll = \"Hyra, lokaler och städ\") >= 0\n";
    return text;
}

std::vector<std::string> column_texts(const submission::SheetGrid& grid, std::uint32_t col, std::uint32_t first,
                                      std::uint32_t last) {
    std::vector<std::string> out;
    for (auto r = first; r <= last; ++r) out.push_back(submission::cell_text(grid.at({r, col})));
    return out;
}

std::vector<std::string> findings(const submission::Submission& s) {
    std::vector<std::string> out;
    for (const auto& f : s.findings) out.push_back(describe(f, Lang::en));
    return out;
}

}  // namespace

TEST_CASE("a round with 40 committees and 30 long role values gets drop-downs on the hidden sheet Listor") {
    const auto loaded = rules::load_rules_text("many.rules", many_choices_rules());
    REQUIRE(loaded.ok());
    const auto& round = loaded.round;
    const auto& roll = round.form.lists[0].columns[1];
    REQUIRE(roll.closed);
    REQUIRE(roll.values.size() == 32);   // the 30 filtered values, "köpare" and "säljare"
    const auto& committee = *round.committee("NAMND07");
    TempDir dir("ramkoll-template-choices");
    const auto blank = dir.path / templates::file_name(round, committee);
    REQUIRE_NOTHROW(templates::write_template(round, committee, blank));

    const auto book = xlsx::Workbook::open(blank);
    const auto lists = book.find_sheet(templates::choices_sheet);
    REQUIRE(lists.has_value());
    CHECK(book.sheets()[*lists].state == xlsx::SheetState::hidden);
    const auto grid = submission::SheetGrid::read(book, *lists);
    std::vector<std::string> codes;
    for (const auto& c : round.committees) codes.push_back(c.code);
    CHECK(column_texts(grid, 1, 2, 41) == codes);
    CHECK(column_texts(grid, 2, 2, 33) == roll.values);
    CHECK(submission::cell_text(grid.at({1, 2})) == "Interna överenskommelser: Roll");

    // The drop-downs as openpyxl (and so Excel) reads them; then one row filled in.
    int status = 0;
    const auto filled = dir.path / "NAMND07-ifylld.xlsx";
    const auto printed = output_of(fmt::format("/usr/bin/python3 '{}/tests/template/fill_choices.py' '{}' '{}' "
                                               "'Interna överenskommelser' 'A5=NAMND31' 'B5=hyra, lokaler och städ ' "
                                               "C5=-250 D5=-260 A6=NAMND02 'B6={}' C6=-10 D6=-20",
                                               RAMKOLL_SOURCE_DIR, blank.string(), filled.string(), role(17)),
                                   status);
    REQUIRE(status == 0);
    CHECK(printed == "A5:A24 Listor!$A$2:$A$41\nB5:B24 Listor!$B$2:$B$33\n");

    const auto s = submission::read_submission(filled, round);
    CHECK(s.layout == submission::Layout::ramkoll_template);
    // openpyxl keeps no cached results, so the budget's totals are "never calculated"; the
    // list's cells are all accepted.
    std::vector<std::string> about_the_list;
    for (const auto& f : findings(s))
        if (f.find("Interna") != std::string::npos) about_the_list.push_back(f);
    CHECK(about_the_list == std::vector<std::string>{});
    REQUIRE(s.rows(0) == 2);
    CHECK(s.text(0, 0, 0) == "NAMND31");
    CHECK(s.text(0, 0, 1) == "Hyra, lokaler och städ");   // read as the declared value
    CHECK(s.text(0, 1, 1) == role(17));
    CHECK(s.amount(0, 0, 2, 2024) == to_kronor(Money::whole(-260), Unit::tkr));
}

TEST_CASE("texts longer than Excel's limits for help texts, page headers and properties still make a template") {
    const std::string long_name(300, 'x');
    const auto text = fmt::format(R"(round "{0}"
years 2023
unit mnkr
committee FF "{0}"
  frame: −100
form
  line Netto "{0}" any
  list Poster "Poster"
    column Namn "{0}" text
    column Belopp "{0}" amount per year
)", long_name);
    const auto loaded = rules::load_rules_text("long.rules", text);
    REQUIRE(loaded.ok());
    TempDir dir("ramkoll-template-long");
    const auto& ff = loaded.round.committees.front();
    const auto path = dir.path / templates::file_name(loaded.round, ff);
    REQUIRE_NOTHROW(templates::write_template(loaded.round, ff, path));
    const auto book = xlsx::Workbook::open(path);
    CHECK(book.sheets().size() == 4);   // no drop-down: no Listor
    const auto s = submission::read_submission(path, loaded.round);
    CHECK(s.layout == submission::Layout::ramkoll_template);
    CHECK(findings(s) == std::vector<std::string>{});
}
