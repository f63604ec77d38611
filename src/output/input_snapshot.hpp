// The input files of a run, copied before anything reads them, so that the bytes checked are
// exactly the bytes archived even if a committee's file is replaced while the run goes on.
#pragma once

#include <filesystem>
#include <vector>

namespace ramkoll::output {

// Copies each file into `into` under its own name, keeping its modification time, and
// returns the copies in the same order. The originals are only read. Throws FolderError
// (input_unreadable) naming a file that cannot be copied or a file name given twice.
std::vector<std::filesystem::path> snapshot_inputs(const std::vector<std::filesystem::path>& files,
                                                   const std::filesystem::path& into);

}  // namespace ramkoll::output
