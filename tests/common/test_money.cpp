// Tests of Money: exact addition, rounding of products and quotients, unit conversion.
#include "common/money.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

using ramkoll::Money;
using ramkoll::Unit;

TEST_CASE("Money adds exactly where double would drift") {
    Money sum;
    for (int i = 0; i < 10; ++i) sum += Money::from_raw(100'000);   // 0,1 ten times
    CHECK(sum == Money::whole(1));
    CHECK(Money::parts(-3400, 0) + Money::parts(86075, 100000) + Money::parts(34242, 100000) +
              Money::parts(102, 700000) == Money::parts(117019, 900000));
}

TEST_CASE("Money multiplies and divides with half-away-from-zero rounding") {
    // 34 242,1 × 1,024 = 35 063,9104
    CHECK(Money::parts(34242, 100000) * Money::parts(1, 24000) == Money::parts(35063, 910400));
    CHECK(Money::whole(1) / Money::whole(3) == Money::from_raw(333'333));
    CHECK(Money::whole(2) / Money::whole(3) == Money::from_raw(666'667));
    CHECK(Money::whole(-2) / Money::whole(3) == Money::from_raw(-666'667));
    CHECK(Money::from_raw(5) * Money::from_raw(100'000) == Money::from_raw(1));    // 0,5 rounds up
    CHECK(Money::from_raw(-5) * Money::from_raw(100'000) == Money::from_raw(-1));  // away from zero
    CHECK_THROWS_AS(Money::whole(1) / Money{}, std::domain_error);
}

TEST_CASE("Money rounds to fewer decimals") {
    CHECK(Money::parts(4328, 950000).rounded(1) == Money::parts(4329, 0));
    CHECK(Money::parts(4328, 940000).rounded(1) == Money::parts(4328, 900000));
    CHECK(Money::from_raw(-1'050'000).rounded(1) == Money::from_raw(-1'100'000));
    CHECK(Money::parts(7, 500000).rounded(0) == Money::whole(8));
}

TEST_CASE("Money converts between kr, tkr and mnkr exactly") {
    Money frame = Money::parts(4328, 900000);   // 4 328,9 mnkr
    CHECK(ramkoll::to_kronor(frame, Unit::mnkr) == Money::whole(4'328'900'000));
    CHECK(ramkoll::from_kronor(ramkoll::to_kronor(frame, Unit::mnkr), Unit::tkr) ==
          Money::whole(4'328'900));
    CHECK(ramkoll::to_kronor(Money::parts(-5159776, 300000), Unit::tkr) == Money::whole(-5'159'776'300));
    CHECK(ramkoll::unit_name(Unit::mnkr) == "mnkr");
}

TEST_CASE("Money reports overflow instead of wrapping") {
    Money big = Money::from_raw(INT64_MAX);
    CHECK_THROWS_AS(big + Money::from_raw(1), std::overflow_error);
    CHECK_THROWS_AS(Money::whole(10'000'000'000'000), std::overflow_error);
    CHECK_THROWS_AS(ramkoll::to_kronor(Money::whole(10'000'000), Unit::mnkr), std::overflow_error);
}

TEST_CASE("percent turns a percentage into a rate") {
    CHECK(ramkoll::percent(Money::parts(3, 900000)) == Money::from_raw(39'000));
    CHECK(ramkoll::percent(Money::parts(1, 500000)) == Money::from_raw(15'000));
}
