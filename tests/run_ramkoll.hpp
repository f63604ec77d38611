// Runs the ramkoll binary of this build (or any shell command) through the shell and returns
// its exit code and its output (stdout and stderr together), for tests of the command line.
#pragma once

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <string>

#include <sys/wait.h>

namespace ramkoll::test {

struct Run {
    int exit_code = -1;
    std::string output;   // stdout and stderr together
};

// `command` is shell text: quote paths that may hold spaces or quotes.
inline Run run_command(const std::string& command) {
    Run run;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) run.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

inline Run run_ramkoll(const std::string& arguments) { return run_command(std::string(RAMKOLL_BINARY) + " " + arguments); }

// A path in single quotes for the shell ("it's" becomes 'it'\''s').
inline std::string quoted(const std::string& path) {
    std::string out = "'";
    for (char c : path) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace ramkoll::test
