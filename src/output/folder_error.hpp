// Why the output folder or an input file cannot be used by `ramkoll run`, and its words in
// Swedish or English (the one place they become text).
#pragma once

#include "common/lang.hpp"
#include "common/message.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace ramkoll::output {

struct FolderError : std::runtime_error {
    enum class Kind {
        not_writable,     // the output folder, its lock or its link cannot be made
        not_our_link,     // OUT/resultat exists and is something else than ramkoll's link
        input_unreadable  // an input file cannot be copied
    };
    Kind kind;
    std::filesystem::path path;
    Texts problem;    // what failed or why, e.g. {"kan inte låsa", "cannot lock"}
    int error = 0;    // the system's reason as an errno value; 0 when there is none
    // what() is the English text: "out/.ramkoll.lock: cannot lock: Permission denied".
    FolderError(Kind kind, std::filesystem::path path, Texts problem, int error = 0);
};

// A not_writable error: `what` failed, for the system's reason `error` (an errno value):
//   throw not_writable(lock, {"kan inte låsa", "cannot lock"}, errno);
FolderError not_writable(std::filesystem::path path, Texts what, int error);

// "kan inte låsa: Åtkomst nekas": what failed and the system's reason, in `lang`.
std::string reason(const FolderError& error, Lang lang);

// "out/.ramkoll.lock: utdatamappen kan inte skrivas: kan inte låsa: Åtkomst nekas"
std::string describe(const FolderError& error, Lang lang);

}  // namespace ramkoll::output
