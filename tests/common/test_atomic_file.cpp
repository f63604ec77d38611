// AtomicFile and write_file_atomically: the target is replaced whole or not at all, and no
// temporary file survives a failure.
#include "common/atomic_file.hpp"
#include "common/write_error.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using ramkoll::AtomicFile;
using ramkoll::Lang;
using ramkoll::WriteError;
using ramkoll::write_file_atomically;

using ramkoll::test::TempDir;

namespace {

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_plain(const fs::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

std::set<std::string> entries(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

}  // namespace

TEST_CASE("write_file_atomically creates the file and leaves nothing else") {
    TempDir dir("ramkoll-atomic");
    const auto target = dir.path / "utfall 2026.txt";
    write_file_atomically(target, "Nämnd;Belopp\nHSN;-1 234,5\n");
    CHECK(read_all(target) == "Nämnd;Belopp\nHSN;-1 234,5\n");
    CHECK(entries(dir.path) == std::set<std::string>{"utfall 2026.txt"});
}

TEST_CASE("an existing target is replaced whole, not overwritten in place") {
    TempDir dir("ramkoll-atomic");
    const auto target = dir.path / "bilaga.txt";
    write_plain(target, std::string(10'000, 'x'));
    write_file_atomically(target, "kort");
    CHECK(read_all(target) == "kort");
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga.txt"});
}

TEST_CASE("the temporary file sits hidden next to the target until commit") {
    TempDir dir("ramkoll-atomic");
    const auto target = dir.path / "bilaga.xlsx";
    AtomicFile file(target);
    CHECK(file.target() == target);
    CHECK(file.temp_path().parent_path() == dir.path);
    CHECK(file.temp_path().filename().string().rfind(".bilaga.xlsx.", 0) == 0);
    CHECK(fs::exists(file.temp_path()));
    CHECK_FALSE(fs::exists(target));

    write_plain(file.temp_path(), "innehåll");
    file.commit();
    CHECK(file.committed());
    CHECK(read_all(target) == "innehåll");
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga.xlsx"});
    CHECK_THROWS_AS(file.commit(), std::logic_error);
}

TEST_CASE("two files for the same target get different temporary names") {
    TempDir dir("ramkoll-atomic");
    AtomicFile a(dir.path / "x.txt");
    AtomicFile b(dir.path / "x.txt");
    CHECK(a.temp_path() != b.temp_path());
}

TEST_CASE("abandoning the write leaves the target untouched and removes the temporary file") {
    TempDir dir("ramkoll-atomic");
    const auto target = dir.path / "bilaga.txt";
    write_plain(target, "gammalt");
    try {
        AtomicFile file(target);
        write_plain(file.temp_path(), "halvskrivet");
        throw std::runtime_error("writer failed half-way");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "writer failed half-way");
    }
    CHECK(read_all(target) == "gammalt");
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga.txt"});
}

TEST_CASE("a failing rename leaves the target untouched and removes the temporary file") {
    TempDir dir("ramkoll-atomic");
    // A non-empty directory cannot be replaced by a file, not even by root.
    const auto target = dir.path / "bilaga.txt";
    fs::create_directory(target);
    write_plain(target / "inne.txt", "kvar");

    AtomicFile file(target);
    write_plain(file.temp_path(), "nytt");
    try {
        file.commit();
        FAIL("commit over a directory should throw");
    } catch (const WriteError& e) {
        CHECK(e.step == WriteError::Step::write);
        CHECK(e.path == target);
        CHECK(e.error == EISDIR);
        CHECK(describe(e, Lang::sv) == target.string() + ": kan inte skriva filen: Det är en mapp");
        CHECK(e.what() == target.string() + ": cannot write the file: Is a directory");
    }
    CHECK_FALSE(file.committed());
    CHECK(fs::is_directory(target));
    CHECK(read_all(target / "inne.txt") == "kvar");
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga.txt"});
    CHECK_THROWS_AS(write_file_atomically(target, "nytt"), std::runtime_error);
    CHECK(entries(dir.path) == std::set<std::string>{"bilaga.txt"});
}

TEST_CASE("a directory that does not exist or cannot be written is reported by name") {
    TempDir dir("ramkoll-atomic");
    const auto missing = dir.path / "saknas" / "bilaga.txt";
    try {
        AtomicFile file(missing);
        FAIL("creating a temporary file in a missing directory should throw");
    } catch (const WriteError& e) {
        CHECK(e.step == WriteError::Step::create_temporary);
        CHECK(e.error == ENOENT);
        CHECK(describe(e, Lang::sv) == missing.string() + ": kan inte skapa en temporär fil i " +
                                           (dir.path / "saknas").string() + ": Filen eller mappen finns inte");
        CHECK(e.what() == missing.string() + ": cannot create a temporary file in " + (dir.path / "saknas").string() +
                              ": No such file or directory");
    }
    CHECK(entries(dir.path).empty());

    // /proc refuses new files even to root.
    CHECK_THROWS_AS(write_file_atomically("/proc/ramkoll-bilaga.txt", "x"), WriteError);

    if (::geteuid() != 0) {   // root ignores permission bits
        const auto target = dir.path / "bilaga.txt";
        write_plain(target, "gammalt");
        fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
        CHECK_THROWS_AS(write_file_atomically(target, "nytt"), WriteError);
        fs::permissions(dir.path, fs::perms::owner_all);
        CHECK(read_all(target) == "gammalt");
        CHECK(entries(dir.path) == std::set<std::string>{"bilaga.txt"});
    }
}

TEST_CASE("a target without a file name is refused") {
    CHECK_THROWS_AS(AtomicFile(fs::path("/tmp/")), std::runtime_error);
}
