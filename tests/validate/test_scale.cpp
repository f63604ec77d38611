// A submission filled in kronor or mnkr instead of tkr is an error that says so, judged against
// the frame and, for a committee whose frame is 0, against its previous archived version.
#include "bundled_rounds.hpp"
#include "validate/scale.hpp"

#include <catch2/catch.hpp>

using namespace ramkoll;

namespace {

Money tkr(std::int64_t whole) { return to_kronor(Money::whole(whole), Unit::tkr); }

// `code`'s submission with every line of every year as given (tkr), at Budget!B6…
submission::Submission filled(const rules::Round& round, const std::string& code, std::int64_t revenue, std::int64_t personal,
                              std::int64_t running, std::int64_t scale = 1) {
    submission::Submission s(round, code + "-2024.xlsx");
    s.committee_code = code;
    const std::int64_t values[] = {revenue, personal, running, 0};
    for (std::size_t y = 0; y < round.years.size(); ++y) {
        std::int64_t sum = 0;
        for (std::size_t l = 0; l < 4; ++l) {
            s.lines[{l, round.years[y]}] = {tkr(values[l] * scale), {s.file(), "Budget", xlsx::CellRef{6 + static_cast<std::uint32_t>(l), 2 + static_cast<std::uint32_t>(y)}}, false};
            sum += values[l] * scale;
        }
        s.lines[{4, round.years[y]}] = {tkr(sum), {s.file(), "Budget", xlsx::CellRef{10, 2 + static_cast<std::uint32_t>(y)}}, false};
    }
    return s;
}

}  // namespace

TEST_CASE("scale: a budget in kronor against a frame is an error at its total") {
    const auto& round = test::round_2024();
    REQUIRE(round.form.lines.at(4).is_total());
    // PN's frame 2024 is 4 000 tkr; in kronor its net total is 4 000 000.
    const auto pn = filled(round, "PN", -1000, 3000, 2000, 1000);
    const auto f = validate::check_scale(round, pn, nullptr, Lang::sv);
    REQUIRE(f);
    CHECK(f->rule == "Beloppen i fel enhet");
    CHECK(f->severity == rules::Severity::error);
    CHECK(validate::location(*f) == "PN-2024.xlsx!Budget!B10");
    CHECK(f->year == 2024);
    CHECK(f->message == "beloppen ser ut att vara i kronor och inte i tkr: Totalt 2024 är 4 000 000,0 tkr mot ramen 4 000,0 tkr "
                        "(1 000 gånger för stort)");
    CHECK_FALSE(validate::check_scale(round, filled(round, "PN", -1000, 3000, 2000), nullptr, Lang::sv));
}

TEST_CASE("scale: a budget in mnkr against a frame is an error, in English too") {
    const auto& round = test::round_2024();
    const auto pn = filled(round, "PN", -1, 3, 2);   // 4 tkr against 4 000
    const auto f = validate::check_scale(round, pn, nullptr, Lang::en);
    REQUIRE(f);
    CHECK(f->message == "the amounts look like mnkr rather than tkr: Totalt 2024 is 4,0 tkr against the frame 4 000,0 tkr "
                        "(1 000 times too small)");
}

TEST_CASE("scale: a committee whose frame is 0 is judged against its previous version") {
    const auto& round = test::round_2024();
    const auto clean = filled(round, "SVN", -2100, 1500, 600);
    validate::PreviousLines previous;
    for (const auto& [key, amount] : clean.lines) previous[key] = amount.kronor;
    CHECK_FALSE(validate::check_scale(round, clean, &previous, Lang::sv));
    const auto kronor = filled(round, "SVN", -2100, 1500, 600, 1000);
    CHECK_FALSE(validate::check_scale(round, kronor, nullptr, Lang::sv));   // frame 0 and no version: nothing to judge by
    const auto f = validate::check_scale(round, kronor, &previous, Lang::sv);
    REQUIRE(f);
    CHECK(validate::location(*f) == "SVN-2024.xlsx!Budget!B6");
    CHECK(f->message == "beloppen ser ut att vara i kronor och inte i tkr: Intäkter 2024 är -2 100 000,0 tkr, i förra versionen "
                        "-2 100,0 tkr (1 000 gånger för stort)");
    // A revision that changes some lines a lot but not all a thousandfold is no unit mistake.
    auto mixed = filled(round, "SVN", -2100, 1500, 600);
    mixed.lines[{1, 2024}].kronor = tkr(1'500'000);
    CHECK_FALSE(validate::check_scale(round, mixed, &previous, Lang::sv));
}
