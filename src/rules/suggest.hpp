// "Did you mean": the one helper every "unknown X" message of the checker ends with. It finds
// the known name closest to a misspelt one, by edit distance over characters.
#pragma once

#include "common/message.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::rules {

// The candidate nearest to `name` (case-insensitive for ASCII, UTF-8 aware), if it is close
// enough to be a likely typo: at most a third of the name's length, and at least 1, edits away.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& candidates);

// The end of an "unknown name" message: `, menade du "Drift"?` / `; did you mean "Drift"?`, or
// nothing when no candidate is close: both({"okänd rad \"{}\"{}", …}, name, did_you_mean(name, known)).
Texts did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace ramkoll::rules
