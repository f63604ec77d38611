// Bilingual messages checked by the compiler: the Swedish and the English text of a message are
// fmt format strings for the same arguments, written once, and must use the same placeholders.
//
//   say(lang, {"{} har inte lämnat något underlag", "{} has not submitted"}, name)
//       // the message in one language, for text made where the language is known
//   both({"okänd rad \"{}\"{}", "unknown line \"{}\"{}"}, name, did_you_mean(name, known))
//       // Texts{sv, en}, for a message kept in both languages until it is printed (rule files)
//
// Both fail the build, not a user's run, when a text does not fit the arguments: fmt checks
// each text against the arguments' types, and Bilingual checks that the two texts use the same
// arguments and every one of them (fmt alone accepts an argument no placeholder uses, so
// "{} fel" beside "{} errors in {}" would compile). An argument that is itself a Texts is
// written in the language being formatted, like did_you_mean(name, known) above.
#pragma once

#include "common/lang.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace ramkoll {

// One text in both languages.
struct Texts {
    std::string sv;
    std::string en;

    const std::string& in(Lang lang) const { return lang == Lang::sv ? sv : en; }
    friend bool operator==(const Texts&, const Texts&) = default;
};

namespace message_detail {

// The type fmt checks a text against: a Texts argument is written as one of its strings.
template <typename T>
using shown_t = std::conditional_t<std::is_same_v<std::decay_t<T>, Texts>, std::string, std::decay_t<T>>;

template <typename T>
const auto& written_in(Lang lang, const T& argument) {
    if constexpr (std::is_same_v<T, Texts>)
        return argument.in(lang);
    else
        return argument;
}

// Not constexpr: calling one while a Bilingual is made at compile time is the compile error,
// and the compiler's message names the function.
inline void swedish_and_english_use_different_arguments() {}
inline void an_argument_is_used_by_neither_text() {}
inline void a_named_argument_or_more_than_64_arguments() {}

// The arguments a format string uses, one bit each: {} numbered automatically, {0} explicitly,
// and the nested fields of a dynamic width or precision ({:{}}); {{ and }} are escapes. fmt has
// already checked the syntax (Bilingual's members are made first). constexpr rather than
// consteval: clang 14 refuses a consteval call on the consteval constructor's parameters.
constexpr std::uint64_t used_arguments(std::string_view text) {
    std::uint64_t used = 0;
    int next = 0;   // the next automatic number
    std::size_t i = 0;
    auto field = [&] {   // at the character after '{': the argument, up to ':' or '}'
        int index = next;
        if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            index = 0;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') index = index * 10 + (text[i++] - '0');
        } else if (i < text.size() && (text[i] == ':' || text[i] == '}')) {
            ++next;
        } else {
            a_named_argument_or_more_than_64_arguments();
        }
        if (index >= 64) a_named_argument_or_more_than_64_arguments();
        used |= std::uint64_t{1} << index;
    };
    while (i < text.size()) {
        const char c = text[i++];
        if (c == '}') {
            ++i;   // "}}"
        } else if (c == '{') {
            if (i < text.size() && text[i] == '{') {
                ++i;   // "{{"
                continue;
            }
            field();
            if (i < text.size() && text[i] == ':') {   // the format spec, with nested fields
                while (++i < text.size() && text[i] != '}') {
                    if (text[i] == '{') {
                        ++i;
                        field();
                    }
                }
            }
            ++i;   // the field's '}'
        }
    }
    return used;
}

}  // namespace message_detail

// The Swedish and English texts of one message, both checked at compile time against the
// arguments' types and against each other. Made from two string literals in braces:
//   {"{} filer lästa", "{} files read"}
template <typename... Args>
struct Bilingual {
    fmt::format_string<Args...> sv;
    fmt::format_string<Args...> en;

    template <std::size_t N, std::size_t M>
    consteval Bilingual(const char (&swedish)[N], const char (&english)[M]) : sv(swedish), en(english) {
        static_assert(sizeof...(Args) <= 64, "a message takes at most 64 arguments");
        const std::uint64_t all = sizeof...(Args) == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << sizeof...(Args)) - 1;
        const std::uint64_t in_sv = message_detail::used_arguments(std::string_view(swedish, N - 1));
        const std::uint64_t in_en = message_detail::used_arguments(std::string_view(english, M - 1));
        if (in_sv != in_en) message_detail::swedish_and_english_use_different_arguments();
        if (in_sv != all) message_detail::an_argument_is_used_by_neither_text();
    }
};

// The message in `lang`:
//   say(lang, {"{} filer lästa", "{} files read"}, n)        // "3 filer lästa"
//   say(lang, {"{1} av {0}", "{0}'s {1}"}, code, frame)      // explicit indices: "ramen av HSN"
template <typename... Args>
std::string say(Lang lang, Bilingual<message_detail::shown_t<Args>...> text, const Args&... args) {
    return fmt::vformat(lang == Lang::sv ? fmt::string_view(text.sv) : fmt::string_view(text.en),
                        fmt::make_format_args(message_detail::written_in(lang, args)...));
}

// The message in both languages, for a message printed later in the user's language:
//   both({"okänd lista \"{}\"", "unknown list \"{}\""}, name)   // {"okänd lista \"X\"", "unknown list \"X\""}
template <typename... Args>
Texts both(Bilingual<message_detail::shown_t<Args>...> text, const Args&... args) {
    return {fmt::vformat(fmt::string_view(text.sv), fmt::make_format_args(message_detail::written_in(Lang::sv, args)...)),
            fmt::vformat(fmt::string_view(text.en), fmt::make_format_args(message_detail::written_in(Lang::en, args)...))};
}

}  // namespace ramkoll
