// libFuzzer target: the Swedish number parser and the xlsx stored-number parser. Every number
// accepted must survive formatting and parsing again unchanged.
#include "common/swedish_number.hpp"
#include "submission/stored_number.hpp"

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

using namespace ramkoll;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto number = parse_swedish_number(text)) {
        const auto again = parse_swedish_number(format_swedish(number->value, Money::decimals));
        if (!again || again->value != number->value) std::abort();
        try {
            (void)format_swedish_percent(percent(number->value), 2);
        } catch (const std::overflow_error&) {
        }
    }
    if (const auto stored = submission::parse_stored_number(text)) {
        const auto again = parse_swedish_number(format_swedish(*stored, Money::decimals));
        if (!again || again->value != *stored) std::abort();
    }
    return 0;
}
