// A finding of the check, what every report and the archive show: its kind, committee, file,
// sheet and cell, rule, severity, year, expected and actual values, and the sentence; a
// committee's findings counted; and the keys that name them in the JSON output and the archive.
#pragma once

#include "common/money.hpp"
#include "rules/model.hpp"
#include "xlsx/cell_ref.hpp"

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
// The same as keys of the JSON output and the archive: "ok", "warnings", "errors"; "error",
// "warning", "info"; "rule", "reading", "unreadable", "duplicate", "not_submitted".
std::string_view status_key(Status status);
std::string_view severity_key(rules::Severity severity);
std::string_view kind_key(FindingKind kind);

// The keys read back from the archive; an unknown key is the mildest (info, OK).
rules::Severity severity_from_key(std::string_view key);
Status status_from_key(std::string_view key);

}  // namespace ramkoll::validate
