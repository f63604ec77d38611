// Checking a round's submissions: collects the files, settles each file's committee, reads
// them, runs every rule and the built-in checks across files, and returns findings with cells.
//
//   auto loaded = rules::load_rules("rules/blekinge-2024.rules");
//   auto result = validate::check(loaded.round, {"workbooks/inlamnat"}, {});
//   for (const auto& f : result.findings) fmt::print("{} {}\n", location(f), f.message);
#pragma once

#include "common/lang.hpp"
#include "common/money.hpp"
#include "rules/model.hpp"
#include "submission/submission.hpp"
#include "xlsx/cell_ref.hpp"
#include "xlsx/limits.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::validate {

enum class FindingKind {
    rule,            // a rule of the rule file or a built-in check (sign, total, internal agreements) failed
    reading,         // reading the workbook noticed something (text in an amount cell, …)
    unreadable,      // the file is no readable workbook (corrupt, encrypted, .xls, …)
    duplicate,       // another file for the same committee was used instead
    not_submitted    // a committee of the round has no file
};

// Expected, actual and difference of a failed comparison, in kronor (amounts) or as plain
// numbers (ratios).
struct Values {
    Money expected;
    Money actual;
    Money difference;            // actual − expected
    rules::ValueKind kind = rules::ValueKind::amount;
};

struct Finding {
    FindingKind kind = FindingKind::rule;
    std::string committee;       // code; empty for rules across submissions and unknown files
    std::string file;            // file name as found, empty for a committee without a file
    std::string sheet;
    std::optional<xlsx::CellRef> cell;
    std::string rule;            // rule title, or the name of the built-in check
    rules::Severity severity = rules::Severity::error;
    std::optional<int> year;
    std::optional<Values> values;
    std::string message;         // one sentence in the chosen language
};

// "HSN-2024.xlsx!Budget!D7", "TN.xlsx!'Budget TN'!E9" (the sheet quoted as in an Excel
// reference), "HSN-2024.xlsx!Budget", "HSN-2024.xlsx" or "" (no file).
std::string location(const Finding& finding);

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
};

// A committee's status: errors when any finding is an error, else warnings when any is a
// warning, else OK (info findings allowed).
enum class Status { ok, warnings, errors };
Status status_of(const std::vector<const Finding*>& findings);

// A committee's (or a file's) findings with their errors and warnings counted.
struct Tally {
    std::vector<const Finding*> findings;
    int errors = 0;
    int warnings = 0;
    void add(const Finding& finding);
    Status status() const { return status_of(findings); }
};
// The findings of `committee` in `result`.
Tally tally(const Result& result, std::string_view committee);
std::string_view status_word(Status status, Lang lang);           // "OK", "varningar", "fel"
// The same as keys of the JSON output and the archive: "ok", "warnings", "errors"; "error",
// "warning", "info"; "rule", "reading", "unreadable", "duplicate", "not_submitted".
std::string_view status_key(Status status);
std::string_view severity_key(rules::Severity severity);
std::string_view kind_key(FindingKind kind);

// "HSN Hälso- och sjukvårdsnämnden" for every committee with an error, in the round's order;
// errors of no committee (unknown files, rules across all submissions) under their own name.
// What a draft annex lists, and what `consolidate` names when it refuses.
std::vector<std::string> committees_in_error(const rules::Round& round, const Result& result, Lang lang);

// Runs everything over `files` (as given by inputs::collect_files). Never throws for a bad file. Of
// two files for one committee a template goes before a free-form workbook, then the newer
// file time, then the file name that sorts last; the other is a `duplicate` finding.
Result check(const rules::Round& round, const std::vector<std::filesystem::path>& files, const Options& options);

}  // namespace ramkoll::validate
