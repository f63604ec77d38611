// A thin RAII layer over SQLite's C API for the archive: a connection, prepared statements
// with typed binding and reading, and a transaction that rolls back unless committed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ramkoll::archive::sql {

// An SQLite failure: SQLite's own message and, when a system call failed, its errno value.
// what() adds the system's English words: "disk I/O error (No space left on device)".
struct Failure : std::runtime_error {
    int code;
    std::string message;    // SQLite's words: "disk I/O error"
    int system_error = 0;   // 0 when no system call failed
    Failure(int code, std::string message, int system_error = 0);
};

class Database {
public:
    // Opens (and with `create`, creates) the database file. Throws Failure.
    Database(const std::filesystem::path& path, bool create);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements without results ("PRAGMA …; CREATE TABLE …").
    void exec(std::string_view sql);
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

// A prepared statement. Parameters are numbered from 1, columns from 0.
//   Statement s(db, "SELECT version FROM versions WHERE committee = ?");
//   s.bind(1, "HSN");
//   while (s.step()) use(s.integer(0));
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::optional<std::int64_t> value);   // NULL when empty
    Statement& bind_blob(int index, std::string_view bytes);

    // Runs to the next row: true when a row is there, false when done. Throws Failure.
    bool step();
    // step() for statements without rows, then reset() so the statement can be bound again.
    void run();
    void reset();

    bool is_null(int column) const;
    std::int64_t integer(int column) const;
    std::optional<std::int64_t> optional_integer(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT: the whole write is one transaction, taken with the write lock
// at once so two writers never deadlock; rolled back if commit() is not reached.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace ramkoll::archive::sql
