// Check and consolidation read a list's texts the same way: the clean round with its roles and
// committee codes typed in other case and with spaces (edit_cell.py, cached values kept) checks
// clean and gives the same annexes to the last krona; an unknown role, an unknown committee and
// an amount against the agreements' sign convention are errors at their cells, so no annex is
// built from a number the check did not accept.
#include "bundled_rounds.hpp"
#include "consolidate/consolidate.hpp"
#include "validate/check.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ramkoll;
using test::round_2024;
using test::TempDir;

namespace {

const fs::path clean_round = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";
const std::string interna = "Interna överenskommelser";

// The clean round copied into `dir`.
std::vector<fs::path> copy_clean(const TempDir& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(clean_round)) {
        fs::copy_file(entry.path(), dir.path / entry.path().filename());
        files.push_back(dir.path / entry.path().filename());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// edit_cell.py on one file: {sheet, cell, value, sheet, cell, value, …}.
void edit(const fs::path& file, const std::vector<std::string>& edits) {
    std::string command = "/usr/bin/python3 '" RAMKOLL_SOURCE_DIR "/tests/submission/edit_cell.py' '" + file.string() + "'";
    for (const auto& e : edits) command += " '" + e + "'";
    REQUIRE(std::system(command.c_str()) == 0);
}

validate::Result check(const std::vector<fs::path>& files, Lang lang = Lang::sv) {
    validate::Options options;
    options.lang = lang;
    return validate::check(round_2024(), files, options);
}

std::vector<consolidate::Table> annexes(const validate::Result& result) {
    consolidate::Submissions subs;
    for (const auto& s : result.submissions) subs.push_back(&s);
    return consolidate::consolidate(round_2024(), subs, Lang::sv);
}

// "RS-2024.xlsx!'Interna överenskommelser'!B6 Otillåtet värde error"
std::vector<std::string> summaries(const validate::Result& result) {
    std::vector<std::string> out;
    for (const auto& f : result.findings)
        out.push_back(validate::location(f) + " " + f.rule + " " + std::string(validate::severity_key(f.severity)));
    return out;
}

const validate::Finding& last_finding(const validate::Result& result) {
    REQUIRE(!result.findings.empty());
    return result.findings.back();
}

}  // namespace

TEST_CASE("roles and committees typed in other case and with spaces check clean and give the clean annexes") {
    TempDir clean_dir("ramkoll-lists"), edited_dir("ramkoll-lists");
    const auto clean_files = copy_clean(clean_dir);
    const auto files = copy_clean(edited_dir);
    edit(edited_dir.path / "RS-2024.xlsx", {interna, "B5", "Säljare ", interna, "B6", "\u00a0SÄLJARE", interna, "A6", " tvn"});
    edit(edited_dir.path / "HSN-2024.xlsx", {interna, "B5", "Köpare", interna, "A5", "Regionstyrelsen"});

    const auto clean = check(clean_files);
    const auto edited = check(files);
    CHECK(summaries(edited).empty());
    CHECK_FALSE(edited.has_errors());
    const auto want = annexes(clean);
    const auto got = annexes(edited);
    REQUIRE(got.size() == want.size());
    for (std::size_t t = 0; t < want.size(); ++t) {
        INFO(want[t].title);
        REQUIRE(got[t].rows.size() == want[t].rows.size());
        for (std::size_t r = 0; r < want[t].rows.size(); ++r) {
            CHECK(got[t].rows[r].texts == want[t].rows[r].texts);
            CHECK(got[t].rows[r].values == want[t].rows[r].values);
        }
    }
    // Bilaga 1's Resultat, the line that came out 42–84 mnkr off when the annex filtered on the text as typed.
    const auto* result = got.front().find("Resultat");
    REQUIRE(result != nullptr);
    CHECK(result->values == want.front().find("Resultat")->values);
}

TEST_CASE("an unknown role is an error at its cell naming the allowed values") {
    TempDir dir("ramkoll-lists");
    const auto files = copy_clean(dir);
    edit(dir.path / "RS-2024.xlsx", {interna, "B6", "sälj"});
    const auto sv = check(files);
    // TVN's purchase has no seller left: a warning at TVN, the error at RS's cell.
    CHECK(summaries(sv) == std::vector<std::string>{
                               "TVN-2024.xlsx!'Interna överenskommelser'!A5 Intern överenskommelse utan motpart warning",
                               "RS-2024.xlsx!'Interna överenskommelser'!B6 Otillåtet värde error"});
    const auto& f = last_finding(sv);
    CHECK(validate::location(f) == "RS-2024.xlsx!'Interna överenskommelser'!B6");
    CHECK(f.committee == "RS");
    CHECK(f.kind == validate::FindingKind::reading);
    CHECK(f.rule == "Otillåtet värde");
    CHECK(f.severity == rules::Severity::error);
    CHECK(f.message == "RS-2024.xlsx, 'Interna överenskommelser'!B6: Interna överenskommelser rad 2: Roll är \"sälj\", "
                       "som inte är ett tillåtet värde; tillåtna värden: \"köpare\", \"säljare\"");
    const auto en_result = check(files, Lang::en);
    const auto& en = last_finding(en_result);
    CHECK(en.rule == "Value not allowed");
    CHECK(en.message == "RS-2024.xlsx, 'Interna överenskommelser'!B6: Interna överenskommelser rad 2: Roll is \"sälj\", "
                        "which is not an allowed value; allowed values: \"köpare\", \"säljare\"");
}

TEST_CASE("an empty role and an unknown counterpart are errors at their cells") {
    TempDir dir("ramkoll-lists");
    const auto files = copy_clean(dir);
    edit(dir.path / "RS-2024.xlsx", {interna, "B6", " ", interna, "A5", "HSNX"});
    const auto result = check(files);
    CHECK(summaries(result) == std::vector<std::string>{
                                   // the buyers' rows have no seller left
                                   "HSN-2024.xlsx!'Interna överenskommelser'!A5 Intern överenskommelse utan motpart warning",
                                   "TVN-2024.xlsx!'Interna överenskommelser'!A5 Intern överenskommelse utan motpart warning",
                                   "RS-2024.xlsx!'Interna överenskommelser'!A5 Otillåtet värde error",
                                   "RS-2024.xlsx!'Interna överenskommelser'!B6 Otillåtet värde error"});
    for (const auto& f : result.findings)
        if (validate::location(f).ends_with("!A5") && f.committee == "RS")
            CHECK(f.message.ends_with("Interna överenskommelser rad 1: Motpart är \"HSNX\", som inte är ett tillåtet värde; "
                                      "tillåtna värden: \"HSN\", \"TVN\", \"PN\", \"SVN\", \"TN\", \"KBN\", \"RUN\", \"RS\", \"FF\""));
        else if (validate::location(f).ends_with("!B6"))
            CHECK(f.message.ends_with("Interna överenskommelser rad 2: Roll är tom; tillåtna värden: \"köpare\", \"säljare\""));
}

TEST_CASE("a seller's revenue entered positive and a buyer's cost entered negative are errors at their cells") {
    TempDir dir("ramkoll-lists");
    const auto files = copy_clean(dir);
    // The sum row's cached value follows, as a recalculating program would store it.
    edit(dir.path / "RS-2024.xlsx", {interna, "D5", "n:42000", interna, "D25", "n:38900"});
    edit(dir.path / "HSN-2024.xlsx", {interna, "E5", "n:-43000", interna, "E25", "n:-72200"});
    const auto result = check(files);
    CHECK(summaries(result) == std::vector<std::string>{
                                   "HSN-2024.xlsx!'Interna överenskommelser'!E5 Belopp med fel tecken error",
                                   "RS-2024.xlsx!'Interna överenskommelser'!D5 Belopp med fel tecken error"});
    CHECK(result.has_errors());
    for (const auto& f : result.findings)
        if (f.committee == "RS")
            CHECK(f.message == "RS-2024.xlsx, 'Interna överenskommelser'!D5: Interna överenskommelser rad 1: Belopp 2024 är "
                               "42 000,0 tkr på en säljares rad; säljarens belopp är en intäkt och skrivs negativt "
                               "(intäkter negativa, kostnader positiva)");
        else
            CHECK(f.message == "HSN-2024.xlsx, 'Interna överenskommelser'!E5: Interna överenskommelser rad 1: Belopp 2025 är "
                               "-43 000,0 tkr på en köpares rad; köparens belopp är en kostnad och skrivs positivt "
                               "(intäkter negativa, kostnader positiva)");
    const auto en = check(files, Lang::en);
    REQUIRE(en.findings.size() == 2);
    CHECK(en.findings[1].rule == "Amount with the wrong sign");
    CHECK(en.findings[1].message.ends_with("Belopp 2024 is 42 000,0 tkr on a seller's row; the seller's amount is revenue "
                                           "and is written negative (revenue negative, costs positive)"));
}
