// What check, consolidate and template do when an output cannot be written: the message on
// stderr (a WriteError in the command's language, anything else as it says) and exit code 2.
//
//   if (!written(lang, [&] { report::write_report(round, result, path, lang); })) return 2;
#pragma once

#include "common/lang.hpp"

#include <functional>

namespace ramkoll::cli {

// Runs `write`; true when it finished, false (the reason printed) when it threw.
bool written(Lang lang, const std::function<void()>& write);

}  // namespace ramkoll::cli
