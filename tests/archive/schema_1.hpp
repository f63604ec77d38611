// An archive as ramkoll wrote it with schema 1 (form lines only, no list rows), made by SQL,
// for the tests that read and upgrade an old archive (tests/archive, tests/cli).
//   test::write_schema_1(dir / "arkiv.sqlite", {{"HSN", 1, "HSN-2024.xlsx", bytes, Money::whole(1'966'452'000)}});
#pragma once

#include "archive/content.hpp"
#include "common/money.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

namespace ramkoll::test {

struct Schema1Version {
    std::string committee;
    int number = 1;
    std::string file_name;
    std::string bytes;
    Money drift;   // Drift 2025, at Budget!C8
};

inline void write_schema_1(const std::filesystem::path& path, const std::vector<Schema1Version>& versions) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, R"sql(
BEGIN;
CREATE TABLE contents (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, zlib BLOB NOT NULL);
CREATE TABLE versions (committee TEXT NOT NULL, version INTEGER NOT NULL, round TEXT NOT NULL, unit TEXT NOT NULL,
    file_name TEXT NOT NULL, file_time TEXT NOT NULL, arrived TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES contents(sha256), status TEXT NOT NULL, errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL, PRIMARY KEY (committee, version), UNIQUE (committee, sha256));
CREATE TABLE amounts (committee TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL, line TEXT NOT NULL,
    year INTEGER NOT NULL, kronor_e6 INTEGER NOT NULL, cell TEXT NOT NULL, PRIMARY KEY (committee, version, seq),
    FOREIGN KEY (committee, version) REFERENCES versions(committee, version));
CREATE TABLE findings (committee TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
    severity TEXT NOT NULL, rule TEXT NOT NULL, location TEXT NOT NULL, year INTEGER, expected_e6 INTEGER,
    actual_e6 INTEGER, difference_e6 INTEGER, ratio INTEGER NOT NULL, message TEXT NOT NULL,
    PRIMARY KEY (committee, version, seq), FOREIGN KEY (committee, version) REFERENCES versions(committee, version));
PRAGMA user_version = 1;
)sql", nullptr, nullptr, nullptr) == SQLITE_OK);
    for (const auto& v : versions) {
        const std::string sha = archive::sha256_hex(v.bytes), packed = archive::compress(v.bytes);
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO contents VALUES (?, ?, ?)", -1, &s, nullptr) == SQLITE_OK);
        sqlite3_bind_text(s, 1, sha.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(v.bytes.size()));
        sqlite3_bind_blob(s, 3, packed.data(), static_cast<int>(packed.size()), SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(s) == SQLITE_DONE);
        sqlite3_finalize(s);
        REQUIRE(sqlite3_prepare_v2(db,
                    "INSERT INTO versions VALUES (?, ?, 'Region Blekinge, budget 2024 med plan 2025–2026', 'tkr', ?, "
                    "'2026-11-20 09:14:03', '2026-11-23 17:40:00', ?, 'ok', 0, 0)",
                    -1, &s, nullptr) == SQLITE_OK);
        sqlite3_bind_text(s, 1, v.committee.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(s, 2, v.number);
        sqlite3_bind_text(s, 3, v.file_name.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 4, sha.c_str(), -1, SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(s) == SQLITE_DONE);
        sqlite3_finalize(s);
        REQUIRE(sqlite3_prepare_v2(db, "INSERT INTO amounts VALUES (?, ?, 0, 'Drift', 2025, ?, 'Budget!C8')", -1, &s,
                                   nullptr) == SQLITE_OK);
        sqlite3_bind_text(s, 1, v.committee.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(s, 2, v.number);
        sqlite3_bind_int64(s, 3, v.drift.raw());
        REQUIRE(sqlite3_step(s) == SQLITE_DONE);
        sqlite3_finalize(s);
    }
    REQUIRE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace ramkoll::test
