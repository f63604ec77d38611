// The language of user-facing messages: Swedish by default, English with --lang en.
#pragma once

#include <string_view>

namespace ramkoll {

enum class Lang { sv, en };

// Picks the Swedish or English text; used where a message is turned into words.
constexpr std::string_view tr(Lang lang, std::string_view sv, std::string_view en) {
    return lang == Lang::sv ? sv : en;
}

}  // namespace ramkoll
