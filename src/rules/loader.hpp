// Loads a rule file from disk with everything it includes, parses and checks it: the one
// entry point for commands and later stages. All syntax and semantic errors are collected.
#pragma once

#include "rules/diagnostic.hpp"
#include "rules/model.hpp"
#include "rules/parser.hpp"

#include <deque>
#include <filesystem>
#include <string>
#include <vector>

namespace ramkoll::rules {

struct LoadedRules {
    std::deque<ParsedFile> files;     // main file first; a deque, as statements point into them
    Round round;                      // meaningful when diagnostics is empty
    Diagnostics diagnostics;          // syntax errors of every file, else semantic errors
    bool ok() const { return diagnostics.empty(); }
};

// Reads `path`; an `include "x.rules"` is resolved relative to the including file's folder.
// Semantic checks run when no file has syntax errors (so one mistake is not reported twice).
LoadedRules load_rules(const std::filesystem::path& path);

// The same for text already in memory, named `file_name` in messages; includes are resolved
// relative to `file_name`'s folder.
LoadedRules load_rules_text(const std::string& file_name, std::string text);

}  // namespace ramkoll::rules
