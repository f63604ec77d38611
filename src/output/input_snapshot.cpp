// Copying the inputs with their file times: a failure to read an input is that input's
// problem (it is checked, and found unreadable, as it is); a failure to write the copy is the
// output folder's (the run stops).
#include "output/input_snapshot.hpp"

#include "output/folder_error.hpp"

#include "common/parallel.hpp"

#include <cerrno>
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
    Fd out(::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (const int error = errno; out.fd < 0) throw not_writable(to, {"kan inte skapa kopian", "cannot create the copy"}, error);
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
    std::set<fs::path> names;
    for (const auto& file : files)
        if (!names.insert(file.filename()).second)
            throw FolderError(FolderError::Kind::input_unreadable, file,
                              {"en annan indatafil har samma namn", "another input file has the same name"});
    // Copied on every core: each copy is mostly the kernel's work, creating and writing a file.
    std::vector<char> copied(files.size(), 0);
    parallel_for(files.size(), [&](std::size_t i) {
        thread_local std::vector<char> buffer(1 << 18);
        const fs::path copy = into / files[i].filename();
        bool done = false, changed = true;
        for (int attempt = 0; attempt < copy_attempts && changed; ++attempt) done = copy_once(files[i], copy, buffer, changed);
        if (!done) {
            std::error_code ignored;
            fs::remove(copy, ignored);
        }
        copied[i] = done;
    });
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
