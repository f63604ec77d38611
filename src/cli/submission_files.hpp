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

// Puts each `--committee CODE=FILE` of `committees` and the global limits into
// `check_options`, then collects the files of `inputs` (links out of a folder into
// `check_options` too) and returns them; prints the reason to stderr and returns nullopt when
// the command should end with exit code 2 (a --committee that is not CODE=FILE with a
// committee of the round or whose FILE is none of the files, a path that does not exist, more
// files than --max-files).
std::optional<std::vector<std::filesystem::path>> submission_files(const std::vector<std::string>& inputs,
                                                                   const std::vector<std::string>& committees,
                                                                   const rules::Round& round, const GlobalOptions& global,
                                                                   validate::Options& check_options);

}  // namespace ramkoll::cli
