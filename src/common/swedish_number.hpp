// Swedish number text: parsing "4 328,9", "−71,7", "3,9 %" and formatting "-7 491,8".
// Shared by the rule language and the reading of submissions.
#pragma once

#include "common/money.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ramkoll {

// A parsed number: its value as written, and whether it carried "%" or "procent"
// (then value is the percentage, 3,9 for "3,9 %"; use percent() for the rate).
struct SwedishNumber {
    Money value;
    bool is_percent = false;
};

// Accepts: optional sign (-, +, U+2212 −, U+2013 –, possibly followed by spaces), digits
// grouped by thousands with space, U+00A0 or U+202F ("4 328" — the first group 1–3 digits,
// the others exactly 3; or no grouping at all, "4328"), an optional decimal comma with
// 1–6 digits, and an optional "%" or "procent" (with or without a space before it).
// Leading and trailing spaces are ignored. Anything else gives nullopt, so "1.5", "43 28",
// "1,2345678" and "" are rejected. Example: parse_swedish_number("−7 491,8")->value.
std::optional<SwedishNumber> parse_swedish_number(std::string_view text);

// Formats with a space as thousands separator, a decimal comma and hyphen-minus,
// rounded half away from zero to `decimals` (0–6): format_swedish(x, 1) == "-7 491,8".
// Zero never gets a minus sign.
std::string format_swedish(Money value, int decimals);

// A rate as a percentage: format_swedish_percent(0,039, 1) == "3,9 %".
std::string format_swedish_percent(Money rate, int decimals);

}  // namespace ramkoll
