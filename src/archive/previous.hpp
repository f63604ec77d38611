// What a new check compares with from the archive: each committee's form lines in its latest
// archived version that has any (a version of an unreadable file has none).
//
//   options.previous_lines = archive::previous_lines(archive, round);
#pragma once

#include "archive/archive.hpp"
#include "rules/model.hpp"
#include "validate/scale.hpp"

#include <map>
#include <string>

namespace ramkoll::archive {

std::map<std::string, validate::PreviousLines> previous_lines(const Archive& archive, const rules::Round& round);

}  // namespace ramkoll::archive
