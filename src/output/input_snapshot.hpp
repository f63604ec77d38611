// The input files of a run, copied before anything reads them, so that the bytes checked are
// exactly the bytes archived even if a committee's file is replaced while the run goes on.
#pragma once

#include <filesystem>
#include <set>
#include <vector>

namespace ramkoll::output {

// The inputs as a run reads them.
struct Snapshot {
    // One per input, in the same order: its copy, or the input itself when it could not be
    // read (gone since it was listed, no permission), so that checking it reports why.
    std::vector<std::filesystem::path> files;
    // The inputs in `files` that are not copies: there are no bytes of them to archive.
    std::set<std::filesystem::path> not_copied;
};

// Copies each file into `into` under its own name, keeping its modification time. A file
// that changes while it is copied (its size or time differs after the copy) is copied again,
// at most three times in all. The originals are only read. A copy is written over the one an
// earlier run left under that name (and cut to length), and what `into` holds besides this
// run's copies is removed: a rerun creates and deletes no file for an input it had already,
// which on ext4 without a journal keeps the next file creations fast (the kernel passes over
// inodes freed in the last minutes). Throws FolderError: not_writable naming the copy when
// `into` cannot be written (a full disk), input_unreadable for a file name given twice.
Snapshot snapshot_inputs(const std::vector<std::filesystem::path>& files, const std::filesystem::path& into);

}  // namespace ramkoll::output
