// The output folder of `ramkoll run`, safe against a second run and against a kill at any
// moment: a lock (flock on DIR/.ramkoll.lock) lets one run at a time in, each run writes its
// outputs into a new hidden folder, and DIR/resultat — a symbolic link — is switched to that
// folder in one rename when everything is written. DIR/resultat therefore always shows either
// the complete previous outputs or the complete new ones.
//
//   OutputFolder out("out", [](int pid) { fmt::print(stderr, "waiting for run {}\n", pid); });
//   write_file_atomically(out.staging() / "granskning.json", json);
//   out.publish();   // out/resultat/granskning.json is the new file
#pragma once

#include "common/atomic_file.hpp"

#include <filesystem>
#include <functional>
#include <memory>

namespace ramkoll::output {

class OutputFolder {
public:
    // The name of the link to the current outputs inside the folder.
    static constexpr const char* current_name = "resultat";

    // Creates `dir` when missing and takes its lock. When another run holds the lock,
    // `waiting` is called once with that run's process id (0 if unknown) and this waits until
    // the lock is free. Then removes what killed runs left behind (unpublished output folders,
    // the per-run input snapshots of ramkoll before 2026-12). Throws FolderError (output/folder_error.hpp) when the folder cannot be
    // used: not writable, or DIR/resultat exists and is not ramkoll's link.
    OutputFolder(std::filesystem::path dir, const std::function<void(int pid)>& waiting);
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;
    ~OutputFolder();   // removes an unpublished staging folder, frees the lock

    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path current() const { return dir_ / current_name; }

    // The folder this run writes its outputs into (created on first use). Files committed
    // into it are not flushed one by one (DeferredSync): publish() flushes them all at once.
    const std::filesystem::path& staging();
    // DIR/.indata, the folder for the copies of the input files (created on first use). It is
    // kept from run to run, under the lock, so that each run writes over the copies of the
    // last one (output::snapshot_inputs) instead of creating and deleting a file per input.
    const std::filesystem::path& snapshot();

    // Switches DIR/resultat to the staging folder (files and folder flushed to disk first)
    // and removes the previous outputs. Throws FolderError on failure; the previous outputs
    // stay current then.
    void publish();

private:
    std::filesystem::path dir_;
    std::filesystem::path staging_;
    std::unique_ptr<DeferredSync> deferred_;   // of staging_
    std::filesystem::path snapshot_;
    int lock_fd_ = -1;
    bool published_ = false;
};

}  // namespace ramkoll::output
