// Money: an exact decimal number (int64 millionths) for amounts in kronor and for rates.
// Amounts are held in kronor so tkr and mnkr convert exactly; 3,9 % is the rate 0,039.
#pragma once

#include <compare>
#include <cstdint>
#include <string_view>

namespace ramkoll {

// The units amounts are written in: kronor, thousands (tkr) and millions (mnkr).
enum class Unit { kr, tkr, mnkr };

std::string_view unit_name(Unit unit);   // "kr", "tkr", "mnkr"

// An exact fixed-point number with six decimals. Addition and subtraction are exact;
// multiplication and division round half away from zero to six decimals. Overflow
// (beyond about ±9,2 million millions) throws std::overflow_error, division by zero
// throws std::domain_error. Example: Money::parts(35905, 400000) is 35 905,4.
class Money {
public:
    static constexpr int decimals = 6;
    static constexpr std::int64_t scale = 1'000'000;

    constexpr Money() = default;
    static constexpr Money from_raw(std::int64_t millionths) { return Money{millionths}; }
    static Money whole(std::int64_t value);                                // 12 → 12,000000
    static Money parts(std::int64_t whole, std::int64_t millionths);      // sign from whole

    constexpr std::int64_t raw() const { return raw_; }

    Money operator-() const;
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator*(Money other) const;                  // rounded half away from zero
    Money operator/(Money other) const;                  // rounded half away from zero
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    Money abs() const { return raw_ < 0 ? -*this : *this; }

    // Rounds half away from zero to the given number of decimals (0–6).
    Money rounded(int to_decimals) const;

    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t raw) : raw_(raw) {}
    std::int64_t raw_ = 0;
};

// An amount written in `unit` as kronor (exact), and kronor expressed in `unit` (rounded).
Money to_kronor(Money value_in_unit, Unit unit);
Money from_kronor(Money kronor, Unit unit);

// A percentage as a rate: 3,9 → 0,039.
Money percent(Money value);

}  // namespace ramkoll
