// The system's reason for a failed file operation (an errno value) in the user's language.
#pragma once

#include "common/lang.hpp"

#include <string>

namespace ramkoll {

// Swedish words for the errors a user meets when reading and writing files (a full disk,
// a read-only or missing folder, no permission, ...); the system's own English text for
// English and for the rarer errors:
//   system_reason(ENOSPC, Lang::sv)   // "Det finns inget utrymme kvar på enheten"
//   system_reason(ENOSPC, Lang::en)   // "No space left on device"
std::string system_reason(int error, Lang lang);

}  // namespace ramkoll
