// `ramkoll rules show`: the round as tables a finance officer can hold against the council's
// decision — frames per committee and year (with varav rows), indices, constants, form, rules.
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"

#include <string>

namespace ramkoll::rules {

// Frames are shown in `frame_unit` with one decimal (Round::frame_unit: as they were written).
std::string show_round(const Round& round, Lang lang, Unit frame_unit);

}  // namespace ramkoll::rules
