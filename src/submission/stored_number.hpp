// The exact text of a number as an xlsx file stores it ("86075.1", "-3400", "1.5E-2",
// "4328900.0000000009") turned into Money without passing through a double.
#pragma once

#include "common/money.hpp"

#include <optional>
#include <string_view>

namespace ramkoll::submission {

// Rounds half away from zero to Money's six decimals; nullopt for anything that is not an
// xlsx number or is beyond Money's range.
std::optional<Money> parse_stored_number(std::string_view raw);

}  // namespace ramkoll::submission
