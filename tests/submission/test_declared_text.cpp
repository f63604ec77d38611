// Matching a list's text cell with its declared values and the round's committees: case and
// surrounding space (also no-break and narrow no-break spaces) do not count, inner text does.
#include "bundled_rounds.hpp"
#include "submission/declared_text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ramkoll;
using namespace ramkoll::submission;

TEST_CASE("a declared value is matched without regard to case and surrounding space") {
    const std::vector<std::string> roles{"köpare", "säljare"};
    CHECK(match_declared("Säljare", roles) == "säljare");
    CHECK(match_declared("säljare ", roles) == "säljare");
    CHECK(match_declared("\u00a0KÖPARE\u202f\t", roles) == "köpare");
    CHECK_FALSE(match_declared("sälj", roles));
    CHECK_FALSE(match_declared("sä ljare", roles));
    CHECK_FALSE(match_declared("", roles));
    CHECK_FALSE(match_declared("KÖPARX", roles));   // the same length, one letter off
    CHECK_FALSE(match_declared("k\u00d7pare", roles));   // × is not folded
    CHECK(match_declared("KöPARE", std::vector<std::string>{"KÖpare"}) == "KÖpare");
    const std::vector<std::string> basenheter{"Finansiella poster", "Skatteintäkter", "Statsbidrag"};
    CHECK(match_declared(" skatteintäkter", basenheter) == "Skatteintäkter");
    CHECK(match_declared("FINANSIELLA POSTER", basenheter) == "Finansiella poster");
    CHECK(quoted_list(roles) == "\"köpare\", \"säljare\"");
}

TEST_CASE("a committee is matched by its code or name and read as its code") {
    const auto& round = test::round_2024();
    CHECK(match_committee(" hsn", round) == "HSN");
    CHECK(match_committee("Regionstyrelsen\u00a0", round) == "RS");
    CHECK(match_committee("TANDVÅRDSNÄMNDEN", round) == "TVN");
    CHECK_FALSE(match_committee("HSNX", round));
    CHECK_FALSE(match_committee("HS", round));
    CHECK(match_committee("Tandvårdsnämnden", round) == "TVN");
    CHECK_FALSE(match_committee("Tandvardsnämnden", round));   // å is not a
    CHECK_FALSE(match_committee("", round));
    CHECK(trim_space("\u2007 a b\u2009") == "a b");
}
