// A rule's own message ("{nämnd} ligger {skillnad} över ramen {år}"): the placeholders it may
// use, each with its Swedish and English name, checked when the rule file is loaded
// (rule_compiler.cpp) and filled in when a finding is described (evaluator.cpp).
#pragma once

#include "common/lang.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ramkoll::rules {

enum class Placeholder { expected, actual, difference, tolerance, year, committee, rule, line };

struct PlaceholderName {
    Placeholder placeholder;
    std::string_view sv;   // "väntat"
    std::string_view en;   // "expected"
};

inline constexpr std::array<PlaceholderName, 8> placeholder_names{{
    {Placeholder::expected, "väntat", "expected"},
    {Placeholder::actual, "faktiskt", "actual"},
    {Placeholder::difference, "skillnad", "difference"},
    {Placeholder::tolerance, "tolerans", "tolerance"},
    {Placeholder::year, "år", "year"},
    {Placeholder::committee, "nämnd", "committee"},
    {Placeholder::rule, "regel", "rule"},
    {Placeholder::line, "rad", "line"},
}};

// The placeholder named `name` (without braces) in either language.
std::optional<Placeholder> placeholder_named(std::string_view name);

// The first "{…}" in `text` that names no placeholder ("{belopp}", or "{" left open), without
// its braces; nullopt when every one is known.
std::optional<std::string> unknown_placeholder(std::string_view text);

// "{väntat}, {faktiskt}, … och {rad}": every placeholder, for the message that lists them.
std::string placeholder_list(Lang lang);

// `text` with every known placeholder replaced by values[its index]; unknown braces stay as
// they are, and a value is never searched for placeholders again.
std::string fill_placeholders(std::string_view text, const std::array<std::string, placeholder_names.size()>& values);

}  // namespace ramkoll::rules
