// Parses and formats Swedish number text by hand: grouping, decimal comma, the minus forms.
#include "common/swedish_number.hpp"

#include <cstdint>
#include <limits>

namespace ramkoll {

namespace {

// Length of the separator or space at the front of `s` (space, U+00A0, U+202F), or 0.
std::size_t space_at(std::string_view s) {
    if (s.starts_with(' ') || s.starts_with('\t')) return 1;
    if (s.starts_with("\xC2\xA0")) return 2;
    if (s.starts_with("\xE2\x80\xAF")) return 3;
    return 0;
}

// Length of the minus sign at the front of `s` (-, U+2212, U+2013), or 0.
std::size_t minus_at(std::string_view s) {
    if (s.starts_with('-')) return 1;
    if (s.starts_with("\xE2\x88\x92") || s.starts_with("\xE2\x80\x93")) return 3;
    return 0;
}

std::string_view trim(std::string_view s) {
    while (std::size_t n = space_at(s)) s.remove_prefix(n);
    for (;;) {
        if (s.ends_with(' ') || s.ends_with('\t')) s.remove_suffix(1);
        else if (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
        else if (s.ends_with("\xE2\x80\xAF")) s.remove_suffix(3);
        else return s;
    }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t digits_at(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    return n;
}

}  // namespace

std::optional<SwedishNumber> parse_swedish_number(std::string_view text) {
    std::string_view s = trim(text);
    SwedishNumber result;

    // The unit suffix: "%" or "procent".
    if (s.ends_with('%')) {
        result.is_percent = true;
        s = trim(s.substr(0, s.size() - 1));
    } else if (s.ends_with("procent")) {
        result.is_percent = true;
        s = trim(s.substr(0, s.size() - 7));
    }

    bool negative = false;
    if (std::size_t n = minus_at(s)) {
        negative = true;
        s = trim(s.substr(n));
    } else if (s.starts_with('+')) {
        s = trim(s.substr(1));
    }

    // Integer part with optional thousands grouping.
    std::string digits;
    std::size_t first = digits_at(s);
    if (first == 0) return std::nullopt;
    digits.append(s.substr(0, first));
    s.remove_prefix(first);
    bool grouped = false;
    while (std::size_t sep = space_at(s)) {
        std::string_view rest = s.substr(sep);
        if (digits_at(rest) != 3) return std::nullopt;
        grouped = true;
        digits.append(rest.substr(0, 3));
        s = rest.substr(3);
    }
    if (grouped && first > 3) return std::nullopt;

    std::string fraction;
    if (s.starts_with(',')) {
        s.remove_prefix(1);
        std::size_t n = digits_at(s);
        if (n == 0 || n > static_cast<std::size_t>(Money::decimals)) return std::nullopt;
        fraction.assign(s.substr(0, n));
        s.remove_prefix(n);
    }
    if (!s.empty()) return std::nullopt;

    fraction.resize(Money::decimals, '0');
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / Money::scale;
    std::int64_t whole = 0;
    for (char c : digits) {
        whole = whole * 10 + (c - '0');
        if (whole > limit) return std::nullopt;
    }
    std::int64_t millionths = std::stoll(fraction);
    // "9 223 372 036 854,775808" passes the whole-number check but not Money's range.
    if (whole * Money::scale > std::numeric_limits<std::int64_t>::max() - millionths) return std::nullopt;
    std::int64_t raw = whole * Money::scale + millionths;
    result.value = Money::from_raw(negative ? -raw : raw);
    return result;
}

std::string format_swedish(Money value, int decimals) {
    if (decimals < 0) decimals = 0;
    if (decimals > Money::decimals) decimals = Money::decimals;
    Money r = value.rounded(decimals);
    std::int64_t raw = r.raw();
    bool negative = raw < 0;
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(raw) : static_cast<std::uint64_t>(raw);
    std::uint64_t whole = magnitude / Money::scale;
    std::uint64_t frac = magnitude % Money::scale;

    std::string whole_text = std::to_string(whole);
    std::string out;
    if (negative) out += '-';
    for (std::size_t i = 0; i < whole_text.size(); ++i) {
        if (i > 0 && (whole_text.size() - i) % 3 == 0) out += ' ';
        out += whole_text[i];
    }
    if (decimals > 0) {
        std::string frac_text = std::to_string(frac);
        frac_text.insert(0, Money::decimals - frac_text.size(), '0');
        out += ',';
        out += frac_text.substr(0, decimals);
    }
    return out;
}

std::string format_swedish_percent(Money rate, int decimals) {
    return format_swedish(rate * Money::whole(100), decimals) + " %";
}

}  // namespace ramkoll
