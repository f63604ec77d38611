// Matching the labels people write ("Personalkostnader", "Totalt:", "DRIFT") with the form's
// lines: case, spacing and punctuation do not count; the form's synonyms do.
#pragma once

#include "rules/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ramkoll::submission {

// Lower case (ASCII and Å, Ä, Ö, É, …), with spaces, punctuation, dashes and no-break spaces
// removed: "Personal-kostnader:" → "personalkostnader".
std::string normalize_label(std::string_view text);
// normalize_label(text) == normalized, without building the former (committee codes and form
// labels are held against one text each, for every committee or line).
bool label_matches(std::string_view text, std::string_view normalized);

// The form line whose label or synonym matches `text`, if any.
std::optional<std::size_t> match_line(const rules::Form& form, std::string_view text);

}  // namespace ramkoll::submission
