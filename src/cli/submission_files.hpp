// What every command that checks submissions does before reading them (check, consolidate,
// run): the files of the paths given, the global reading limits, the links not followed, and
// the --max-files limit, with the messages for a path that does not exist or too many files;
// and the --committee CODE=FILE overrides.
#pragma once

#include "cli/commands.hpp"
#include "rules/model.hpp"
#include "validate/check.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ramkoll::cli {

// Collects the files of `inputs` into `check_options` (limits, links out of a folder) and
// returns them; prints the reason to stderr and returns nullopt when the command should end
// with exit code 2. A file named twice (a folder given as a word and with --in, or a folder
// and a file in it) is read once.
std::optional<std::vector<std::filesystem::path>> submission_files(const std::vector<std::filesystem::path>& inputs,
                                                                   const GlobalOptions& global,
                                                                   validate::Options& check_options);

// Puts each `--committee CODE=FILE` into `check_options`; prints why and returns false (exit
// code 2) for one that is not CODE=FILE with a committee of the round.
bool committee_overrides(const std::vector<std::string>& pairs, const rules::Round& round, Lang lang,
                         validate::Options& check_options);

}  // namespace ramkoll::cli
