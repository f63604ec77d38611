// The one reading of a list's text cells that check and consolidation share: a value is
// matched with the column's declared values (rules::FormColumn::values) or the round's
// committees without regard to case and surrounding space (also no-break spaces), and kept
// in its declared form, so that `Roll = "säljare"` in an annex finds what the check accepted.
//
//   if (auto v = submission::match_declared(" Säljare\u00a0", column.values)) …   // "säljare"
#pragma once

#include "rules/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::submission {

// `text` without leading and trailing white space: ASCII space, tab, line breaks, U+00A0,
// U+2007, U+2009, U+202F.
std::string_view trim_space(std::string_view text);

// The declared value `text` is, ignoring case (ASCII and Latin-1 letters) and surrounding space.
std::optional<std::string> match_declared(std::string_view text, const std::vector<std::string>& values);

// The code of the committee `text` names by its code or name (case and surrounding space ignored).
std::optional<std::string> match_committee(std::string_view text, const rules::Round& round);

// "\"köpare\", \"säljare\"": values as listed in a finding.
std::string quoted_list(const std::vector<std::string>& values);

}  // namespace ramkoll::submission
