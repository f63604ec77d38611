// The archive's schema, its upgrade and queries. Versions are numbered per committee; the bytes
// live once per SHA-256 in `contents`, so an identical file under another name costs nothing
// twice. A new archive is schema 1 upgraded to 2 and 3, so old and new archives have one schema.
#include "archive/archive.hpp"

#include "archive/content.hpp"
#include "archive/sqlite.hpp"
#include "common/system_reason.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cerrno>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace ramkoll::archive {
namespace {

// Schema 1: the files, the form lines' values and the findings.
constexpr std::string_view schema_1 = R"sql(
CREATE TABLE contents (
    sha256      TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    zlib        BLOB NOT NULL
);
CREATE TABLE versions (
    committee   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    round       TEXT NOT NULL,
    unit        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    file_time   TEXT NOT NULL,
    arrived     TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES contents(sha256),
    status      TEXT NOT NULL,
    errors      INTEGER NOT NULL,
    warnings    INTEGER NOT NULL,
    PRIMARY KEY (committee, version),
    UNIQUE (committee, sha256)
);
CREATE TABLE amounts (
    committee   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    line        TEXT NOT NULL,
    year        INTEGER NOT NULL,
    kronor_e6   INTEGER NOT NULL,
    cell        TEXT NOT NULL,
    PRIMARY KEY (committee, version, seq),
    FOREIGN KEY (committee, version) REFERENCES versions(committee, version)
);
CREATE TABLE findings (
    committee   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    rule        TEXT NOT NULL,
    location    TEXT NOT NULL,
    year        INTEGER,
    expected_e6 INTEGER,
    actual_e6   INTEGER,
    difference_e6 INTEGER,
    ratio       INTEGER NOT NULL,
    message     TEXT NOT NULL,
    PRIMARY KEY (committee, version, seq),
    FOREIGN KEY (committee, version) REFERENCES versions(committee, version)
);
)sql";

// 1 → 2: the values of list rows. Versions recorded before keep lists_archived = 0, so that a
// diff does not take their missing rows for removed ones.
constexpr std::string_view upgrade_to_2 = R"sql(
ALTER TABLE versions ADD COLUMN lists_archived INTEGER NOT NULL DEFAULT 0;
CREATE TABLE list_values (
    committee   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    list        TEXT NOT NULL,
    list_row    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    list_column TEXT NOT NULL,
    year        INTEGER NOT NULL,
    kronor_e6   INTEGER,
    text        TEXT NOT NULL,
    cell        TEXT NOT NULL,
    PRIMARY KEY (committee, version, seq),
    FOREIGN KEY (committee, version) REFERENCES versions(committee, version)
);
PRAGMA user_version = 2;
)sql";

// 2 → 3: a file's bytes kept as they are when compressing does not pay (an xlsx is deflated
// already): contents.packing says how (content.hpp's Packing; zlib for every earlier file).
constexpr std::string_view upgrade_to_3 = R"sql(
ALTER TABLE contents RENAME COLUMN zlib TO stored;
ALTER TABLE contents ADD COLUMN packing INTEGER NOT NULL DEFAULT 1;
PRAGMA user_version = 3;
)sql";

int user_version(sql::Database& db) {
    sql::Statement s(db, "PRAGMA user_version");
    s.step();
    return static_cast<int>(s.integer(0));
}

// Brings a schema 1 or 2 archive to schema_version, within the caller's transaction.
void upgrade(sql::Database& db) {
    const int found = user_version(db);
    if (found < 2) db.exec(upgrade_to_2);
    if (found < 3) db.exec(upgrade_to_3);
}

std::optional<std::int64_t> raw(const std::optional<Money>& m) {
    if (!m) return std::nullopt;
    return m->raw();
}

std::optional<Money> money(const std::optional<std::int64_t>& raw) {
    if (!raw) return std::nullopt;
    return Money::from_raw(*raw);
}

// The columns version_of() reads; schema 1 has no lists_archived.
std::string version_columns(int schema) {
    return fmt::format("SELECT v.committee, v.version, v.round, v.unit, v.file_name, v.file_time, v.arrived, v.sha256, "
                       "v.status, v.errors, v.warnings, c.size, {} FROM versions v JOIN contents c ON c.sha256 = v.sha256 ",
                       schema >= 2 ? "v.lists_archived" : "0");
}

Version version_of(const sql::Statement& s) {
    Version v;
    v.committee = s.text(0);
    v.number = static_cast<int>(s.integer(1));
    v.round = s.text(2);
    v.unit = s.text(3);
    v.file_name = s.text(4);
    v.file_time = s.text(5);
    v.arrived = s.text(6);
    v.sha256 = s.text(7);
    v.status = s.text(8);
    v.errors = static_cast<int>(s.integer(9));
    v.warnings = static_cast<int>(s.integer(10));
    v.size = s.integer(11);
    v.lists_archived = s.integer(12) != 0;
    return v;
}

// SQLite writes beside the archive (its -journal; -wal and -shm for an archive in WAL mode), so
// a folder that cannot be written is the reason a write failed, whatever SQLite's last system
// call said. With a rollback journal a read-only folder is found when the first write starts.
Error write_failure(const std::filesystem::path& path, const sql::Failure& f) {
    const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    if (::access(folder.c_str(), W_OK) != 0) return Error(Error::Kind::folder_not_writable, path, errno);
    return Error(Error::Kind::unreadable, path, f);
}

}  // namespace

Error::Error(Kind kind, std::filesystem::path path, std::string detail, int found)
    : std::runtime_error(fmt::format("{}: {}", path.string(), detail)), kind(kind), path(std::move(path)),
      found(found), detail(std::move(detail)) {}

Error::Error(Kind kind, std::filesystem::path path, const sql::Failure& failure)
    : std::runtime_error(fmt::format("{}: {}", path.string(), failure.what())), kind(kind), path(std::move(path)),
      detail(failure.message), system_error(failure.system_error) {}

Error::Error(Kind kind, std::filesystem::path path, int system_error)
    : std::runtime_error(fmt::format("{}: {}", path.string(), system_reason(system_error, Lang::en))), kind(kind),
      path(std::move(path)), system_error(system_error) {}

Archive::Archive(std::filesystem::path path, std::unique_ptr<sql::Database> db) : path_(std::move(path)), db_(std::move(db)) {}
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;
Archive::~Archive() = default;

int Archive::schema() const { return user_version(*db_); }

Archive Archive::open(const std::filesystem::path& path, Mode mode) {
    std::error_code ec;
    if (mode == Mode::existing && !std::filesystem::exists(path, ec))
        throw Error(Error::Kind::missing, path, "no archive");
    try {
        auto db = std::make_unique<sql::Database>(path, mode == Mode::create);
        db->exec("PRAGMA busy_timeout = 60000");
        int found = user_version(*db);   // the first read: fails here when it is no database
        if (found > schema_version) throw Error(Error::Kind::newer_schema, path, "newer schema", found);
        // A rollback journal, not WAL: a run's pages new to the file are not journaled, so its
        // files' bytes are written once (WAL wrote them twice, into the WAL and again at the
        // checkpoint). EXTRA: the journal's deletion, the commit, is flushed with its folder.
        // An archive in WAL mode is switched on its first open (it stays WAL while another
        // connection holds it open, which is just as safe).
        db->exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = EXTRA; PRAGMA foreign_keys = ON");
        if (found == 0) {
            sql::Statement tables(*db, "SELECT count(*) FROM sqlite_schema");
            tables.step();
            if (tables.integer(0) != 0 || mode == Mode::existing)
                throw Error(Error::Kind::unreadable, path, "not a ramkoll archive");
            sql::Transaction t(*db);
            if (user_version(*db) == 0) {   // another process may have created it meanwhile
                db->exec(schema_1);
                upgrade(*db);
            }
            t.commit();
        }
        return Archive(path, std::move(db));
    } catch (const sql::Failure& f) {
        if (mode == Mode::create) throw write_failure(path, f);
        throw Error(Error::Kind::unreadable, path, f);
    }
}

Recording::Recording(Archive& archive, std::string arrived) : archive_(&archive), arrived_(std::move(arrived)) {
    auto& db = *archive.db_;
    transaction_ = std::make_unique<sql::Transaction>(db);
    upgrade(db);   // within the run's transaction: kept only with it
    known_ = std::make_unique<sql::Statement>(db, "SELECT version FROM versions WHERE committee = ? AND sha256 = ?");
    next_ = std::make_unique<sql::Statement>(db, "SELECT coalesce(max(version), 0) + 1 FROM versions WHERE committee = ?");
    put_content_ = std::make_unique<sql::Statement>(db, "INSERT OR IGNORE INTO contents (sha256, size, stored, packing) VALUES (?, ?, ?, ?)");
    put_version_ = std::make_unique<sql::Statement>(db,
        "INSERT INTO versions (committee, version, round, unit, file_name, file_time, arrived, sha256, status, "
        "errors, warnings, lists_archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    put_amount_ = std::make_unique<sql::Statement>(db,
        "INSERT INTO amounts (committee, version, seq, line, year, kronor_e6, cell) VALUES (?, ?, ?, ?, ?, ?, ?)");
    put_list_value_ = std::make_unique<sql::Statement>(db,
        "INSERT INTO list_values (committee, version, seq, list, list_row, label, list_column, year, kronor_e6, text, "
        "cell) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    put_finding_ = std::make_unique<sql::Statement>(db,
        "INSERT INTO findings (committee, version, seq, kind, severity, rule, location, year, expected_e6, "
        "actual_e6, difference_e6, ratio, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Recording::Recording(Recording&&) noexcept = default;

Recording::~Recording() = default;   // statements are finalized before the transaction rolls back

Recorded Recording::add(const Arrival& a) {
    if (!transaction_) throw std::logic_error("the recording is already committed");
    try {
        const std::string sha = sha256_hex(a.bytes);
        known_->bind(1, a.committee).bind(2, sha);
        const std::optional<int> existing = known_->step() ? std::optional<int>(static_cast<int>(known_->integer(0))) : std::nullopt;
        known_->reset();
        if (existing) return {*archive_->version(a.committee, *existing), false};
        next_->bind(1, a.committee);
        next_->step();
        const std::int64_t number = next_->integer(0);
        next_->reset();
        const Packed packed = pack(a.bytes);
        put_content_->bind(1, sha).bind(2, static_cast<std::int64_t>(a.bytes.size()))
            .bind_blob(3, packed.packing == Packing::none ? std::string_view(a.bytes) : packed.compressed)
            .bind(4, static_cast<std::int64_t>(packed.packing)).run();
        put_version_->bind(1, a.committee).bind(2, number).bind(3, a.round).bind(4, a.unit).bind(5, a.file_name)
            .bind(6, a.file_time).bind(7, arrived_).bind(8, sha).bind(9, a.status)
            .bind(10, std::int64_t{a.errors}).bind(11, std::int64_t{a.warnings}).run();
        std::int64_t seq = 0;
        for (const auto& v : a.amounts)
            put_amount_->bind(1, a.committee).bind(2, number).bind(3, seq++).bind(4, v.line)
                .bind(5, std::int64_t{v.year}).bind(6, v.kronor.raw()).bind(7, v.cell).run();
        seq = 0;
        for (const auto& v : a.list_values)
            put_list_value_->bind(1, a.committee).bind(2, number).bind(3, seq++).bind(4, v.list)
                .bind(5, std::int64_t{v.row}).bind(6, v.label).bind(7, v.column).bind(8, std::int64_t{v.year})
                .bind(9, raw(v.kronor)).bind(10, v.text).bind(11, v.cell).run();
        seq = 0;
        for (const auto& f : a.findings)
            put_finding_->bind(1, a.committee).bind(2, number).bind(3, seq++).bind(4, f.kind).bind(5, f.severity)
                .bind(6, f.rule).bind(7, f.location)
                .bind(8, f.year ? std::optional<std::int64_t>(*f.year) : std::nullopt)
                .bind(9, raw(f.expected)).bind(10, raw(f.actual)).bind(11, raw(f.difference))
                .bind(12, std::int64_t{f.ratio}).bind(13, f.message).run();
        // The version just written, as version() would read it back (without a query per file).
        Version v{.committee = a.committee, .number = static_cast<int>(number), .round = a.round, .unit = a.unit,
                  .file_name = a.file_name, .file_time = a.file_time, .arrived = arrived_, .sha256 = sha,
                  .status = a.status, .size = static_cast<std::int64_t>(a.bytes.size()), .errors = a.errors,
                  .warnings = a.warnings, .lists_archived = true};
        return {std::move(v), true};
    } catch (const sql::Failure& f) {
        throw write_failure(archive_->path_, f);
    }
}

void Recording::commit() {
    if (!transaction_) throw std::logic_error("the recording is already committed");
    try {
        transaction_->commit();
    } catch (const sql::Failure& f) {
        throw write_failure(archive_->path_, f);
    }
    transaction_.reset();
}

Recording Archive::begin_recording(std::string_view arrived) {
    try {
        return Recording(*this, std::string(arrived));
    } catch (const sql::Failure& f) {
        throw write_failure(path_, f);
    }
}

std::vector<Recorded> Archive::record(const std::vector<Arrival>& arrivals, std::string_view arrived) {
    auto recording = begin_recording(arrived);
    std::vector<Recorded> out;
    for (const auto& a : arrivals) out.push_back(recording.add(a));
    recording.commit();
    return out;
}

std::vector<Version> Archive::history(std::string_view committee) const {
    try {
        sql::Statement s(*db_, fmt::format("{}{}ORDER BY v.committee, v.version", version_columns(schema()),
                                           committee.empty() ? "" : "WHERE v.committee = ? "));
        if (!committee.empty()) s.bind(1, committee);
        std::vector<Version> out;
        while (s.step()) out.push_back(version_of(s));
        return out;
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
}

std::optional<Version> Archive::version(std::string_view committee, int number) const {
    try {
        sql::Statement s(*db_, fmt::format("{}WHERE v.committee = ? AND v.version = ?", version_columns(schema())));
        s.bind(1, committee).bind(2, std::int64_t{number});
        if (!s.step()) return std::nullopt;
        return version_of(s);
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
}

std::vector<StoredAmount> Archive::amounts(std::string_view committee, int number) const {
    try {
        sql::Statement s(*db_, "SELECT line, year, kronor_e6, cell FROM amounts WHERE committee = ? AND version = ? ORDER BY seq");
        s.bind(1, committee).bind(2, std::int64_t{number});
        std::vector<StoredAmount> out;
        while (s.step())
            out.push_back({s.text(0), static_cast<int>(s.integer(1)), Money::from_raw(s.integer(2)), s.text(3)});
        return out;
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
}

std::vector<StoredListValue> Archive::list_values(std::string_view committee, int number) const {
    try {
        if (schema() < 2) return {};
        sql::Statement s(*db_,
            "SELECT list, list_row, label, list_column, year, kronor_e6, text, cell FROM list_values "
            "WHERE committee = ? AND version = ? ORDER BY seq");
        s.bind(1, committee).bind(2, std::int64_t{number});
        std::vector<StoredListValue> out;
        while (s.step())
            out.push_back({s.text(0), static_cast<int>(s.integer(1)), s.text(2), s.text(3), static_cast<int>(s.integer(4)),
                           money(s.optional_integer(5)), s.text(6), s.text(7)});
        return out;
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
}

std::vector<StoredFinding> Archive::findings(std::string_view committee, int number) const {
    try {
        sql::Statement s(*db_,
            "SELECT kind, severity, rule, location, year, expected_e6, actual_e6, difference_e6, ratio, message "
            "FROM findings WHERE committee = ? AND version = ? ORDER BY seq");
        s.bind(1, committee).bind(2, std::int64_t{number});
        std::vector<StoredFinding> out;
        while (s.step()) {
            StoredFinding f{s.text(0), s.text(1), s.text(2), s.text(3), {}, money(s.optional_integer(5)),
                            money(s.optional_integer(6)), money(s.optional_integer(7)), s.integer(8) != 0, s.text(9)};
            if (const auto y = s.optional_integer(4)) f.year = static_cast<int>(*y);
            out.push_back(std::move(f));
        }
        return out;
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
}

std::string Archive::content(std::string_view committee, int number) const {
    std::string stored, sha;
    std::size_t size = 0;
    Packing packing = Packing::zlib;
    try {
        sql::Statement s(*db_, fmt::format("SELECT {}, c.size, c.sha256 FROM versions v JOIN contents c ON c.sha256 = v.sha256 "
                                           "WHERE v.committee = ? AND v.version = ?",
                                           schema() >= 3 ? "c.stored, c.packing" : "c.zlib, 1"));
        s.bind(1, committee).bind(2, std::int64_t{number});
        if (!s.step()) throw std::logic_error(fmt::format("{} {}: no such version", committee, number));
        stored = s.blob(0);
        packing = static_cast<Packing>(s.integer(1));
        size = static_cast<std::size_t>(s.integer(2));
        sha = s.text(3);
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
    std::string bytes;
    try {
        bytes = unpack(packing, stored, size);
    } catch (const std::exception& e) {
        throw Error(Error::Kind::damaged_file, path_, fmt::format("{} {}: {}", committee, number, e.what()));
    }
    if (sha256_hex(bytes) != sha)
        throw Error(Error::Kind::damaged_file, path_, fmt::format("{} {}: SHA-256 differs", committee, number));
    return bytes;
}

void Archive::read_together(const std::function<void()>& read) const {
    try {
        db_->exec("BEGIN");
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
    try {
        read();
    } catch (...) {
        sqlite3_exec(db_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    try {
        db_->exec("COMMIT");
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
}

std::string Archive::integrity_check() const {
    try {
        sql::Statement s(*db_, "PRAGMA integrity_check");
        std::string out;
        while (s.step()) {
            if (!out.empty()) out += '\n';
            out += s.text(0);
        }
        return out;
    } catch (const sql::Failure& f) {
        throw Error(Error::Kind::unreadable, path_, f);
    }
}

}  // namespace ramkoll::archive
