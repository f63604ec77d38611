// The sheets every template has besides one per list section, named here so that the rule
// checker (template_fit.hpp) can refuse a list label that would take one of their names;
// template/names.hpp gives them to the template writer and reader.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace ramkoll::rules::template_sheets {

inline constexpr std::string_view instruction = "Anvisning";
inline constexpr std::string_view budget = "Budget";
inline constexpr std::string_view metadata = "ramkoll";   // hidden: the metadata
inline constexpr std::string_view choices = "Listor";     // hidden: the drop-downs' choices
inline constexpr std::array<std::string_view, 4> all = {instruction, budget, metadata, choices};

}  // namespace ramkoll::rules::template_sheets
