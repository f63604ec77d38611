// Copying the inputs with their file times.
#include "output/input_snapshot.hpp"

#include "output/folder_error.hpp"

#include <set>
#include <system_error>

namespace ramkoll::output {

namespace fs = std::filesystem;

std::vector<fs::path> snapshot_inputs(const std::vector<fs::path>& files, const fs::path& into) {
    std::vector<fs::path> copies;
    std::set<fs::path> names;
    for (const auto& file : files) {
        if (!names.insert(file.filename()).second)
            throw FolderError(FolderError::Kind::input_unreadable, file, "another input file has the same name");
        const fs::path copy = into / file.filename();
        std::error_code ec;
        const auto time = fs::last_write_time(file, ec);
        if (!ec) fs::copy_file(file, copy, fs::copy_options::overwrite_existing, ec);
        if (!ec) fs::last_write_time(copy, time, ec);
        if (ec) throw FolderError(FolderError::Kind::input_unreadable, file, ec.message());
        copies.push_back(copy);
    }
    return copies;
}

}  // namespace ramkoll::output
