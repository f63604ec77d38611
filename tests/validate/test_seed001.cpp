// Seed 001 checked as submissions (rules in seed001.rules): regionstaben's "Budget (Tkr)" table
// (workbooks/exempel/regionstaben-2019.xlsx) follows the running-cost index of 2,4 % from 2019
// to 2021; LS Anslag's Drift (172 035 -> 173 242 -> 175 011) does not, and is reported with
// expected and actual values at its cells.
#include "../temp_dir.hpp"
#include "rules/loader.hpp"
#include "validate/check.hpp"
#include "xlsx/writer.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ramkoll;

namespace {

const rules::Round& round_2019() {
    static const auto loaded = rules::load_rules(RAMKOLL_SOURCE_DIR "/tests/validate/seed001.rules");
    REQUIRE(loaded.ok());
    return loaded.round;
}

Money tkr(std::int64_t whole, std::int64_t tenths = 0) {
    return to_kronor(Money::parts(whole, tenths * 100000), Unit::tkr);
}

// Landstingsgemensamt's basenhet LS Anslag as its table stands in seed 001 (whole tkr), with
// the printed sum row (225 314, one less than its lines: rounding).
void write_ls_anslag(const fs::path& path) {
    xlsx::WorkbookWriter book(path);
    auto& sheet = book.add_sheet("Landstingsgemensamt");
    sheet.write_text({1, 1}, "Basenhet (Tkr)");
    const int years[] = {2019, 2020, 2021};
    for (std::uint32_t y = 0; y < 3; ++y) sheet.write_text({1, 2 + y}, "Budget " + std::to_string(years[y]));
    sheet.write_text({2, 1}, "LS Anslag");
    const std::vector<std::pair<std::string, std::vector<double>>> rows = {
        {"Intäkter", {-500, -500, -500}},
        {"Personal", {53780, 55481, 57236}},
        {"Drift", {172035, 173242, 175011}},
        {"Avskrivningar", {0, 0, 0}},
        {"Summa:", {225314, 228223, 231748}},
    };
    for (std::uint32_t r = 0; r < rows.size(); ++r) {
        sheet.write_text({3 + r, 1}, rows[r].first);
        for (std::uint32_t y = 0; y < 3; ++y) sheet.write_number({3 + r, 2 + y}, rows[r].second[y], {.decimals = 0});
    }
    book.close();
}

}  // namespace

TEST_CASE("seed 001: regionstaben's drift follows the 2,4 % index, LS Anslag's is reported with its values") {
    test::TempDir dir;
    const fs::path regionstaben = RAMKOLL_SOURCE_DIR "/workbooks/exempel/regionstaben-2019.xlsx";
    const fs::path ls = dir.path / "ls-anslag-2019.xlsx";
    write_ls_anslag(ls);

    validate::Options options;
    options.committee_of_file = {{regionstaben.string(), "RST"}, {ls.string(), "LSA"}};
    const auto result = validate::check(round_2019(), {regionstaben, ls}, options);

    std::vector<const validate::Finding*> drift, other;
    for (const auto& f : result.findings) {
        UNSCOPED_INFO(f.committee << " " << validate::location(f) << " " << f.rule << ": " << f.message);
        if (f.severity == rules::Severity::info) continue;   // no efficiency list in the seed's tables
        (f.rule == "Driftkostnaderna är uppräknade med prisindex" ? drift : other).push_back(&f);
    }
    // Regionstaben: nothing (34 242,1 -> 35 063,9 -> 35 905,4 is +2,4 % a year; its net totals
    // are the frames, its sum rows add up); LS Anslag: the two years of drift, nothing else
    // (its sum row is one tkr off its lines, within the tolerance).
    CHECK(other.empty());
    REQUIRE(drift.size() == 2);
    for (const auto* f : drift) {
        CHECK(f->committee == "LSA");
        CHECK(f->severity == rules::Severity::warning);
        REQUIRE(f->values);
    }
    CHECK(validate::location(*drift[0]) == "ls-anslag-2019.xlsx!Landstingsgemensamt!C5");
    CHECK(drift[0]->year == 2020);
    const Money index = Money::parts(1, 24000);   // 1,024
    CHECK(drift[0]->values->expected == tkr(172035) * index);   // 176 163,84 tkr
    CHECK(drift[0]->values->actual == tkr(173242));
    CHECK(drift[0]->values->difference == tkr(173242) - tkr(172035) * index);
    CHECK(drift[0]->message == "Drift 2020 är 173 242,0 tkr; uppräknat med prisindex blir det 176 163,8 tkr "
                               "(skillnad -2 921,8 tkr)");
    CHECK(validate::location(*drift[1]) == "ls-anslag-2019.xlsx!Landstingsgemensamt!D5");
    CHECK(drift[1]->year == 2021);
    CHECK(drift[1]->values->expected == tkr(173242) * index);
    CHECK(drift[1]->values->actual == tkr(175011));

    // Regionstaben was read (its three years, as the seed prints them) and used.
    REQUIRE(result.files.size() == 2);
    CHECK(result.files[0].committee == "RST");
    CHECK(result.files[0].used);
}
