// Exact fixed-point arithmetic for Money, with 128-bit intermediates and explicit rounding.
#include "common/money.hpp"

#include <limits>
#include <stdexcept>

namespace ramkoll {

namespace {

using Wide = __int128;

Money checked(Wide value) {
    if (value > std::numeric_limits<std::int64_t>::max() ||
        value < std::numeric_limits<std::int64_t>::min())
        throw std::overflow_error("belopp utanför talområdet");
    return Money::from_raw(static_cast<std::int64_t>(value));
}

// numerator / denominator, rounded half away from zero.
Wide divide_rounded(Wide numerator, Wide denominator) {
    if (denominator == 0) throw std::domain_error("division med noll");
    bool negative = (numerator < 0) != (denominator < 0);
    Wide n = numerator < 0 ? -numerator : numerator;
    Wide d = denominator < 0 ? -denominator : denominator;
    Wide q = n / d;
    if ((n % d) * 2 >= d) ++q;
    return negative ? -q : q;
}

Wide unit_factor(Unit unit) {
    switch (unit) {
    case Unit::kr: return 1;
    case Unit::tkr: return 1000;
    case Unit::mnkr: return 1'000'000;
    }
    return 1;
}

}  // namespace

std::string_view unit_name(Unit unit) {
    switch (unit) {
    case Unit::kr: return "kr";
    case Unit::tkr: return "tkr";
    case Unit::mnkr: return "mnkr";
    }
    return "";
}

Money Money::whole(std::int64_t value) { return checked(Wide{value} * scale); }

Money Money::parts(std::int64_t whole, std::int64_t millionths) {
    Wide magnitude = Wide{whole < 0 ? -Wide{whole} : Wide{whole}} * scale + millionths;
    return checked(whole < 0 ? -magnitude : magnitude);
}

Money Money::operator-() const { return checked(-Wide{raw_}); }
Money Money::operator+(Money other) const { return checked(Wide{raw_} + other.raw_); }
Money Money::operator-(Money other) const { return checked(Wide{raw_} - other.raw_); }

Money Money::operator*(Money other) const {
    return checked(divide_rounded(Wide{raw_} * other.raw_, scale));
}

Money Money::operator/(Money other) const {
    return checked(divide_rounded(Wide{raw_} * scale, other.raw_));
}

Money Money::rounded(int to_decimals) const {
    if (to_decimals >= decimals) return *this;
    Wide step = 1;
    for (int i = to_decimals < 0 ? 0 : to_decimals; i < decimals; ++i) step *= 10;
    return checked(divide_rounded(raw_, step) * step);
}

Money to_kronor(Money value_in_unit, Unit unit) {
    return checked(Wide{value_in_unit.raw()} * unit_factor(unit));
}

Money from_kronor(Money kronor, Unit unit) {
    return checked(divide_rounded(kronor.raw(), unit_factor(unit)));
}

Money percent(Money value) { return checked(divide_rounded(value.raw(), 100)); }

}  // namespace ramkoll
