// Listing the input files of a round (see input_files.hpp).
#include "inputs/input_files.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>
#include <string>

namespace ramkoll::inputs {

namespace fs = std::filesystem;

namespace {

std::string extension_of(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// What a folder gives: a workbook-like or text-table file, or a folder named like a workbook
// (each of the latter two an error finding of the check, never skipped in silence).
bool listed(const fs::directory_entry& entry) {
    if (entry.is_directory()) return workbook_like(entry.path());
    return entry.is_regular_file() && (workbook_like(entry.path()) || text_table_like(entry.path()));
}

}  // namespace

bool workbook_like(const fs::path& path) {
    const std::string ext = extension_of(path);
    return ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".xlsb" || ext == ".ods";
}

bool text_table_like(const fs::path& path) {
    const std::string ext = extension_of(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

std::vector<fs::path> collect_files(const std::vector<fs::path>& inputs, std::vector<fs::path>* links_not_followed) {
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        if (fs::is_directory(input)) {
            std::vector<fs::path> found;
            const fs::path folder = fs::weakly_canonical(input);
            for (const auto& entry : fs::directory_iterator(input)) {
                const auto name = entry.path().filename().string();
                if (!listed(entry) || name.starts_with("~$") || name.starts_with(".")) continue;
                if (entry.is_symlink()) {
                    const auto inside = fs::weakly_canonical(entry.path()).lexically_relative(folder);
                    if (inside.empty() || *inside.begin() == "..") {
                        if (links_not_followed) links_not_followed->push_back(entry.path());
                        continue;
                    }
                }
                found.push_back(entry.path());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(input)) {
            files.push_back(input);
        } else {
            throw std::runtime_error(input.string());
        }
    }
    // The same file reached twice (a folder given twice, or a folder and a file in it) is one
    // file, not two of one committee. Compared by the path itself, not by resolving links: a
    // link inside the folder is a file of its own.
    std::set<fs::path> seen;
    std::erase_if(files, [&](const fs::path& f) { return !seen.insert(fs::absolute(f).lexically_normal()).second; });
    return files;
}

}  // namespace ramkoll::inputs
