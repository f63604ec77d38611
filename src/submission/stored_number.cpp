// Exact decimal parsing of stored xlsx numbers: mantissa digits and a decimal exponent.
#include "submission/stored_number.hpp"

#include <cstdint>
#include <string>

namespace ramkoll::submission {

namespace {

// What most cells hold, "-614534.9": at most 12 integer digits and 6 decimals, no exponent.
// Exactly representable in millionths, so no rounding; nullopt for anything else.
std::optional<Money> short_decimal(std::string_view raw) {
    constexpr std::size_t places = Money::decimals;
    std::size_t i = raw.starts_with('-') ? 1 : 0;
    const bool negative = i == 1;
    std::int64_t value = 0;
    std::size_t integer_digits = 0, decimals = 0;
    for (; i < raw.size() && raw[i] >= '0' && raw[i] <= '9'; ++i, ++integer_digits) {
        if (integer_digits == 12) return std::nullopt;
        value = value * 10 + (raw[i] - '0');
    }
    if (integer_digits == 0) return std::nullopt;
    if (i < raw.size() && raw[i] == '.') {
        for (++i; i < raw.size() && raw[i] >= '0' && raw[i] <= '9'; ++i, ++decimals) {
            if (decimals == places) return std::nullopt;
            value = value * 10 + (raw[i] - '0');
        }
        if (decimals == 0) return std::nullopt;
    }
    if (i != raw.size()) return std::nullopt;
    for (; decimals < places; ++decimals) value *= 10;
    return Money::from_raw(negative ? -value : value);
}

}  // namespace

std::optional<Money> parse_stored_number(std::string_view raw) {
    if (const auto quick = short_decimal(raw)) return quick;
    std::size_t i = 0;
    bool negative = false;
    if (i < raw.size() && (raw[i] == '-' || raw[i] == '+')) negative = raw[i++] == '-';
    std::string digits;        // significant digits, without the point
    int exponent = 0;          // value = digits × 10^exponent
    bool any_digit = false, point = false;
    for (; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c >= '0' && c <= '9') {
            any_digit = true;
            if (!(digits.empty() && c == '0')) digits += c;
            if (point) --exponent;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any_digit) return std::nullopt;
    if (i < raw.size()) {
        if (raw[i] != 'E' && raw[i] != 'e') return std::nullopt;
        ++i;
        bool exp_negative = false;
        if (i < raw.size() && (raw[i] == '-' || raw[i] == '+')) exp_negative = raw[i++] == '-';
        if (i == raw.size()) return std::nullopt;
        int e = 0;
        for (; i < raw.size(); ++i) {
            if (raw[i] < '0' || raw[i] > '9' || e > 10000) return std::nullopt;
            e = e * 10 + (raw[i] - '0');
        }
        exponent += exp_negative ? -e : e;
    }
    // Millionths: shift by exponent + 6, rounding half away from zero at the cut.
    const int shift = exponent + Money::decimals;
    std::int64_t value = 0;
    constexpr std::int64_t limit = INT64_MAX / 10;
    const auto keep = static_cast<long>(digits.size()) + shift;   // digits left of the cut
    for (long k = 0; k < keep; ++k) {
        const int d = k < static_cast<long>(digits.size()) ? digits[static_cast<std::size_t>(k)] - '0' : 0;
        if (value > limit || value * 10 > INT64_MAX - d) return std::nullopt;
        value = value * 10 + d;
    }
    if (keep >= 0 && keep < static_cast<long>(digits.size()) && digits[static_cast<std::size_t>(keep)] >= '5') {
        if (value == INT64_MAX) return std::nullopt;
        ++value;
    }
    return Money::from_raw(negative ? -value : value);
}

}  // namespace ramkoll::submission
