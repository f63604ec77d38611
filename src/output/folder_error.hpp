// Why the output folder or an input file cannot be used by `ramkoll run`, and its words in
// Swedish or English (the one place they become text).
#pragma once

#include "common/lang.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ramkoll::output {

struct FolderError : std::runtime_error {
    enum class Kind {
        not_writable,     // the output folder, its lock or its link cannot be made
        not_our_link,     // OUT/resultat exists and is something else than ramkoll's link
        input_unreadable  // an input file cannot be copied
    };
    Kind kind;
    std::filesystem::path path;
    std::string reason;   // the system's reason, e.g. "Permission denied"
    FolderError(Kind kind, std::filesystem::path path, std::string reason);
};

// A not_writable error whose reason is `what` and the system's words for `error` (an errno):
//   throw not_writable(lock, "cannot lock", errno);   // "cannot lock: Permission denied"
FolderError not_writable(std::filesystem::path path, std::string_view what, int error);

// "out: utdatamappen kan inte skrivas: kan inte låsa: Permission denied"
std::string describe(const FolderError& error, Lang lang);

}  // namespace ramkoll::output
