// The example submissions: the nine clean filled templates of workbooks/inlamnat-utan-fel/
// (openpyxl, saved by LibreOffice) read cleanly, net totals equal the frames, and the rules find
// nothing; the legacy free-form files (workbooks/exempel/, gnumeric; workbooks/inlamnat/,
// LibreOffice) map onto the form with the right values and cells.
#include "bundled_rounds.hpp"
#include "rules/evaluator.hpp"
#include "rules/loader.hpp"
#include "submission/read_submission.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace ramkoll;
using namespace ramkoll::submission;

namespace {

const fs::path examples = fs::path(RAMKOLL_SOURCE_DIR) / "workbooks" / "inlamnat";
const fs::path clean = fs::path(RAMKOLL_SOURCE_DIR) / "workbooks" / "inlamnat-utan-fel";
const fs::path regionstaben = fs::path(RAMKOLL_SOURCE_DIR) / "workbooks" / "exempel" / "regionstaben-2019.xlsx";

using test::round_2024;

Money tkr(std::int64_t whole, std::int64_t tenths) {
    return to_kronor(whole < 0 ? -Money::parts(-whole, tenths * 100000) : Money::parts(whole, tenths * 100000), Unit::tkr);
}

std::string where(const Amount* a) {
    REQUIRE(a != nullptr);
    return a->source.sheet.str() + "!" + xlsx::to_string(*a->source.cell);
}

std::string all_findings(const Submission& s) {
    std::string out;
    for (const auto& f : s.findings) out += describe(f, Lang::sv) + "\n";
    return out;
}

}  // namespace

TEST_CASE("every committee's example submission reads cleanly and passes the rules") {
    const auto& round = round_2024();
    const auto& form = round.form;
    const rules::Evaluator evaluator(round);
    std::vector<Submission> all;
    for (const auto& committee : round.committees) {
        const auto file = committee.code + "-2024.xlsx";
        INFO(file);
        auto s = read_submission(clean / file, round);
        CHECK(s.layout == Layout::ramkoll_template);
        CHECK(s.committee() == committee.code);
        CHECK(all_findings(s).empty());
        for (std::size_t y = 0; y < round.years.size(); ++y) {
            const int year = round.years[y];
            Money sum;
            for (std::size_t i = 0; i < form.lines.size(); ++i) {
                const auto* a = s.line_amount(i, year);
                REQUIRE(a != nullptr);
                CHECK_FALSE(a->blank);
                CHECK(a->source.file == file);
                CHECK(where(a) == "Budget!" + xlsx::to_string(xlsx::CellRef{6 + static_cast<std::uint32_t>(i),
                                                                            2 + static_cast<std::uint32_t>(y)}));
                if (!form.lines[i].is_total()) sum += a->kronor;
            }
            // The net total is the sum of the lines and lies within 0,05 mnkr of the frame (seed
            // 000's frames are rounded; workbooks/README.md).
            CHECK(s.line(*form.line_index("Totalt"), year) == sum);
            CHECK((sum - committee.frame[y]).abs() < Money::whole(50'000));
        }
        // The region's nine efficiency measures (seed 000, Bilaga 5), shared by every committee
        // with a frame.
        const bool has_frame = committee.frame.front() > Money{};
        CHECK(s.rows(static_cast<std::size_t>(form.list("Effektiviseringar") - form.lists.data())) == (has_frame ? 9u : 0u));
        std::string rule_findings;
        for (const auto& f : evaluator.check(s)) rule_findings += rules::describe(round, f, Lang::sv) + "\n";
        CHECK(rule_findings.empty());
        all.push_back(std::move(s));
    }
    std::vector<const rules::SubmissionValues*> views;
    for (const auto& s : all) views.push_back(&s);
    CHECK(evaluator.check_all(views).empty());

    // Spot checks with the exact cells: HSN's numbers, RS selling to HSN.
    const auto& hsn = all.front();
    CHECK(hsn.line(*form.line_index("Personal"), 2024) == tkr(2642907, 4));
    CHECK(hsn.line(*form.line_index("Intäkter"), 2026) == tkr(-429387, 2));
    CHECK(where(hsn.line_amount(*form.line_index("Intäkter"), 2026)) == "Budget!D6");
    const auto interna = static_cast<std::size_t>(form.list("Interna") - form.lists.data());
    const auto& rs = all[7];
    REQUIRE(rs.committee() == "RS");
    REQUIRE(rs.rows(interna) == 2);
    CHECK(rs.text(interna, 0, 0) == "HSN");
    CHECK(rs.text(interna, 0, 1) == "säljare");
    CHECK(rs.amount(interna, 0, 3, 2025) == tkr(-43000, 0));
    CHECK(xlsx::to_string(*rs.lists[interna][0].amounts.at({3, 2025}).source.cell) == "E5");
}

TEST_CASE("regionstaben's legacy table (seed 001, gnumeric) maps onto the form") {
    auto round = round_2024();
    round.years = {2019, 2020, 2021};
    const auto s = read_submission(regionstaben, round);
    CHECK(s.layout == Layout::free_form);
    CHECK(s.committee() == "RS");   // "… för regionstaben": a part of Regionstyrelsen
    CHECK(all_findings(s).empty());
    const auto& form = round.form;
    auto line = [&](const char* name) { return *form.line_index(name); };
    CHECK(s.line(line("Intäkter"), 2019) == tkr(-3400, 0));
    CHECK(where(s.line_amount(line("Intäkter"), 2019)) == "Regionstaben!B4");
    CHECK(s.line(line("Personal"), 2020) == tkr(86079, 1));
    CHECK(where(s.line_amount(line("Personal"), 2020)) == "Regionstaben!C5");
    CHECK(s.line(line("Drift"), 2021) == tkr(35905, 4));
    CHECK(where(s.line_amount(line("Drift"), 2021)) == "Regionstaben!D6");
    CHECK(s.line(line("Avskrivningar"), 2020) == tkr(102, 7));
    CHECK(s.line(line("Totalt"), 2019) == tkr(117019, 9));   // "Totalt:" with gnumeric's cached SUM
    CHECK(s.line(line("Totalt"), 2020) == tkr(117845, 7));
    CHECK(s.line(line("Totalt"), 2021) == tkr(118691, 2));
    CHECK(where(s.line_amount(line("Totalt"), 2021)) == "Regionstaben!D8");

    // Against the 2024 round the years are not there: one finding per year, at the header row.
    const auto wrong_years = read_submission(regionstaben, round_2024());
    REQUIRE(wrong_years.findings.size() == 3);
    for (const auto& f : wrong_years.findings) {
        CHECK(f.problem == ReadingProblem::year_missing);
        CHECK(xlsx::to_string(*f.where.cell) == "A3");
    }
    CHECK(wrong_years.lines.empty());
}

TEST_CASE("Trafiknämnden's own layout (LibreOffice) maps by synonyms, label column B") {
    const auto& round = round_2024();
    const auto s = read_submission(examples / "TN-2024-egen.xlsx", round);
    CHECK(s.layout == Layout::free_form);
    CHECK(s.committee() == "TN");   // from the file name
    const auto& form = round.form;
    auto line = [&](const char* name) { return *form.line_index(name); };
    CHECK(s.line(line("Intäkter"), 2024) == tkr(-210450, 3));
    CHECK(where(s.line_amount(line("Intäkter"), 2024)) == "Budget TN!C5");
    CHECK(s.line(line("Drift"), 2025) == tkr(593138, 9));
    CHECK(where(s.line_amount(line("Drift"), 2025)) == "Budget TN!D7");
    CHECK(s.line(line("Avskrivningar"), 2026) == tkr(14050, 0));
    CHECK(s.line(line("Personal"), 2026) == tkr(3341, 3));   // typed as text "3 341,3"
    REQUIRE(s.findings.size() == 1);
    CHECK(s.findings[0].problem == ReadingProblem::number_as_text);
    CHECK(xlsx::to_string(*s.findings[0].where.cell) == "E6");
    // LibreOffice's SUM skipped the text: the net total read is what the file says.
    CHECK(s.line(line("Totalt"), 2026) == tkr(411858, 7));
    CHECK(s.line(line("Totalt"), 2024) == tkr(385400, 0));
    CHECK(where(s.line_amount(line("Totalt"), 2024)) == "Budget TN!C9");
}

TEST_CASE("a committee given by the caller is used for free-form files") {
    const auto s = read_submission(examples / "TN-2024-egen.xlsx", round_2024(), "KBN");
    CHECK(s.committee() == "KBN");
    const auto unknown = read_submission(examples / "TN-2024-egen.xlsx", round_2024(), "XYZ");
    REQUIRE(unknown.findings.size() == 2);
    CHECK(unknown.findings[1].problem == ReadingProblem::committee_unknown);
    CHECK(unknown.findings[1].found == "XYZ");
}
