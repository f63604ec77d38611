// Free-form tables where a choice could go either way: each choice is a finding with its cell,
// problem and severity, and the value read is the one the finding says. The workbooks are
// written by make_free_form.py (openpyxl) into a temporary folder, one per case.
#include "bundled_rounds.hpp"
#include "submission/read_submission.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <vector>

using namespace ramkoll;
using namespace ramkoll::submission;

namespace {

// The case written by make_free_form.py and read against the 2024 round as HSN's.
Submission read_case(const std::string& name) {
    static test::TempDir dir("ramkoll-free-form");
    const auto path = dir.path / ("HSN-" + name + ".xlsx");
    const std::string command = "/usr/bin/python3 '" RAMKOLL_SOURCE_DIR "/tests/submission/make_free_form.py' " + name +
                                " '" + path.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    return read_submission(path, test::round_2024(), "HSN");
}

std::size_t line(const char* name) { return *test::round_2024().form.line_index(name); }

Money tkr(std::int64_t whole) { return to_kronor(Money::whole(whole), Unit::tkr); }

// "Budget!B3" for a finding or an amount.
std::string at(const Source& source) {
    return source.sheet.str() + "!" + (source.cell ? xlsx::to_string(*source.cell) : std::string("-"));
}

std::string where(const Submission& s, std::size_t l, int year) {
    const auto* a = s.line_amount(l, year);
    REQUIRE(a != nullptr);
    return at(a->source);
}

std::string all_findings(const Submission& s) {
    std::string out;
    for (const auto& f : s.findings) out += describe(f, Lang::sv) + "\n";
    return out;
}

// The only finding of the submission, which must have exactly one.
const ReadingFinding& only_finding(const Submission& s) {
    INFO(all_findings(s));
    REQUIRE(s.findings.size() == 1);
    return s.findings.front();
}

}  // namespace

TEST_CASE("a plain free-form table reads without findings") {
    const auto s = read_case("base");
    CHECK(all_findings(s).empty());
    CHECK(s.line(line("Drift"), 2025) == tkr(303));
    CHECK(where(s, line("Drift"), 2025) == "Budget!C6");
}

TEST_CASE("two budget sheets equally good: the active one is read, with a warning naming both") {
    const auto s = read_case("sheets_active");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::budget_sheet_active);
    CHECK(severity(f.problem) == rules::Severity::warning);
    CHECK(at(f.where) == "Budget (v2)!B3");
    CHECK(f.subject == "'Budget (v2)'!B3");
    CHECK(f.found == "'Budget (v1)'!B3");
    CHECK(s.line(line("Drift"), 2024) == tkr(301));
    CHECK(where(s, line("Drift"), 2024) == "Budget (v2)!B6");
    CHECK(describe(f, Lang::en) ==
          "HSN-sheets_active.xlsx, 'Budget (v2)'!B3: 'Budget (v1)'!B3 looks as much like the budget as 'Budget (v2)'!B3; "
          "'Budget (v2)'!B3 is read because it is the active sheet (the one shown when the file opens)");
}

TEST_CASE("two budget sheets equally good and neither active: an error, the first is read") {
    const auto s = read_case("sheets_none_active");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::budget_sheet_ambiguous);
    CHECK(severity(f.problem) == rules::Severity::error);
    CHECK(at(f.where) == "Budget (v1)!B3");
    CHECK(f.found == "'Budget (v2)'!B3");
    CHECK(where(s, line("Drift"), 2024) == "Budget (v1)!B6");
}

TEST_CASE("two budget sheets, one with more lines: that one is read, with a warning naming the other") {
    const auto s = read_case("sheets_more");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::budget_sheet_more_complete);
    CHECK(severity(f.problem) == rules::Severity::warning);
    CHECK(at(f.where) == "Budget (v2)!B3");
    CHECK(f.found == "'Budget (v1)'!B3");
    CHECK(where(s, line("Avskrivningar"), 2026) == "Budget (v2)!D7");
}

TEST_CASE("a hidden row under a line's label is never taken over the visible row") {
    const auto s = read_case("hidden_row");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::hidden_row_skipped);
    CHECK(severity(f.problem) == rules::Severity::warning);
    CHECK(at(f.where) == "Budget!A6");
    CHECK(f.found == "B6 = 250, C6 = 253, D6 = 256");
    CHECK(s.line(line("Drift"), 2024) == tkr(300));
    CHECK(where(s, line("Drift"), 2024) == "Budget!B7");
}

TEST_CASE("a line whose only row is hidden is read, with a warning") {
    const auto s = read_case("hidden_only");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::hidden_row_read);
    CHECK(severity(f.problem) == rules::Severity::warning);
    CHECK(at(f.where) == "Budget!A7");
    CHECK(f.subject == "Avskrivningar");
    CHECK(f.found == "B7 = 10, C7 = 10, D7 = 10");
    CHECK(s.line(line("Avskrivningar"), 2025) == tkr(10));
}

TEST_CASE("a hidden column with amounts is named and not read") {
    const auto s = read_case("hidden_column");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::hidden_column);
    CHECK(severity(f.problem) == rules::Severity::warning);
    CHECK(at(f.where) == "Budget!E3");
    CHECK(f.subject == "Budget 2024");
    CHECK(f.found == "E4 = -150, E5 = 150, E6 = 250, E7 = -40, E8 = 360");
    CHECK(where(s, line("Totalt"), 2024) == "Budget!B8");
    CHECK(s.line(line("Totalt"), 2024) == tkr(410));
}

TEST_CASE("two columns for one year are an error naming both header cells") {
    const auto s = read_case("year_twice");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::year_column_twice);
    CHECK(severity(f.problem) == rules::Severity::error);
    CHECK(at(f.where) == "Budget!B3");
    CHECK(f.subject == "2024");
    CHECK(f.found == "B3 \"Budget 2024\", C3 \"Budget 2024 reviderad\"");
    CHECK(where(s, line("Drift"), 2025) == "Budget!D6");
}

TEST_CASE("a label and its synonym both in the table are an error naming both rows") {
    const auto s = read_case("synonym");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::line_row_twice);
    CHECK(severity(f.problem) == rules::Severity::error);
    CHECK(at(f.where) == "Budget!A6");
    CHECK(f.subject == "Drift");
    CHECK(f.found == "A6 \"Drift\", A8 \"Övriga kostnader\"");
}

TEST_CASE("an amount row not on the form is an error with its amounts") {
    const auto s = read_case("not_on_form");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::row_not_on_form);
    CHECK(severity(f.problem) == rules::Severity::error);
    CHECK(at(f.where) == "Budget!A8");
    CHECK(f.subject == "Övrigt");
    CHECK(f.found == "B8 = 5, C8 = 5, D8 = 5");
    CHECK(describe(f, Lang::sv) == "HSN-not_on_form.xlsx, Budget!A8: raden \"Övrigt\" har belopp (B8 = 5, C8 = 5, D8 = 5) men "
                                   "finns inte i blanketten; beloppen räknas inte in i någon rad");
}

TEST_CASE("amounts declared in mnkr in the year headers are converted, with an info note per header") {
    const auto s = read_case("mnkr");
    INFO(all_findings(s));
    REQUIRE(s.findings.size() == 3);
    for (const auto& f : s.findings) {
        CHECK(f.problem == ReadingProblem::unit_converted);
        CHECK(severity(f.problem) == rules::Severity::info);
        CHECK(f.subject == "mnkr");
        CHECK(f.found == "tkr");
    }
    CHECK(at(s.findings[0].where) == "Budget!B3");
    CHECK(s.line(line("Drift"), 2024) == tkr(300));
    CHECK(s.line(line("Intäkter"), 2026) == tkr(-102));
}

TEST_CASE("amounts declared in kronor in a title are converted to tkr") {
    const auto s = read_case("kronor");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::unit_converted);
    CHECK(at(f.where) == "Budget!A2");
    CHECK(f.subject == "kr");
    CHECK(s.line(line("Totalt"), 2025) == tkr(414));
    CHECK(where(s, line("Totalt"), 2025) == "Budget!C8");
}

TEST_CASE("two different units for a column are refused: its amounts are not read") {
    const auto s = read_case("unit_conflict");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::unit_conflict);
    CHECK(severity(f.problem) == rules::Severity::error);
    CHECK(at(f.where) == "Budget!A2");
    CHECK(f.subject == "2024");
    CHECK(f.found == "A2 \"tkr\", B3 \"mnkr\"");
    CHECK(s.line_amount(line("Drift"), 2024) == nullptr);
    CHECK(s.line(line("Drift"), 2025) == tkr(303));
}

TEST_CASE("a unit that cannot be converted is refused once, and nothing is read") {
    const auto s = read_case("mdkr");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::unit_unsupported);
    CHECK(severity(f.problem) == rules::Severity::error);
    CHECK(at(f.where) == "Budget!A2");
    CHECK(f.subject == "mdkr");
    CHECK(s.lines.empty());
    CHECK(describe(f, Lang::en) == "HSN-mdkr.xlsx, Budget!A2: the unit \"mdkr\" cannot be converted to tkr; the amounts are not read");
}

TEST_CASE("year headers stored as dates are read as their years") {
    const auto s = read_case("dates");
    CHECK(all_findings(s).empty());
    CHECK(s.line(line("Personal"), 2026) == tkr(204));
    CHECK(where(s, line("Personal"), 2026) == "Budget!D5");
}

TEST_CASE("a transposed table is recognised and read, with one info note") {
    const auto s = read_case("transposed");
    const auto& f = only_finding(s);
    CHECK(f.problem == ReadingProblem::transposed_layout);
    CHECK(severity(f.problem) == rules::Severity::info);
    CHECK(at(f.where) == "Budget!A2");
    CHECK(s.line(line("Drift"), 2025) == tkr(303));
    CHECK(where(s, line("Drift"), 2025) == "Budget!D3");
    CHECK(s.line(line("Totalt"), 2026) == tkr(418));
    CHECK(where(s, line("Totalt"), 2026) == "Budget!F4");
}
