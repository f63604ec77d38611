// A submission filled in kronor or mnkr instead of tkr is an error that says so, judged against
// the frame and, for a committee whose frame is 0, against its previous archived version, its
// declared turnover or, with neither, all the committees' frames together.
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

// The same with amounts in kronor, for budgets a thousand times too small (2,1 tkr).
submission::Submission filled_kronor(const rules::Round& round, const std::string& code, Money revenue, Money personal,
                                     Money running) {
    submission::Submission s = filled(round, code, 0, 0, 0);
    const Money values[] = {revenue, personal, running};
    for (int year : round.years) {
        for (std::size_t l = 0; l < 3; ++l) s.lines[{l, year}].kronor = values[l];
        s.lines[{4, year}].kronor = revenue + personal + running;
    }
    return s;
}

// The bundled 2024 round with SVN's declared turnover taken away.
rules::Round without_turnover() {
    rules::Round round = test::round_2024();
    for (auto& c : round.committees) c.turnover.clear();
    return round;
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

TEST_CASE("scale: the bundled rounds declare SVN's turnover in every year") {
    for (const char* file : {RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules", RAMKOLL_SOURCE_DIR "/rules/blekinge-2023.rules"}) {
        const auto& round = test::load_round(file);
        const auto* svn = round.committee("SVN");
        REQUIRE(svn);
        CHECK(svn->turnover == std::vector<Money>{tkr(2100), tkr(2200), tkr(2200)});
    }
}

TEST_CASE("scale: a first submission in kronor of a committee whose frame is 0 is judged against its turnover") {
    const auto& round = test::round_2024();   // SVN: frame 0, turnover 2,1 ; 2,2 ; 2,2 mnkr
    const auto kronor = filled(round, "SVN", -2100, 1240, 860, 1000);
    const auto f = validate::check_scale(round, kronor, nullptr, Lang::sv);   // no archived version
    REQUIRE(f);
    CHECK(f->rule == "Beloppen i fel enhet");
    CHECK(f->severity == rules::Severity::error);
    CHECK(f->year == 2024);
    CHECK(validate::location(*f) == "SVN-2024.xlsx!Budget!B6");   // Intäkter, the largest amount
    CHECK(f->message == "beloppen ser ut att vara i kronor och inte i tkr: intäkterna 2024 är -2 100 000,0 tkr och "
                        "kostnaderna 2 100 000,0 tkr mot den angivna omslutningen 2 100,0 tkr (1 000 gånger för stort)");
}

TEST_CASE("scale: a budget in mnkr of a committee whose frame is 0 is judged against its turnover, in English too") {
    const auto& round = test::round_2024();
    const auto mnkr = filled_kronor(round, "SVN", Money::whole(-2100), Money::whole(1240), Money::whole(860));   // 2,1 tkr
    const auto f = validate::check_scale(round, mnkr, nullptr, Lang::en);
    REQUIRE(f);
    CHECK(validate::location(*f) == "SVN-2024.xlsx!Budget!B6");
    CHECK(f->message == "the amounts look like mnkr rather than tkr: the revenue 2024 is -2,1 tkr and the costs 2,1 tkr "
                        "against the declared turnover 2 100,0 tkr (1 000 times too small)");
}

TEST_CASE("scale: a budget of the declared turnover's size, or only a few times off it, is no unit mistake") {
    const auto& round = test::round_2024();
    CHECK_FALSE(validate::check_scale(round, filled(round, "SVN", -2100, 1240, 860), nullptr, Lang::sv));
    CHECK_FALSE(validate::check_scale(round, filled(round, "SVN", -2100, 1240, 860, 3), nullptr, Lang::sv));
    CHECK_FALSE(validate::check_scale(round, filled(round, "SVN", -700, 400, 300), nullptr, Lang::sv));
    // Costs alone a thousand times the turnover while the revenue matches it: one wrong line, not the unit.
    CHECK_FALSE(validate::check_scale(round, filled(round, "SVN", -2100, 1'240'000, 860'000), nullptr, Lang::sv));
    // Only costs, in kronor: the side that is there decides.
    const auto f = validate::check_scale(round, filled(round, "SVN", 0, 1240, 860, 1000), nullptr, Lang::sv);
    REQUIRE(f);
    CHECK(validate::location(*f) == "SVN-2024.xlsx!Budget!B7");
    CHECK(f->message == "beloppen ser ut att vara i kronor och inte i tkr: kostnaderna 2024 är 2 100 000,0 tkr mot den "
                        "angivna omslutningen 2 100,0 tkr (1 000 gånger för stort)");
}

TEST_CASE("scale: without a turnover a frame-0 committee beyond all the frames together is an error") {
    const auto round = without_turnover();
    // 20 mnkr in kronor: 20 000 000 tkr against the frames' 12 717 200 tkr (4 328,9 + … + |−6 322,8| mnkr).
    const auto big = filled(round, "SVN", -20'000, 12'000, 8'000, 1000);
    const auto f = validate::check_scale(round, big, nullptr, Lang::sv);
    REQUIRE(f);
    CHECK(validate::location(*f) == "SVN-2024.xlsx!Budget!B6");
    CHECK(f->message == "beloppen ser ut att vara i kronor och inte i tkr: intäkterna 2024 är -20 000 000,0 tkr och "
                        "kostnaderna 20 000 000,0 tkr, mer än alla nämnders ramar tillsammans, 12 717 200,0 tkr "
                        "(ramen är 0 och ingen omslutning är angiven)");
    // SVN's own 2,1 mnkr in kronor stays below the frames together: that takes a declared turnover.
    CHECK_FALSE(validate::check_scale(round, filled(round, "SVN", -2100, 1240, 860, 1000), nullptr, Lang::sv));
    CHECK_FALSE(validate::check_scale(round, filled(round, "SVN", -2100, 1240, 860), nullptr, Lang::sv));
}
