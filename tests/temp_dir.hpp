// A fresh directory under the system temp directory for one test, removed with everything
// in it (permissions restored first, so a test may make it read-only).
#pragma once

#include <filesystem>
#include <string>
#include <system_error>

#include <unistd.h>

namespace ramkoll::test {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& prefix = "ramkoll") {
        static int counter = 0;
        path = std::filesystem::temp_directory_path() /
               (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
        std::filesystem::remove_all(path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

}  // namespace ramkoll::test
