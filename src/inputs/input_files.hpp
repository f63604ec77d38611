// The files a round's command reads (check, consolidate, run), from the files and folders given:
//
//   std::vector<std::filesystem::path> outside;
//   auto files = inputs::collect_files({"workbooks/inlamnat"}, &outside);
#pragma once

#include <filesystem>
#include <vector>

namespace ramkoll::inputs {

// A file name a workbook goes by: .xlsx, .xlsm, .xls, .xlsb, .ods (any case).
bool workbook_like(const std::filesystem::path& path);
// A file name a table saved as text goes by: .csv, .tsv, .txt (any case).
bool text_table_like(const std::filesystem::path& path);

// The files named: a file is taken as it is, whatever its extension; a directory gives its
// workbook-like files, its text tables (.csv, .tsv, .txt) and the folders in it named like a
// workbook ("HSN-2024.xlsx/", not entered), so that the check names each of the latter for what
// it is instead of skipping it; Office lock files ("~$…") and hidden files are skipped. Sorted
// by path.
// Throws std::runtime_error (the path as its text) for a path that does not exist. A symbolic
// link in a folder that points out of the folder is not followed: it is left out and added to
// `links_not_followed` when given (a file named on the command line is taken). A file reached
// twice (a folder given twice, a folder and a file in it) is listed once, where first reached.
std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& inputs,
                                                 std::vector<std::filesystem::path>* links_not_followed = nullptr);

}  // namespace ramkoll::inputs
