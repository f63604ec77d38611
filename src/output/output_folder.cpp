// The lock (flock(2), released by the kernel however the holder ends), the staging folders and
// the publishing rename of the `resultat` link.
#include "output/output_folder.hpp"

#include "output/folder_error.hpp"

#include "common/parallel.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <ctime>
#include <string>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ramkoll::output {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view staging_prefix = ".resultat-";
constexpr unsigned fsync_threads = 8;   // waiting on the disk, not computing
constexpr std::string_view snapshot_name = ".indata";
constexpr std::string_view old_snapshot_prefix = ".indata-";   // a folder per run, before 2026-12

// `error` is an errno value read before `what` is made (making a Texts may allocate, which
// may change errno).
[[noreturn]] void fail(const fs::path& path, Texts what, int error) { throw not_writable(path, std::move(what), error); }

int pid_in(int fd) {
    char text[32] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    int pid = 0;
    if (n > 0) std::from_chars(text, text + n, pid);
    return pid;
}

void fsync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (const int error = errno; fd < 0) fail(path, {"kan inte öppna", "cannot open"}, error);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0 && error != EINVAL) fail(path, {"kan inte skriva till disken", "cannot flush to disk"}, error);
}

// Flushes every file and folder below `dir`, then `dir` itself: the one durable commit of a
// run's outputs. The writing of every file is started first, so that the fsyncs wait for
// writes already under way rather than start them one file after another.
void fsync_tree(const fs::path& dir) {
    std::vector<fs::path> files, folders;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_symlink()) continue;
        (entry.is_directory() ? folders : files).push_back(entry.path());
    }
    for (const auto& file : files)
        if (const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
            ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);   // only a start: fsync below checks
            ::close(fd);
        }
    // The flushes on several threads at once: each fsync ends in a flush of the disk's cache,
    // which the block layer merges for the fsyncs waiting together (one after another, 2,900
    // reports took 0.15 s here).
    parallel_for(files.size(), [&](std::size_t i) { fsync_path(files[i], O_RDONLY); }, fsync_threads);
    for (const auto& folder : folders) fsync_path(folder, O_RDONLY | O_DIRECTORY);
    fsync_path(dir, O_RDONLY | O_DIRECTORY);
}

std::string stamp() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&t, &local);
    char text[32];
    return std::string(text, std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local));
}

// A folder that did not exist before: "<name>-1", "<name>-2", … inside `dir`.
fs::path new_folder(const fs::path& dir, const std::string& name) {
    for (int n = 1;; ++n) {
        const fs::path folder = dir / fmt::format("{}-{}", name, n);
        std::error_code ec;
        if (fs::create_directory(folder, ec)) return folder;
        if (ec) fail(folder, {"kan inte skapa mappen", "cannot create the folder"}, ec.value());
    }
}

}  // namespace

OutputFolder::OutputFolder(fs::path dir, const std::function<void(int pid)>& waiting) : dir_(std::move(dir)) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec || !fs::is_directory(dir_))
        fail(dir_, {"kan inte skapa mappen", "cannot create the folder"}, ec ? ec.value() : ENOTDIR);
    const fs::path lock = dir_ / ".ramkoll.lock";
    lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (const int error = errno; lock_fd_ < 0) fail(lock, {"kan inte skapa låsfilen", "cannot create the lock file"}, error);
    try {
        if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
            if (const int error = errno; error != EWOULDBLOCK) fail(lock, {"kan inte låsa", "cannot lock"}, error);
            if (waiting) waiting(pid_in(lock_fd_));
            while (::flock(lock_fd_, LOCK_EX) != 0)
                if (const int error = errno; error != EINTR) fail(lock, {"kan inte låsa", "cannot lock"}, error);
        }
        const std::string pid = std::to_string(::getpid());
        if (::ftruncate(lock_fd_, 0) != 0 || ::pwrite(lock_fd_, pid.data(), pid.size(), 0) < 0) {
            const int error = errno;
            fail(lock, {"kan inte skriva", "cannot write"}, error);
        }

        // What a killed run left: every staging folder except the one `resultat` points at.
        const fs::path link = current();
        fs::path target;
        if (fs::is_symlink(link)) {
            target = fs::read_symlink(link);
        } else if (fs::exists(fs::symlink_status(link))) {
            throw FolderError(FolderError::Kind::not_our_link, link, {"inte ramkolls länk", "not ramkoll's link"});
        }
        for (const auto& entry : fs::directory_iterator(dir_)) {
            const std::string name = entry.path().filename().string();
            if ((name.starts_with(staging_prefix) || name.starts_with(old_snapshot_prefix)) && name != target.string())
                fs::remove_all(entry.path());
        }
    } catch (...) {
        ::close(lock_fd_);   // frees the lock: no destructor runs for a constructor that throws
        throw;
    }
}

OutputFolder::~OutputFolder() {
    std::error_code ignored;
    if (!staging_.empty() && !published_) fs::remove_all(staging_, ignored);
    ::close(lock_fd_);   // frees the lock
}

const fs::path& OutputFolder::staging() {
    if (staging_.empty()) {
        staging_ = new_folder(dir_, fmt::format("{}{}-{}", staging_prefix, stamp(), ::getpid()));
        deferred_ = std::make_unique<DeferredSync>(staging_);
    }
    return staging_;
}

const fs::path& OutputFolder::snapshot() {
    if (snapshot_.empty()) {
        const fs::path folder = dir_ / snapshot_name;
        std::error_code ec;
        // Anything else by that name (a file, a link) is not ours to write through: replaced.
        if (const auto status = fs::symlink_status(folder, ec); fs::exists(status) && !fs::is_directory(status))
            fs::remove_all(folder, ec);
        fs::create_directory(folder, ec);
        if (ec) fail(folder, {"kan inte skapa mappen", "cannot create the folder"}, ec.value());
        snapshot_ = folder;
    }
    return snapshot_;
}

void OutputFolder::publish() {
    const fs::path folder = staging();
    fsync_tree(folder);
    const fs::path link = current();
    const fs::path previous = fs::is_symlink(link) ? fs::read_symlink(link) : fs::path();
    const fs::path temporary = dir_ / fmt::format("{}link-{}", staging_prefix, ::getpid());
    ::unlink(temporary.c_str());
    if (::symlink(folder.filename().c_str(), temporary.c_str()) != 0) {
        const int error = errno;
        fail(temporary, {"kan inte skapa länken", "cannot create the link"}, error);
    }
    if (::rename(temporary.c_str(), link.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        fail(link, {"kan inte byta till de nya resultaten", "cannot switch to the new outputs"}, error);
    }
    published_ = true;
    fsync_path(dir_, O_RDONLY | O_DIRECTORY);
    if (!previous.empty() && previous != folder.filename()) {
        std::error_code ignored;   // a leftover is removed by the next run
        fs::remove_all(dir_ / previous, ignored);
    }
}

}  // namespace ramkoll::output
