// What every command that checks submissions does before reading them (check, consolidate,
// run): the files of the paths given, the global reading limits, the links not followed, and
// the --max-files limit, with the messages for a path that does not exist or too many files.
#pragma once

#include "cli/commands.hpp"
#include "validate/check.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace ramkoll::cli {

// Collects the files of `inputs` into `check_options` (limits, links out of a folder) and
// returns them; prints the reason to stderr and returns nullopt when the command should end
// with exit code 2.
std::optional<std::vector<std::filesystem::path>> submission_files(const std::vector<std::filesystem::path>& inputs,
                                                                   const GlobalOptions& global,
                                                                   validate::Options& check_options);

}  // namespace ramkoll::cli
