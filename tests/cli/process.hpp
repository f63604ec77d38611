// Starting the ramkoll binary from a test: to completion with its output captured, or in the
// background (to kill it or run two at once), and a few file helpers the run tests share.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <csignal>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ramkoll::test {

// Two or more spaces (table padding) as one, so rows can be compared without their widths.
inline std::string squeezed(const std::string& text) {
    std::string out;
    for (char ch : text)
        if (ch != ' ' || out.empty() || out.back() != ' ') out += ch;
    return out;
}


inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Replaces `target` whole (temporary file + rename), as a committee's new file lands.
inline void replace_file(const std::filesystem::path& source, const std::filesystem::path& target) {
    auto temporary = target;
    temporary += ".new";
    std::filesystem::copy_file(source, temporary, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::rename(temporary, target);
}

// Starts ramkoll with `arguments`, stdout and stderr going to the given files.
inline pid_t start_ramkoll(const std::vector<std::string>& arguments, const std::filesystem::path& out,
                           const std::filesystem::path& err) {
    std::vector<std::string> words{RAMKOLL_BINARY};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, RAMKOLL_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    return pid;
}

// The exit code of a finished child, or −signal when a signal ended it.
inline int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) REQUIRE(errno == EINTR);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

// wait_for() with a time limit: a child still running after `seconds` is killed (a hung run
// fails its test quickly instead of at ctest's timeout).
inline int wait_within(pid_t pid, int seconds) {
    for (int i = 0; i < seconds * 100; ++i) {
        int status = 0;
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        ::usleep(10'000);
    }
    ::kill(pid, SIGKILL);
    wait_for(pid);
    FAIL_CHECK("ramkoll did not finish within " << seconds << " s");
    return -1;
}

struct Finished {
    int exit_code = -1;
    std::string out, err;
};

// Runs ramkoll to completion; `scratch` is a folder for the captured output.
inline Finished run_ramkoll(const std::vector<std::string>& arguments, const std::filesystem::path& scratch) {
    const auto out = scratch / "stdout.txt", err = scratch / "stderr.txt";
    Finished f;
    f.exit_code = wait_for(start_ramkoll(arguments, out, err));
    f.out = read_file(out);
    f.err = read_file(err);
    return f;
}

}  // namespace ramkoll::test
