// Writing an output file all or nothing: the content goes to a temporary file in the
// target's directory, which is flushed to disk and renamed over the target only when complete.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace ramkoll {

// A temporary file next to `target` that becomes the target on commit(). Until then the
// target is untouched; if commit() is never reached (an exception, an early return) the
// destructor removes the temporary file. Whoever writes the content opens temp_path()
// itself (a library that wants a file name, or write_file_atomically below).
//
//   AtomicFile file("out/bilaga1.xlsx");
//   write_somehow(file.temp_path());
//   file.commit();   // out/bilaga1.xlsx now holds the complete new content
class AtomicFile {
public:
    // Creates an empty, uniquely named temporary file ".<name>.<random>.tmp" in the target's
    // directory (same file system, so the final rename is atomic). Its permissions follow
    // the umask like any new file. Throws WriteError (common/write_error.hpp) naming the
    // directory if the file cannot be created (missing or read-only directory).
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();   // removes the temporary file unless commit() succeeded

    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& temp_path() const { return temp_; }
    bool committed() const { return committed_; }

    // Flushes the temporary file to disk (fsync, unless a DeferredSync covers the target) and
    // renames it over the target, replacing an existing target whole. On failure the temporary file is removed, the target is left
    // as it was, and WriteError names the target and the system's reason.
    //   file.commit();
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    bool committed_ = false;
};

// While one lives, files committed inside `dir` (at any depth) are renamed into place without
// their own fsync: whoever made it flushes the whole folder at once before anyone relies on it
// (OutputFolder::publish), one durable commit instead of one per file. Thread-safe.
//   DeferredSync deferred(staging);
//   write_file_atomically(staging / "a.json", a);   // renamed, not yet flushed
class DeferredSync {
public:
    explicit DeferredSync(std::filesystem::path dir);
    DeferredSync(const DeferredSync&) = delete;
    DeferredSync& operator=(const DeferredSync&) = delete;
    ~DeferredSync();

private:
    std::string dir_;
};

// Writes `content` to `target` through an AtomicFile: readers of `target` see either the
// old file or the complete new one. Throws WriteError on failure.
//   write_file_atomically("out/findings.txt", text);
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace ramkoll
