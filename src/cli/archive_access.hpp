// What `history`, `diff` and `restore` share: opening the archive with its error in words.
#pragma once

#include "archive/archive.hpp"
#include "archive/messages.hpp"
#include "common/lang.hpp"

#include <iostream>
#include <optional>
#include <string>

namespace ramkoll::cli {

// The archive at `path`, or nothing after printing why it cannot be opened (exit code 1).
inline std::optional<archive::Archive> open_archive(const std::string& path, Lang lang) {
    try {
        return archive::Archive::open(path, archive::Mode::existing);
    } catch (const archive::Error& e) {
        std::cerr << archive::describe(e, lang) << "\n";
        return std::nullopt;
    }
}

// A committee code as shown, and back: "?" stands for files of no known committee.
inline std::string committee_shown(const std::string& code) { return code.empty() ? "?" : code; }
inline std::string committee_key(const std::string& shown) { return shown == "?" ? std::string() : shown; }

}  // namespace ramkoll::cli
