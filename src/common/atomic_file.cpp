// Write-to-temp-then-rename on POSIX: O_EXCL creation, fsync of file and directory, rename(2);
// the folders whose fsyncs are deferred.
#include "common/atomic_file.hpp"

#include "common/write_error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <cerrno>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace ramkoll {
namespace {

std::filesystem::path directory_of(const std::filesystem::path& target) {
    auto dir = target.parent_path();
    return dir.empty() ? std::filesystem::path(".") : dir;
}

// Random enough that two processes writing the same target do not collide; O_EXCL
// guarantees it anyway and a collision just draws again.
std::string random_suffix() {
    static std::atomic<std::uint64_t> counter{0};
    thread_local std::mt19937_64 engine{std::random_device{}()};
    return fmt::format("{:012x}", (engine() ^ counter.fetch_add(1)) & 0xffff'ffff'ffffull);
}

int open_retrying(const char* path, int flags, mode_t mode = 0) {
    int fd;
    do {
        fd = ::open(path, flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// fsync through a fresh descriptor: the writer (often a C library) has closed its own.
int fsync_path(const std::filesystem::path& path, int flags) {
    int fd = open_retrying(path.c_str(), flags);
    if (fd < 0) return errno;
    int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error;
}

// The folders of the living DeferredSyncs, each ending in '/'.
std::mutex deferred_mutex;
std::vector<std::string> deferred_dirs;

bool sync_deferred(const std::filesystem::path& target) {
    const std::string path = target.lexically_normal().string();
    std::lock_guard lock(deferred_mutex);
    return std::any_of(deferred_dirs.begin(), deferred_dirs.end(),
                       [&](const std::string& dir) { return path.starts_with(dir); });
}

}  // namespace

DeferredSync::DeferredSync(std::filesystem::path dir) : dir_((dir.lexically_normal() / "").string()) {
    std::lock_guard lock(deferred_mutex);
    deferred_dirs.push_back(dir_);
}

DeferredSync::~DeferredSync() {
    std::lock_guard lock(deferred_mutex);
    deferred_dirs.erase(std::find(deferred_dirs.begin(), deferred_dirs.end(), dir_));
}

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
    if (target_.filename().empty())
        throw std::runtime_error(fmt::format("{}: not a file name", target_.string()));
    const auto dir = target_.parent_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = dir / fmt::format(".{}.{}.tmp", target_.filename().string(), random_suffix());
        int fd = open_retrying(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0) {
            ::close(fd);
            temp_ = std::move(candidate);
            return;
        }
        if (const int error = errno; error != EEXIST)
            throw WriteError(WriteError::Step::create_temporary, target_, error);
    }
    throw std::runtime_error(fmt::format("{}: cannot find a free temporary file name in {}",
                                         target_.string(), directory_of(target_).string()));
}

AtomicFile::~AtomicFile() {
    if (!committed_) ::unlink(temp_.c_str());
}

void AtomicFile::commit() {
    if (committed_) throw std::logic_error(fmt::format("{}: already committed", target_.string()));
    const bool deferred = sync_deferred(target_);
    int error = deferred ? 0 : fsync_path(temp_, O_RDONLY);
    if (error == 0 && ::rename(temp_.c_str(), target_.c_str()) != 0) error = errno;
    if (error != 0) {
        ::unlink(temp_.c_str());
        throw WriteError(WriteError::Step::write, target_, error);
    }
    committed_ = true;
    // Makes the rename itself durable. The new content is already in place, so a failure
    // here (some file systems refuse fsync on directories) is not reported as a failed write.
    if (!deferred) fsync_path(directory_of(target_), O_RDONLY | O_DIRECTORY);
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    AtomicFile file(target);
    int fd = open_retrying(file.temp_path().c_str(), O_WRONLY | O_TRUNC);
    if (const int error = errno; fd < 0) throw WriteError(WriteError::Step::open_temporary, target, error);
    while (!content.empty()) {
        ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int error = errno;
            ::close(fd);
            throw WriteError(WriteError::Step::write, target, error);
        }
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::close(fd) != 0) {
        const int error = errno;
        throw WriteError(WriteError::Step::write, target, error);
    }
    file.commit();
}

}  // namespace ramkoll
