// Checking a round's submissions: collects the files, settles each file's committee, reads
// them, runs every rule and the built-in checks across files, and returns findings with cells.
//
//   auto loaded = rules::load_rules("rules/blekinge-2024.rules");
//   auto result = validate::check(loaded.round, {"workbooks/inlamnat"}, {});
//   for (const auto& f : result.findings) fmt::print("{} {}\n", location(f), f.message);
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "submission/submission.hpp"
#include "validate/finding.hpp"
#include "validate/scale.hpp"
#include "xlsx/limits.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::validate {

// A file that was checked, with the committee it was taken for ("" when not known).
struct CheckedFile {
    std::filesystem::path path;
    std::string committee;
    bool used = false;           // false: unreadable, or a duplicate not chosen
};

struct Result {
    std::vector<CheckedFile> files;
    std::vector<Finding> findings;   // grouped by committee in the round's order, then the rest
    std::vector<submission::Submission> submissions;   // the ones checked (one per committee), for consolidation
    bool has_errors() const;
};

struct Options {
    Lang lang = Lang::sv;
    // --committee CODE=FILE: the committee of a file, matched by its path or file name.
    std::map<std::string, std::string> committee_of_file;
    xlsx::ReadLimits limits;     // --max-file-size, --max-cells, …: passing one makes the file unreadable
    // Symbolic links in an input folder that point out of it (inputs::collect_files): not read, each a warning.
    std::vector<std::filesystem::path> links_not_followed;
    // Each committee's form lines in its latest archived version (run, check --archive): what
    // the scale check (scale.hpp) compares a submission with.
    std::map<std::string, PreviousLines> previous_lines;
};

// Whether the FILE of a `--committee CODE=FILE` names `path`: the path as given, its file
// name, or the same file.
bool names_file(const std::string& given, const std::filesystem::path& path);

// "HSN Hälso- och sjukvårdsnämnden" for every committee with an error, in the round's order;
// errors of no committee (unknown files, rules across all submissions) under their own name.
// What a draft annex lists, and what `consolidate` names when it refuses.
std::vector<std::string> committees_in_error(const rules::Round& round, const Result& result, Lang lang);

// Which list sections of the form a rule, an annex or the agreements check reads: check() keeps
// only their rows, and the archive records exactly these.
std::vector<bool> lists_read(const rules::Round& round);

// Runs everything over `files` (as given by inputs::collect_files). Never throws for a bad file. Of
// two files for one committee a template goes before a free-form workbook, then the newer
// file time, then the file name that sorts last; the other is a `duplicate` finding.
Result check(const rules::Round& round, const std::vector<std::filesystem::path>& files, const Options& options);

}  // namespace ramkoll::validate
