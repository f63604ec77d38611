// Copying the inputs with their file times: a failure to read an input is that input's
// problem (it is checked, and found unreadable, as it is); a failure to write the copy is the
// output folder's (the run stops). Each copy is written over the previous run's copy of the
// same name, not created anew: see snapshot_inputs() in the header.
#include "output/input_snapshot.hpp"

#include "output/folder_error.hpp"

#include "common/parallel.hpp"

#include <cerrno>
#include <map>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ramkoll::output {
namespace {

namespace fs = std::filesystem;

constexpr int copy_attempts = 3;

// A file descriptor closed at the end of its scope.
struct Fd {
    int fd;
    explicit Fd(int fd) : fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

bool same_state(const struct stat& a, const struct stat& b) {
    return a.st_ino == b.st_ino && a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec &&
           a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

// Copies `from` to `to` once. Returns false when `from` cannot be read; sets `changed` when
// `from` was written to meanwhile. Throws FolderError when `to` cannot be written.
bool copy_once(const fs::path& from, const fs::path& to, std::vector<char>& buffer, bool& changed) {
    Fd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat before {};
    if (in.fd < 0 || ::fstat(in.fd, &before) != 0 || !S_ISREG(before.st_mode)) return false;
    // Not truncated first: the bytes go over the previous copy's blocks, and the file is cut to
    // its new length at the end (freeing blocks costs a discard on this kind of disk). A link
    // placed among the copies is replaced, never written through.
    constexpr int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC;
    Fd out(::open(to.c_str(), flags, 0600));
    if (out.fd < 0 && errno == ELOOP && ::unlink(to.c_str()) == 0) out.fd = ::open(to.c_str(), flags | O_EXCL, 0600);
    if (const int error = errno; out.fd < 0) throw not_writable(to, {"kan inte skapa kopian", "cannot create the copy"}, error);
    struct stat existing {};
    if (::fstat(out.fd, &existing) == 0 && existing.st_dev == before.st_dev && existing.st_ino == before.st_ino) {
        changed = false;   // the input is this copy (a file given from the snapshot folder)
        return true;
    }
    off_t length = 0;
    for (;;) {
        const ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out.fd, buffer.data() + done, static_cast<std::size_t>(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (const int error = w < 0 ? errno : ENOSPC; w <= 0)
                throw not_writable(to, {"kan inte skriva kopian", "cannot write the copy"}, error);
            done += w;
        }
        length += n;
    }
    if (::ftruncate(out.fd, length) != 0) {
        const int error = errno;
        throw not_writable(to, {"kan inte skriva kopian", "cannot write the copy"}, error);
    }
    struct stat after {}, now {};
    changed = ::fstat(in.fd, &after) != 0 || !same_state(before, after) || ::stat(from.c_str(), &now) != 0 ||
              !same_state(before, now);   // written to, or replaced by another file
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    if (::futimens(out.fd, times) != 0 || ::close(out.fd) != 0) {
        out.fd = -1;
        const int error = errno;
        throw not_writable(to, {"kan inte skriva kopian", "cannot write the copy"}, error);
    }
    out.fd = -1;
    return true;
}

}  // namespace

Snapshot snapshot_inputs(const std::vector<fs::path>& files, const fs::path& into) {
    std::map<fs::path, std::size_t> names;   // file name → index in `files`
    for (std::size_t i = 0; i < files.size(); ++i)
        if (!names.emplace(files[i].filename(), i).second)
            throw FolderError(FolderError::Kind::input_unreadable, files[i],
                              {"en annan indatafil har samma namn", "another input file has the same name"});
    // Copied on every core: each copy is mostly the kernel's work, writing (or creating) a file.
    std::vector<char> copied(files.size(), 0);
    parallel_for(files.size(), [&](std::size_t i) {
        thread_local std::vector<char> buffer(1 << 18);
        const fs::path copy = into / files[i].filename();
        bool done = false, changed = true;
        for (int attempt = 0; attempt < copy_attempts && changed; ++attempt) done = copy_once(files[i], copy, buffer, changed);
        copied[i] = done;
    });
    // What an earlier run copied and this one did not: gone from the snapshot.
    std::vector<fs::path> stale;
    std::error_code listing;
    for (fs::directory_iterator it(into, listing), end; !listing && it != end; it.increment(listing)) {
        const auto input = names.find(it->path().filename());
        if (input == names.end() || !copied[input->second]) stale.push_back(it->path());
    }
    for (const auto& path : stale) {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    Snapshot snapshot;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (copied[i]) {
            snapshot.files.push_back(into / files[i].filename());
        } else {
            snapshot.files.push_back(files[i]);
            snapshot.not_copied.insert(files[i]);
        }
    }
    return snapshot;
}

}  // namespace ramkoll::output
