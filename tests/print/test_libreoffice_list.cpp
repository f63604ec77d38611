// A template's list edited in LibreOffice itself (lo_insert_rows.py, python3-uno): a row
// inserted directly under the list's header and one just above its sum row. LibreOffice moves
// Lista_Satsningar and the sum formulas down and leaves both rows outside them; reading takes
// every row between the header and the sum row and warns that the sum misses two.
#include "bundled_rounds.hpp"
#include "submission/read_submission.hpp"
#include "template/template.hpp"

#include <catch2/catch.hpp>

#include "skip.hpp"
#include "temp_dir.hpp"

#include <cstdlib>
#include <string>

#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace ramkoll;
using namespace ramkoll::submission;
using ramkoll::test::TempDir;

namespace {

int exit_status(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

}  // namespace

TEST_CASE("rows LibreOffice inserts under a list's header and above its sum row are read, the short sum warned") {
    if (exit_status("command -v soffice >/dev/null && /usr/bin/python3 -c 'import uno' 2>/dev/null") != 0)
        return test::skip("LibreOffice (libreoffice-calc-nogui) with python3-uno is not installed");
    TempDir dir("ramkoll-print");
    const auto& round = test::round_2024();
    const auto blank = dir.path / "mall.xlsx";
    templates::write_template(round, *round.committee("HSN"), blank);
    const auto filled = dir.path / "ifylld.xlsx", edited = dir.path / "HSN-2024.xlsx";
    REQUIRE(exit_status("/usr/bin/python3 '" RAMKOLL_SOURCE_DIR "/tests/submission/fill_template.py' " + quoted(blank) +
                        " " + quoted(filled) + " --numbers") == 0);
    REQUIRE(exit_status("/usr/bin/python3 '" RAMKOLL_SOURCE_DIR "/tests/print/lo_insert_rows.py' " + quoted(filled) +
                        " " + quoted(edited)) == 0);

    const auto s = read_submission(edited, round);
    const auto list = static_cast<std::size_t>(round.form.list("Satsningar") - round.form.lists.data());
    REQUIRE(s.rows(list) == 4);
    CHECK(s.text(list, 0, 0) == "Läkarbilar");
    CHECK(xlsx::to_string(*s.lists[list][0].amounts.at({1, 2024}).source.cell) == "B5");
    CHECK(s.text(list, 1, 0) == "Barn och unga: psykisk hälsa");
    CHECK(s.text(list, 2, 0) == "Arbetsskor");
    CHECK(s.text(list, 3, 0) == "Tolkar");
    CHECK(xlsx::to_string(*s.lists[list][3].amounts.at({1, 2026}).source.cell) == "D26");
    std::vector<std::string> short_sums;
    for (const auto& f : s.findings)
        if (f.problem == ReadingProblem::list_sum_short) short_sums.push_back(describe(f, Lang::sv));
    CHECK(short_sums == std::vector<std::string>{
                            "HSN-2024.xlsx, Satsningar!B27: summaraden Satsningar: Belopp 2024 (B27) är 9 500,0 tkr, men "
                            "listans rader summerar till 12 000,5 tkr; summaformeln täcker inte alla rader",
                            "HSN-2024.xlsx, Satsningar!C27: summaraden Satsningar: Belopp 2025 (C27) är 13 500,0 tkr, men "
                            "listans rader summerar till 16 010,5 tkr; summaformeln täcker inte alla rader",
                            "HSN-2024.xlsx, Satsningar!D27: summaraden Satsningar: Belopp 2026 (D27) är 13 500,0 tkr, men "
                            "listans rader summerar till 16 120,0 tkr; summaformeln täcker inte alla rader"});
}
