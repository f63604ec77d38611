// The archive on its own: versions, identical files recorded once, exact bytes back, values and
// findings and list rows kept, the schema version guard and the upgrade of a schema 1 archive,
// damaged content detected, and the diff functions.
#include "archive/archive.hpp"
#include "archive/content.hpp"
#include "archive/diff.hpp"
#include "archive/messages.hpp"
#include "archive/sqlite.hpp"

#include "archive/schema_1.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <fstream>
#include <string>
#include <tuple>

using namespace ramkoll;
using namespace ramkoll::archive;

namespace {

Arrival arrival(std::string committee, std::string file, std::string bytes, Money drift) {
    Arrival a;
    a.committee = std::move(committee);
    a.round = "Region Blekinge, budget 2024";
    a.unit = "tkr";
    a.file_name = std::move(file);
    a.file_time = "2026-11-20 09:14:03";
    a.bytes = std::move(bytes);
    a.amounts = {{"Drift", 2025, drift, "Budget!C8"}, {"Totalt", 2025, Money::whole(4'358'100'000), "Budget!C10"}};
    a.findings = {{"rule", "error", "Nettokostnaden är lika med ramen", "HSN-2024.xlsx!Budget!C10", 2025,
                   Money::whole(4'358'100'000), Money::whole(4'359'100'000), Money::whole(1'000'000), false,
                   "Nettokostnaden 2025 är för hög"}};
    a.status = "errors";
    a.errors = 1;
    return a;
}

// Runs one SQL statement on the archive file from outside, as another program would.
void poke(const std::filesystem::path& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

TEST_CASE("archive: SHA-256 and zlib round trip") {
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    std::string bytes;
    for (int i = 0; i < 10000; ++i) bytes += static_cast<char>(i * 7 % 256);
    for (const std::string& original : {std::string(), std::string("PK\3\4"), bytes}) {
        const std::string packed = compress(original);
        CHECK(decompress(packed, original.size()) == original);
    }
    std::string damaged = compress(bytes);
    damaged[damaged.size() / 2] ^= 0x55;
    CHECK_THROWS(decompress(damaged, bytes.size()));
    CHECK_THROWS(decompress(compress(bytes), bytes.size() + 1));
}

TEST_CASE("archive: a changed file is a new version, an identical one is recorded once") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    auto archive = Archive::open(path, Mode::create);
    const std::string v1("first\0bytes", 11), v2 = "second bytes";

    auto r = archive.record({arrival("HSN", "HSN-2024.xlsx", v1, Money::whole(1'966'452'000)),
                             arrival("PN", "PN-2024.xlsx", "pn", Money::whole(1))},
                            "2026-11-23 17:40:00");
    REQUIRE(r.size() == 2);
    CHECK(r[0].is_new);
    CHECK(r[0].version.number == 1);
    CHECK(r[1].version.committee == "PN");

    r = archive.record({arrival("HSN", "HSN-2024-kopia.xlsx", v1, Money::whole(1'966'452'000))}, "2026-11-23 17:45:00");
    CHECK_FALSE(r[0].is_new);
    CHECK(r[0].version.number == 1);
    CHECK(r[0].version.file_name == "HSN-2024.xlsx");   // as it first arrived

    r = archive.record({arrival("HSN", "HSN-2024.xlsx", v2, Money::whole(1'967'452'000))}, "2026-11-23 17:50:00");
    CHECK(r[0].is_new);
    CHECK(r[0].version.number == 2);

    const auto history = archive.history("HSN");
    REQUIRE(history.size() == 2);
    CHECK(history[0].arrived == "2026-11-23 17:40:00");
    CHECK(history[1].arrived == "2026-11-23 17:50:00");
    CHECK(history[1].sha256 == sha256_hex(v2));
    CHECK(history[1].size == static_cast<std::int64_t>(v2.size()));
    CHECK(history[1].status == "errors");
    CHECK(archive.history().size() == 3);
    CHECK(archive.content("HSN", 1) == v1);
    CHECK(archive.content("HSN", 2) == v2);
    CHECK_FALSE(archive.version("HSN", 3));

    const auto a = arrival("HSN", "x", v2, Money::whole(1'967'452'000));
    CHECK(archive.amounts("HSN", 2) == a.amounts);
    CHECK(archive.findings("HSN", 2) == a.findings);
    CHECK(archive.integrity_check() == "ok");

    // The same versions after closing and opening again.
    archive = Archive::open(path, Mode::existing);
    CHECK(archive.history().size() == 3);
    CHECK(archive.content("HSN", 1) == v1);
}

TEST_CASE("archive: a newer archive, a missing one and a file that is no archive are clear errors") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    Archive::open(path, Mode::create);
    poke(path, "PRAGMA user_version = 7");
    try {
        Archive::open(path, Mode::create);
        FAIL("a newer archive was opened");
    } catch (const Error& e) {
        CHECK(e.kind == Error::Kind::newer_schema);
        CHECK(e.found == 7);
        CHECK(describe(e, Lang::sv) == path.string() +
              ": arkivet är skrivet av en nyare ramkoll (schemaversion 7; den här versionen läser 3); uppdatera ramkoll");
        CHECK(describe(e, Lang::en).find("newer ramkoll (schema version 7") != std::string::npos);
    }

    try {
        Archive::open(dir.path / "saknas.sqlite", Mode::existing);
        FAIL("a missing archive was opened");
    } catch (const Error& e) {
        CHECK(e.kind == Error::Kind::missing);
    }
    CHECK_FALSE(std::filesystem::exists(dir.path / "saknas.sqlite"));

    const auto text = dir.path / "text.sqlite";
    std::ofstream(text) << "Detta är ingen databas, bara text som är lång nog att inte vara tom.\n";
    try {
        Archive::open(text, Mode::create);
        FAIL("a text file was opened as an archive");
    } catch (const Error& e) {
        CHECK(e.kind == Error::Kind::unreadable);
        CHECK(describe(e, Lang::sv).find("arkivet kan inte användas") != std::string::npos);
    }
}

TEST_CASE("archive: the system's reason is in the message's language, SQLite's words as they are") {
    const Error folder(Error::Kind::folder_not_writable, "ut/arkiv.sqlite", EROFS);
    CHECK(describe(folder, Lang::sv) ==
          "ut/arkiv.sqlite: arkivet kan inte skrivas, mappen ut går inte att skriva i: Filsystemet är skrivskyddat");
    CHECK(describe(folder, Lang::en) ==
          "ut/arkiv.sqlite: the archive cannot be written, its folder ut is not writable: Read-only file system");
    CHECK(std::string(folder.what()) == "ut/arkiv.sqlite: Read-only file system");

    const sql::Failure full(SQLITE_IOERR_WRITE, "disk I/O error", ENOSPC);
    CHECK(std::string(full.what()) == "disk I/O error (No space left on device)");
    const Error unusable(Error::Kind::unreadable, "ut/arkiv.sqlite", full);
    CHECK(unusable.detail == "disk I/O error");
    CHECK(unusable.system_error == ENOSPC);
    CHECK(describe(unusable, Lang::sv) ==
          "ut/arkiv.sqlite: arkivet kan inte användas: disk I/O error (Det finns inget utrymme kvar på enheten)");
    CHECK(describe(unusable, Lang::en) == "ut/arkiv.sqlite: the archive cannot be used: disk I/O error (No space left on device)");
    CHECK(std::string(unusable.what()) == "ut/arkiv.sqlite: disk I/O error (No space left on device)");

    const Error locked(Error::Kind::unreadable, "ut/arkiv.sqlite", sql::Failure(SQLITE_BUSY, "database is locked"));
    CHECK(describe(locked, Lang::sv) == "ut/arkiv.sqlite: arkivet kan inte användas: database is locked");
}

TEST_CASE("archive: stored bytes that no longer match their SHA-256 are reported") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    {
        auto archive = Archive::open(path, Mode::create);
        archive.record({arrival("HSN", "HSN-2024.xlsx", "original bytes", Money{})}, "2026-11-23 17:40:00");
    }
    poke(path, "UPDATE contents SET stored = zeroblob(8)");
    auto archive = Archive::open(path, Mode::existing);
    try {
        archive.content("HSN", 1);
        FAIL("damaged content was returned");
    } catch (const Error& e) {
        CHECK(e.kind == Error::Kind::damaged_file);
    }
}

TEST_CASE("archive: diff of values and findings") {
    const std::vector<StoredAmount> before{{"Personal", 2025, Money::whole(100), "Budget!C7"},
                                           {"Drift", 2025, Money::whole(200), "Budget!C8"},
                                           {"Drift", 2026, Money::whole(300), "Budget!D8"}};
    const std::vector<StoredAmount> after{{"Personal", 2025, Money::whole(100), "Budget!C7"},
                                          {"Drift", 2025, Money::whole(250), "Budget!C9"},
                                          {"Avskrivningar", 2025, Money::whole(5), "Budget!C10"}};
    const auto changes = diff_amounts(before, after);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].line == "Drift");
    CHECK(changes[0].year == 2025);
    CHECK(changes[0].before == Money::whole(200));
    CHECK(changes[0].after == Money::whole(250));
    CHECK(changes[0].difference() == Money::whole(50));
    CHECK(changes[0].cell == "Budget!C9");
    CHECK(changes[1].line == "Avskrivningar");
    CHECK_FALSE(changes[1].before);
    CHECK(changes[1].difference() == Money::whole(5));
    CHECK(changes[2].line == "Drift");
    CHECK(changes[2].year == 2026);
    CHECK_FALSE(changes[2].after);
    CHECK(changes[2].difference() == Money::whole(-300));

    StoredFinding over{"rule", "error", "Ramen", "HSN.xlsx!Budget!C10", 2025, {}, {}, {}, false, "1 000 över"};
    StoredFinding text{"reading", "warning", "Tal skrivet som text", "HSN.xlsx!Budget!C7", {}, {}, {}, {}, false, "…"};
    StoredFinding over_again = over;
    over_again.message = "2 000 över";   // the same finding with other values
    StoredFinding over_2026 = over;
    over_2026.year = 2026;
    const auto f = diff_findings({over, text}, {over_again, over_2026});
    REQUIRE(f.appeared.size() == 1);
    CHECK(f.appeared[0].year == 2026);
    REQUIRE(f.disappeared.size() == 1);
    CHECK(f.disappeared[0].rule == "Tal skrivet som text");
}

TEST_CASE("archive: a run's records are one transaction, nothing is kept when one fails") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    Archive::open(path, Mode::create);
    // A failure in the middle of the second file's values, as a full disk would cause.
    poke(path, "CREATE TRIGGER boom BEFORE INSERT ON amounts WHEN NEW.line = 'Boom' "
               "BEGIN SELECT RAISE(ABORT, 'boom'); END");
    auto archive = Archive::open(path, Mode::existing);
    auto bad = arrival("PN", "PN-2024.xlsx", "pn", Money::whole(1));
    bad.amounts.push_back({"Boom", 2024, Money{}, "Budget!B1"});
    try {
        archive.record({arrival("HSN", "HSN-2024.xlsx", "hsn", Money::whole(2)), bad}, "2026-11-23 17:40:00");
        FAIL("the failing record went through");
    } catch (const Error& e) {
        CHECK(e.kind == Error::Kind::unreadable);
        CHECK(e.detail == "boom");
    }
    CHECK(archive.history().empty());
    CHECK(archive.integrity_check() == "ok");
    CHECK(archive.record({arrival("HSN", "HSN-2024.xlsx", "hsn", Money::whole(2))}, "2026-11-23 17:41:00")[0].version.number == 1);
}

namespace {

StoredListValue list_amount(int row, std::string label, int year, std::int64_t tkr, std::string cell) {
    return {"Satsningar", row, label, "Belopp", year, Money::whole(tkr * 1000), {}, std::move(cell)};
}

StoredListValue list_text(int row, std::string text, std::string cell) {
    return {"Satsningar", row, text, "Benämning", 0, std::nullopt, text, std::move(cell)};
}

}  // namespace

TEST_CASE("archive: list rows are kept with their rows, labels, columns, years and cells") {
    test::TempDir dir("archive");
    auto archive = Archive::open(dir.path / "arkiv.sqlite", Mode::create);
    auto a = arrival("HSN", "HSN-2024.xlsx", "v1", Money::whole(1));
    a.list_values = {list_text(1, "Nya lokaler", "Satsningar!A5"), list_amount(1, "Nya lokaler", 2025, 2000, "Satsningar!C5"),
                     {"Interna överenskommelser", 1, "RS, köpare", "Belopp", 2024, Money::whole(-42'000'000), {},
                      "'Interna överenskommelser'!D5"}};
    archive.record({a}, "2026-11-23 17:40:00");
    CHECK(archive.list_values("HSN", 1) == a.list_values);
    CHECK(archive.version("HSN", 1)->lists_archived);
    CHECK(archive.list_values("HSN", 2).empty());
}

TEST_CASE("archive: diff of list rows tells changed, added and removed rows and text changes") {
    const std::vector<StoredListValue> before{
        list_text(1, "Barn och unga", "Satsningar!A5"), list_amount(1, "Barn och unga", 2025, 12000, "Satsningar!C5"),
        list_text(2, "Arbetsskor", "Satsningar!A6"), list_amount(2, "Arbetsskor", 2025, 1500, "Satsningar!C6"),
        list_text(3, "Nya lokaler", "Satsningar!A7"), list_amount(3, "Nya lokaler", 2025, 2000, "Satsningar!C7"),
        list_text(4, "Gamla lokaler", "Satsningar!A8")};
    // A row put in first: the others move down a row and are still the same rows; Nya lokaler
    // costs more, Arbetsskor is renamed Skor, Gamla lokaler is gone.
    const std::vector<StoredListValue> after{
        list_text(1, "Ambulans", "Satsningar!A5"), list_amount(1, "Ambulans", 2026, 700, "Satsningar!D5"),
        list_text(2, "Barn och unga", "Satsningar!A6"), list_amount(2, "Barn och unga", 2025, 12000, "Satsningar!C6"),
        list_text(3, "Skor", "Satsningar!A7"), list_amount(3, "Skor", 2025, 1500, "Satsningar!C7"),
        list_text(4, "Nya lokaler", "Satsningar!A8"), list_amount(4, "Nya lokaler", 2025, 2500, "Satsningar!C8")};
    const auto changes = diff_list_values(before, after);
    REQUIRE(changes.size() == 5);
    // Ambulans is new: both of its values, nothing before.
    CHECK(changes[0].row == 1);
    CHECK(changes[0].label == "Ambulans");
    CHECK_FALSE(changes[0].before);
    CHECK(changes[0].after->text == "Ambulans");
    CHECK(changes[1].column == "Belopp");
    CHECK(changes[1].year == 2026);
    CHECK(changes[1].difference() == Money::whole(700'000));
    CHECK(changes[1].cell() == "Satsningar!D5");
    // Arbetsskor renamed Skor: the same amounts, so the same row, its text changed.
    CHECK(changes[2].row == 3);
    CHECK(changes[2].label == "Skor");
    CHECK(changes[2].column == "Benämning");
    CHECK(changes[2].before->text == "Arbetsskor");
    CHECK(changes[2].after->text == "Skor");
    CHECK_FALSE(changes[2].is_amount());
    // Nya lokaler, now row 4, costs 500 tkr more.
    CHECK(changes[3].label == "Nya lokaler");
    CHECK(changes[3].row == 4);
    CHECK(changes[3].before->kronor == Money::whole(2'000'000));
    CHECK(changes[3].after->kronor == Money::whole(2'500'000));
    CHECK(changes[3].difference() == Money::whole(500'000));
    CHECK(changes[3].cell() == "Satsningar!C8");
    // Gamla lokaler is gone, shown at its old row.
    CHECK(changes[4].row == 4);
    CHECK(changes[4].label == "Gamla lokaler");
    CHECK_FALSE(changes[4].after);
    CHECK(changes[4].cell() == "Satsningar!A8");
}

TEST_CASE("archive: an archive of schema 1 is read as it is and upgraded by the next recording") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    test::write_schema_1(path, {{"HSN", 1, "HSN-2024.xlsx", "old bytes", Money::whole(1'966'452'000)}});
    {
        auto archive = Archive::open(path, Mode::existing);
        const auto history = archive.history("HSN");
        REQUIRE(history.size() == 1);
        CHECK_FALSE(history[0].lists_archived);
        CHECK(archive.amounts("HSN", 1) == std::vector<StoredAmount>{{"Drift", 2025, Money::whole(1'966'452'000), "Budget!C8"}});
        CHECK(archive.list_values("HSN", 1).empty());
        CHECK(archive.findings("HSN", 1).empty());
        CHECK(archive.content("HSN", 1) == "old bytes");
    }
    sqlite3* db = nullptr;
    auto schema = [&] {
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(s) == SQLITE_ROW);
        const int found = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
        sqlite3_close(db);
        return found;
    };
    CHECK(schema() == 1);   // reading does not change it

    // A recording that fails keeps the old schema too (the upgrade is part of its transaction).
    {
        auto archive = Archive::open(path, Mode::create);
        auto recording = archive.begin_recording("2026-11-24 08:00:00");
        recording.add(arrival("HSN", "HSN-2024.xlsx", "dropped", Money::whole(1)));
    }
    CHECK(schema() == 1);

    auto archive = Archive::open(path, Mode::create);
    auto a = arrival("HSN", "HSN-2024.xlsx", "new bytes", Money::whole(1'967'452'000));
    a.list_values = {list_text(1, "Nya lokaler", "Satsningar!A5"), list_amount(1, "Nya lokaler", 2025, 2000, "Satsningar!C5")};
    const auto recorded = archive.record({a}, "2026-11-24 08:00:00");
    CHECK(recorded[0].version.number == 2);
    CHECK(schema() == 3);
    const auto history = archive.history("HSN");
    REQUIRE(history.size() == 2);
    CHECK_FALSE(history[0].lists_archived);
    CHECK(history[1].lists_archived);
    CHECK(archive.list_values("HSN", 2) == a.list_values);
    CHECK(archive.content("HSN", 1) == "old bytes");   // zlib-compressed by schema 1
    CHECK(archive.content("HSN", 2) == "new bytes");
    CHECK(archive.integrity_check() == "ok");
}

TEST_CASE("archive: an xlsx is stored as it is, other bytes compressed when that pays") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    const std::string zip = std::string("PK\3\4", 4) + std::string(4000, 'x');   // deflated already, in a real one
    const std::string text(4000, 'y');
    const std::string noise = "PK\3";   // too short to pay
    {
        auto archive = Archive::open(path, Mode::create);
        archive.record({arrival("HSN", "HSN-2024.xlsx", zip, Money{}), arrival("TN", "TN-2024.csv", text, Money{}),
                        arrival("KN", "KN-2024.xls", noise, Money{})},
                       "2026-11-23 17:40:00");
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT size, length(stored), packing FROM contents ORDER BY size DESC, packing", -1, &s,
                               nullptr) == SQLITE_OK);
    std::vector<std::array<std::int64_t, 3>> rows;
    while (sqlite3_step(s) == SQLITE_ROW)
        rows.push_back({sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2)});
    sqlite3_finalize(s);
    sqlite3_close(db);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::array<std::int64_t, 3>{4004, 4004, 0});   // as it is
    CHECK(rows[1][0] == 4000);
    CHECK(rows[1][1] < 100);
    CHECK(rows[1][2] == 1);                                          // zlib
    CHECK(rows[2] == std::array<std::int64_t, 3>{3, 3, 0});
    auto archive = Archive::open(path, Mode::existing);
    CHECK(archive.content("HSN", 1) == zip);
    CHECK(archive.content("TN", 1) == text);
    CHECK(archive.content("KN", 1) == noise);
}

TEST_CASE("archive: an archive in WAL mode, as earlier versions wrote it, is read and recorded into with a rollback journal") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    Archive::open(path, Mode::create).record({arrival("HSN", "HSN-2024.xlsx", "first bytes", Money::whole(1))},
                                             "2026-11-23 17:40:00");
    poke(path, "PRAGMA journal_mode = WAL");
    auto journal_mode = [&] {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(s) == SQLITE_ROW);
        const std::string mode = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        sqlite3_finalize(s);
        sqlite3_close(db);
        return mode;
    };
    REQUIRE(journal_mode() == "wal");
    {
        auto archive = Archive::open(path, Mode::existing);
        CHECK(archive.content("HSN", 1) == "first bytes");
        const auto recorded = archive.record({arrival("HSN", "HSN-2024.xlsx", "second bytes", Money::whole(2))},
                                             "2026-11-24 08:00:00");
        CHECK(recorded[0].version.number == 2);
        CHECK(archive.integrity_check() == "ok");
    }
    CHECK(journal_mode() == "delete");
    CHECK_FALSE(std::filesystem::exists(dir.path / "arkiv.sqlite-wal"));
    CHECK_FALSE(std::filesystem::exists(dir.path / "arkiv.sqlite-journal"));
    auto archive = Archive::open(path, Mode::existing);
    CHECK(archive.content("HSN", 1) == "first bytes");
    CHECK(archive.content("HSN", 2) == "second bytes");
}

TEST_CASE("archive: reads made together see the archive as it is and leave no transaction open") {
    test::TempDir dir("archive");
    const auto path = dir.path / "arkiv.sqlite";
    auto archive = Archive::open(path, Mode::create);
    archive.record({arrival("HSN", "HSN-2024.xlsx", "first bytes", Money::whole(1))}, "2026-11-23 17:40:00");
    std::size_t versions = 0;
    archive.read_together([&] { versions = archive.history("HSN").size() + archive.amounts("HSN", 1).size(); });
    CHECK(versions == 3);
    CHECK_THROWS_AS(archive.read_together([&] { throw std::runtime_error("a failed read"); }), std::runtime_error);
    // A recording starts after both: neither left a transaction behind.
    CHECK(archive.record({arrival("HSN", "HSN-2024.xlsx", "second bytes", Money::whole(2))}, "2026-11-24 08:00:00")[0]
              .version.number == 2);
}

TEST_CASE("archive: the version a recording returns for a new file is the one read back from the archive") {
    test::TempDir dir("archive");
    auto archive = Archive::open(dir.path / "arkiv.sqlite", Mode::create);
    auto a = arrival("HSN", "HSN-2024.xlsx", "bytes of HSN", Money::whole(1));
    a.warnings = 2;
    const auto recorded = archive.record({a, arrival("PN", "PN-2024.xlsx", "bytes of PN", Money::whole(2))}, "2026-11-23 17:40:00");
    REQUIRE(recorded.size() == 2);
    for (const auto& r : recorded) {
        CHECK(r.is_new);
        const auto stored = archive.version(r.version.committee, r.version.number);
        REQUIRE(stored);
        CHECK(std::tie(r.version.committee, r.version.number, r.version.round, r.version.unit, r.version.file_name,
                       r.version.file_time, r.version.arrived, r.version.sha256, r.version.status, r.version.size,
                       r.version.errors, r.version.warnings, r.version.lists_archived) ==
              std::tie(stored->committee, stored->number, stored->round, stored->unit, stored->file_name,
                       stored->file_time, stored->arrived, stored->sha256, stored->status, stored->size, stored->errors,
                       stored->warnings, stored->lists_archived));
    }
    CHECK(recorded[0].version.size == 12);
    CHECK(recorded[0].version.warnings == 2);
}
