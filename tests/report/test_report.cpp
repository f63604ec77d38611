// The reports of findings share one schema and one set of words: the terminal block, the JSON
// document, the xlsx report and run's summary table say the same about the same findings.
#include "bundled_rounds.hpp"
#include "report/json.hpp"
#include "report/summary_table.hpp"
#include "report/terminal.hpp"
#include "report/words.hpp"
#include "report/workbook.hpp"
#include "submission/sheet_grid.hpp"
#include "temp_dir.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace ramkoll;
using namespace std::chrono;

namespace {

// HSN with one error at Budget!D7 (a frame difference of 12,5 tkr in 2025), TVN with a warning,
// a file of no known committee, and one rule across all committees.
validate::Result sample(const rules::Round& round) {
    validate::Result r;
    r.files.push_back({"in/HSN-2024.xlsx", "HSN", true});
    r.files.push_back({"in/TVN-2024.xlsx", "TVN", true});
    validate::Finding frame{validate::FindingKind::rule, "HSN", "HSN-2024.xlsx", "Budget", xlsx::CellRef{7, 4}, "Ram",
                            rules::Severity::error, 2025,
                            validate::Values{to_kronor(Money::whole(100), round.unit), to_kronor(Money::parts(112, 500000), round.unit),
                                             to_kronor(Money::parts(12, 500000), round.unit), rules::ValueKind::amount},
                            "HSN ligger över ramen"};
    r.findings.push_back(frame);
    r.findings.push_back({validate::FindingKind::reading, "TVN", "TVN-2024.xlsx", "Budget", xlsx::CellRef{5, 2},
                          "Tal skrivet som text", rules::Severity::warning, {}, {}, "B5 är skrivet som text"});
    r.findings.push_back({validate::FindingKind::unreadable, "", "okand.xlsx", {}, {}, "Filen kan inte läsas",
                          rules::Severity::error, {}, {}, "okand.xlsx är ingen arbetsbok"});
    r.findings.push_back({validate::FindingKind::rule, "", {}, {}, {}, "Summa nämnder", rules::Severity::info, 2024, {}, "info"});
    return r;
}

}  // namespace

TEST_CASE("report words: one word per thing, headings capitalised, in both languages") {
    CHECK(report::word(report::Word::expected, Lang::sv) == "väntat");
    CHECK(report::heading(report::Word::expected, Lang::sv) == "Väntat");
    CHECK(report::heading(report::Word::days_left, Lang::en) == "Days left");
    CHECK(report::heading(report::Word::unknown_committee, Lang::sv) == "Okänd nämnd");
    CHECK(report::status_word(validate::Status::warnings, Lang::sv) == "varningar");
    CHECK(report::status_word(validate::Status::ok, Lang::en) == "OK");
}

TEST_CASE("report: the terminal blocks, the JSON and the xlsx report tell the same findings") {
    const auto& round = test::round_2024();
    const auto result = sample(round);

    std::ostringstream terminal;
    report::print_findings(terminal, round, result, Lang::sv, false);
    const std::string text = terminal.str();
    CHECK_THAT(text, Catch::Contains("HSN Hälso- och sjukvårdsnämnden (HSN-2024.xlsx): fel\n"
                                     "  fel      HSN-2024.xlsx!Budget!D7  Ram (2025)\n"
                                     "           väntat 100,0 tkr, faktiskt 112,5 tkr, skillnad 12,5 tkr\n"
                                     "           HSN ligger över ramen\n"));
    CHECK_THAT(text, Catch::Contains("TVN Tandvårdsnämnden (TVN-2024.xlsx): varningar\n"));
    CHECK_THAT(text, Catch::Contains("PN Patientnämnden: OK\n"));
    CHECK_THAT(text, Catch::Contains("Okänd nämnd: fel\n  fel      okand.xlsx  Filen kan inte läsas\n"));
    CHECK_THAT(text, Catch::EndsWith("Alla nämnder tillsammans: OK\n  info     Summa nämnder (2024)\n           info\n"));

    const auto json = report::findings_json(round, "r.rules", result);
    REQUIRE(json["committees"].size() == round.committees.size());
    CHECK(json["committees"][0]["code"] == "HSN");
    CHECK(json["committees"][0]["status"] == "errors");
    CHECK(json["committees"][0]["files"] == nlohmann::ordered_json::array({"HSN-2024.xlsx"}));
    REQUIRE(json["findings"].size() == 4);
    CHECK(json["findings"][0]["location"] == "HSN-2024.xlsx!Budget!D7");
    CHECK(json["findings"][0]["difference"] == 12.5);
    CHECK(json["findings"][0]["unit"] == "tkr");
    CHECK(json["findings"][2]["committee"].is_null());

    test::TempDir dir("ramkoll-report");
    report::write_report(round, result, dir.path / "granskning.xlsx", Lang::en);
    const auto book = xlsx::Workbook::open(dir.path / "granskning.xlsx");
    REQUIRE(book.sheets().size() == 2);
    CHECK(book.sheets()[0].name == "Summary");
    const auto summary = submission::SheetGrid::read(book, 0);
    CHECK(summary.at({1, 3})->text == "Status");
    CHECK(summary.at({2, 1})->text == "HSN");
    CHECK(summary.at({2, 3})->text == "errors");
    const auto findings = submission::SheetGrid::read(book, 1);
    CHECK(findings.name() == "Findings");
    CHECK(findings.at({1, 6})->text == "Expected");
    CHECK(findings.at({2, 2})->text == "HSN-2024.xlsx!Budget!D7");
    CHECK(findings.at({2, 8})->raw == "12.5");
}

TEST_CASE("report: run's summary table counts each committee's findings and the days to its deadline") {
    const auto& round = test::round_2024();
    const auto result = sample(round);
    const year_month_day today{year{2023}, month{8}, day{20}};
    CHECK(report::days_left("2023-08-29", today) == 9);
    CHECK(report::days_left("2023-08-19", today) == -1);
    CHECK(report::days_left("2023-02-30", today) == std::nullopt);
    CHECK(report::days_left("29 augusti", today) == std::nullopt);
    const std::string table = report::summary_table(round, result, {{"HSN", "HSN-2024.xlsx", 2, true}}, today, Lang::sv);
    std::istringstream lines(table);
    std::string header, hsn, tvn;
    std::getline(lines, header);
    std::getline(lines, hsn);
    std::getline(lines, tvn);
    CHECK_THAT(header, Catch::StartsWith("Nämnd"));
    CHECK_THAT(header, Catch::Contains("Dagar kvar"));
    CHECK_THAT(hsn, Catch::Matches(R"(HSN +2 \(ny\) +fel +1 +0 .*)"));
    CHECK_THAT(tvn, Catch::Matches(R"(TVN +– +varningar +0 +1 .*)"));
}
