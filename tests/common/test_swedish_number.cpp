// Tests of Swedish number text: every separator, minus form and percent form, and formatting.
#include "common/swedish_number.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using ramkoll::Money;
using ramkoll::format_swedish;
using ramkoll::parse_swedish_number;

namespace {
Money value_of(const char* text) {
    auto n = parse_swedish_number(text);
    REQUIRE(n);
    return n->value;
}
}  // namespace

TEST_CASE("thousands separators: space, no-break space, narrow no-break space, none") {
    CHECK(value_of("4 328,9") == Money::parts(4328, 900000));
    CHECK(value_of("4\xC2\xA0" "328,9") == Money::parts(4328, 900000));
    CHECK(value_of("4\xE2\x80\xAF" "328,9") == Money::parts(4328, 900000));
    CHECK(value_of("4328,9") == Money::parts(4328, 900000));
    CHECK(value_of("3 493 940,1") == Money::parts(3493940, 100000));
    CHECK(value_of("  12 ") == Money::whole(12));
}

TEST_CASE("minus forms: hyphen-minus, U+2212, U+2013, with or without a space") {
    CHECK(value_of("-7 491,8") == -Money::parts(7491, 800000));
    CHECK(value_of("\xE2\x88\x92" "71,7") == -Money::parts(71, 700000));
    CHECK(value_of("\xE2\x80\x93 410") == Money::whole(-410));
    CHECK(value_of("+5") == Money::whole(5));
    CHECK(value_of("-0,5") == Money::from_raw(-500'000));
}

TEST_CASE("percent forms") {
    auto a = parse_swedish_number("3,9 %");
    REQUIRE(a);
    CHECK(a->is_percent);
    CHECK(a->value == Money::parts(3, 900000));
    auto b = parse_swedish_number("3,4 procent");
    REQUIRE(b);
    CHECK(b->is_percent);
    CHECK(b->value == Money::parts(3, 400000));
    auto c = parse_swedish_number("2,5%");
    REQUIRE(c);
    CHECK(c->is_percent);
    auto d = parse_swedish_number("3,9");
    REQUIRE(d);
    CHECK_FALSE(d->is_percent);
}

TEST_CASE("malformed numbers are rejected") {
    for (const char* bad : {"", " ", "1.5", "43 28", "1 2345", "4328 000", "1,", ",5", "1,2345678",
                            "12a", "--1", "%", "1 000,5 kr", "99999999999999"})
        CHECK_FALSE(parse_swedish_number(bad));
}

TEST_CASE("format_swedish groups thousands and rounds half away from zero") {
    CHECK(format_swedish(-Money::parts(7491, 800000), 1) == "-7 491,8");
    CHECK(format_swedish(Money::parts(4328, 900000), 1) == "4 328,9");
    CHECK(format_swedish(Money::parts(133, 180000), 2) == "133,18");
    CHECK(format_swedish(Money::whole(1'000'000), 0) == "1 000 000");
    CHECK(format_swedish(Money::parts(999, 950000), 1) == "1 000,0");
    CHECK(format_swedish(Money::from_raw(-40'000), 1) == "0,0");
    CHECK(format_swedish(Money{}, 2) == "0,00");
    CHECK(format_swedish(Money::from_raw(-1'050'000), 1) == "-1,1");
}

TEST_CASE("parse and format round-trip") {
    for (const char* text : {"0,0", "-2,7", "1 171,8", "-6 322,8", "954 219,0", "-5 159 776,3"})
        CHECK(format_swedish(value_of(text), 1) == text);
}

TEST_CASE("format_swedish_percent") {
    CHECK(ramkoll::format_swedish_percent(Money::from_raw(39'000), 1) == "3,9 %");
    CHECK(ramkoll::format_swedish_percent(Money::from_raw(15'000), 2) == "1,50 %");
}

TEST_CASE("the largest amount Money holds parses, one millionth more is rejected (found by fuzzing)") {
    CHECK(parse_swedish_number("9 223 372 036 854,775807")->value.raw() == std::numeric_limits<std::int64_t>::max());
    CHECK(parse_swedish_number("-9 223 372 036 854,775807")->value.raw() == -std::numeric_limits<std::int64_t>::max());
    CHECK_FALSE(parse_swedish_number("9 223 372 036 854,775808"));
    CHECK_FALSE(parse_swedish_number("−9223372036854,9"));
}
