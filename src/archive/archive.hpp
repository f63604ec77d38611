// The submission archive: an SQLite database (rollback journal) holding every submission file that ever
// arrived — its exact bytes (as they are, or zlib-compressed when that pays), SHA-256,
// committee, round, file name, file time, arrival time, the values read (form lines and list
// rows) and its findings. An identical file is recorded once; a file that differs from all of a
// committee's earlier versions becomes its next version. An archive of schema 1 (no list rows) or 2 (every file zlib-compressed) is read as it
// is and upgraded by the first recording into it.
//
//   auto archive = archive::Archive::open("out/arkiv.sqlite", archive::Mode::create);
//   auto recorded = archive.record(arrivals, "2026-11-23 17:40");
//   for (const auto& v : archive.history("HSN")) fmt::print("{} {}\n", v.number, v.file_name);
//   std::string bytes = archive.content("HSN", 2);   // the exact file, SHA-256 verified
#pragma once

#include "common/money.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::archive {

namespace sql {
struct Failure;
class Database;
class Statement;
class Transaction;
}  // namespace sql

// The schema this ramkoll writes and understands (PRAGMA user_version). 1: form lines only;
// 2: list rows too (versions.lists_archived, list_values); 3: contents.packing, files kept as
// they are when compressing does not pay.
inline constexpr int schema_version = 3;

// Why an archive cannot be used; turned into words by describe() in archive/messages.hpp.
struct Error : std::runtime_error {
    enum class Kind {
        missing,        // no archive at the path (history, diff, restore)
        newer_schema,   // written by a newer ramkoll: `found` is its schema version
        unreadable,     // not an SQLite database, damaged, or not writable: `detail` (SQLite's words) and
                        // `system_error` say why
        folder_not_writable,   // SQLite cannot write beside it (-journal): `system_error` says why
        damaged_file    // a stored file no longer matches its SHA-256
    };
    Kind kind;
    std::filesystem::path path;
    int found = 0;
    std::string detail;
    int system_error = 0;   // the errno value of a failed system call; 0 when there is none
    Error(Kind kind, std::filesystem::path path, std::string detail, int found = 0);
    // SQLite's failure: its words and the errno of the system call that failed, if any.
    Error(Kind kind, std::filesystem::path path, const sql::Failure& failure);
    // A system call that failed with `system_error` (an errno value).
    Error(Kind kind, std::filesystem::path path, int system_error);
};

// A value read from a submission: a form line in a year, in kronor, and the cell it came from.
struct StoredAmount {
    std::string line;       // the form line's name ("Drift")
    int year = 0;
    Money kronor;
    std::string cell;       // "Budget!C8"
    friend bool operator==(const StoredAmount&, const StoredAmount&) = default;
};

// A value of a list row (Satsningar, Interna överenskommelser, …) as the check read it: an
// amount in kronor or the text of a text column, with its row and cell.
struct StoredListValue {
    std::string list;       // the list's label ("Satsningar")
    int row = 0;            // 1, 2, … in the list's order in the sheet
    std::string label;      // the row's label ("Nya lokaler"): its annex label, else its texts
    std::string column;     // the column's label ("Belopp")
    int year = 0;           // 0 for a text, or an amount not per year
    std::optional<Money> kronor;   // empty for a text
    std::string text;       // a text column's value
    std::string cell;       // "Satsningar!D9", "'Interna överenskommelser'!D5"
    friend bool operator==(const StoredListValue&, const StoredListValue&) = default;
};

// A finding of a submission as the check reported it when the file arrived.
struct StoredFinding {
    std::string kind;       // "rule", "reading", "unreadable", "duplicate"
    std::string severity;   // "error", "warning", "info"
    std::string rule;
    std::string location;   // "HSN-2024.xlsx!Budget!C10", or the file name
    std::optional<int> year;
    std::optional<Money> expected, actual, difference;
    bool ratio = false;     // the values are plain numbers, not kronor
    std::string message;
    friend bool operator==(const StoredFinding&, const StoredFinding&) = default;
};

// A file as it arrived in a run, with what the check made of it.
struct Arrival {
    std::string committee;  // code; empty when no committee could be told
    std::string round;      // the round's title
    std::string unit;       // the round's unit ("tkr"), for showing amounts
    std::string file_name;
    std::string file_time;  // "2026-11-20 09:14:03"
    std::string bytes;      // the exact file
    std::vector<StoredAmount> amounts;
    std::vector<StoredListValue> list_values;   // every row of every list a rule or an annex reads
    std::vector<StoredFinding> findings;
    std::string status;     // "ok", "warnings", "errors"
    int errors = 0, warnings = 0;
};

struct Version {
    std::string committee;
    int number = 0;
    std::string round, unit, file_name, file_time, arrived, sha256, status;
    std::int64_t size = 0;
    int errors = 0, warnings = 0;
    bool lists_archived = true;   // false: recorded by a ramkoll that kept no list rows (schema 1)
};

// What record() did with an arrival: its version, and whether that version is new.
struct Recorded {
    Version version;
    bool is_new = false;
};

enum class Mode { create, existing };

class Archive;

// One run's records, written as one transaction: add() each file as it is read (only one
// file's bytes in memory at a time), then commit(). Destroyed without commit() — an error, a
// kill — nothing of it is kept.
//   auto recording = archive.begin_recording("2026-11-23 17:40:12");
//   for (const auto& a : arrivals) recorded.push_back(recording.add(a));
//   recording.commit();
class Recording {
public:
    Recording(Recording&&) noexcept;
    ~Recording();
    // Within a committee a later add() gets the higher version. Throws Error.
    Recorded add(const Arrival& arrival);
    void commit();

private:
    friend class Archive;
    Recording(Archive& archive, std::string arrived);
    Archive* archive_;
    std::string arrived_;
    std::unique_ptr<sql::Transaction> transaction_;   // declared first: destroyed after the statements
    std::unique_ptr<sql::Statement> known_, next_, put_content_, put_version_, put_amount_, put_list_value_,
        put_finding_;
};

class Archive {
public:
    // Opens the archive (Mode::create makes the file and its schema when missing), with a
    // rollback journal (an archive in WAL mode is switched) and a busy timeout so concurrent writers wait for each other. Throws Error.
    static Archive open(const std::filesystem::path& path, Mode mode);
    Archive(Archive&&) noexcept;
    Archive& operator=(Archive&&) noexcept;
    ~Archive();

    const std::filesystem::path& path() const { return path_; }

    // Starts recording a run that arrived at `arrived` ("2026-11-23 17:40:12"). Throws Error.
    Recording begin_recording(std::string_view arrived);
    // The same for arrivals at hand: all of them in one transaction, in the order given.
    std::vector<Recorded> record(const std::vector<Arrival>& arrivals, std::string_view arrived);

    // Every version, by committee then version; only `committee`'s when given.
    std::vector<Version> history(std::string_view committee = {}) const;
    std::optional<Version> version(std::string_view committee, int number) const;
    std::vector<StoredAmount> amounts(std::string_view committee, int number) const;
    // The list rows' values in row order; none for a version without lists_archived.
    std::vector<StoredListValue> list_values(std::string_view committee, int number) const;
    std::vector<StoredFinding> findings(std::string_view committee, int number) const;
    // The exact original bytes, checked against the stored SHA-256 (Error::damaged_file).
    std::string content(std::string_view committee, int number) const;

    // PRAGMA integrity_check: "ok" or SQLite's list of problems.
    std::string integrity_check() const;
    // Calls `read` within one read transaction: its queries see one state of the archive, and
    // the file is locked and checked for a hot journal once, not once per query. Throws Error.
    void read_together(const std::function<void()>& read) const;

private:
    friend class Recording;
    Archive(std::filesystem::path path, std::unique_ptr<sql::Database> db);
    int schema() const;   // the file's PRAGMA user_version now (a recording may have upgraded it)
    std::filesystem::path path_;
    std::unique_ptr<sql::Database> db_;
};

}  // namespace ramkoll::archive
