// The output folder of `ramkoll run`: outputs appear all at once under resultat/, what a killed
// run left is cleaned up, a second holder of the lock waits, inputs are copied with their times.
#include "common/atomic_file.hpp"
#include "output/folder_error.hpp"
#include "output/input_snapshot.hpp"
#include "output/output_folder.hpp"

#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <sys/stat.h>

using namespace ramkoll;
using output::OutputFolder;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> hidden_entries(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) {
        const auto name = e.path().filename().string();
        if (name.starts_with(".resultat") || name.starts_with(".indata")) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("output: publish switches resultat/ to the new outputs and removes the previous ones") {
    test::TempDir dir("output");
    const fs::path out = dir.path / "out";
    {
        OutputFolder folder(out, {});
        std::ofstream(folder.staging() / "a.txt") << "first";
        CHECK_FALSE(fs::exists(folder.current()));   // nothing visible before publish
        folder.publish();
    }
    CHECK(read(out / "resultat" / "a.txt") == "first");
    CHECK(fs::is_symlink(out / "resultat"));
    {
        OutputFolder folder(out, {});
        std::ofstream(folder.staging() / "a.txt") << "second";
        CHECK(read(out / "resultat" / "a.txt") == "first");   // still the previous outputs
        folder.publish();
        CHECK(read(out / "resultat" / "a.txt") == "second");
    }
    CHECK(hidden_entries(out).size() == 1);   // only the published folder (no snapshot was asked for)
}

TEST_CASE("output: files committed into the staging folder, nested too, are published whole with one flush") {
    test::TempDir dir("output");
    const fs::path out = dir.path / "out";
    OutputFolder folder(out, {});
    fs::create_directories(folder.staging() / "nämnder");
    write_file_atomically(folder.staging() / "granskning.json", "{}\n");
    for (int i = 0; i < 50; ++i)
        write_file_atomically(folder.staging() / "nämnder" / ("N" + std::to_string(i) + ".txt"), std::string(1000, 'x'));
    // A file beside the staging folder, whose name starts like it, is not covered by its deferral.
    write_file_atomically(out / (folder.staging().filename().string() + "-beside.txt"), "beside");
    folder.publish();
    CHECK(read(out / "resultat" / "granskning.json") == "{}\n");
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(out / "resultat" / "nämnder")) {
        CHECK(read(e.path()) == std::string(1000, 'x'));
        CHECK_FALSE(e.path().filename().string().starts_with("."));   // no temporary file left
        ++files;
    }
    CHECK(files == 50);
    CHECK(read(out / (folder.staging().filename().string() + "-beside.txt")) == "beside");
}

TEST_CASE("output: an unpublished run leaves the previous outputs, and leftovers are removed") {
    test::TempDir dir("output");
    const fs::path out = dir.path / "out";
    {
        OutputFolder folder(out, {});
        std::ofstream(folder.staging() / "a.txt") << "complete";
        folder.publish();
    }
    {
        OutputFolder folder(out, {});
        std::ofstream(folder.staging() / "a.txt") << "half";
        CHECK(folder.snapshot() == out / ".indata");
        std::ofstream(folder.snapshot() / "HSN.xlsx") << "copy";
    }   // ended without publish, as an exception would
    CHECK(read(out / "resultat" / "a.txt") == "complete");
    // The snapshot folder stays for the next run to write over; the staging folder is gone.
    const auto published = fs::read_symlink(out / "resultat").string();
    CHECK(hidden_entries(out) == std::vector<std::string>{".indata", published});
    CHECK(read(out / ".indata" / "HSN.xlsx") == "copy");

    // What a killed run leaves: a staging folder, a snapshot of an older ramkoll, a half-made link.
    fs::create_directory(out / ".resultat-20261123-170000-99999");
    fs::create_directory(out / ".indata-99999");
    fs::create_symlink(".resultat-20261123-170000-99999", out / ".resultat-link-99999");
    OutputFolder folder(out, {});
    CHECK(hidden_entries(out) == std::vector<std::string>{".indata", published});
    CHECK(read(out / "resultat" / "a.txt") == "complete");
}

TEST_CASE("output: a file or link named .indata is replaced by the snapshot folder, never written through") {
    test::TempDir dir("output");
    const fs::path out = dir.path / "out";
    fs::create_directories(out);
    fs::create_directories(dir.path / "elsewhere");
    fs::create_directory_symlink(dir.path / "elsewhere", out / ".indata");
    OutputFolder folder(out, {});
    CHECK(folder.snapshot() == out / ".indata");
    CHECK(fs::is_directory(fs::symlink_status(out / ".indata")));
    CHECK(fs::is_directory(dir.path / "elsewhere"));   // the link's target is left alone
}

TEST_CASE("output: a folder named resultat that is not ramkoll's link is refused") {
    test::TempDir dir("output");
    fs::create_directories(dir.path / "resultat");
    try {
        OutputFolder folder(dir.path, {});
        FAIL("a foreign resultat/ was taken over");
    } catch (const output::FolderError& e) {
        CHECK(e.kind == output::FolderError::Kind::not_our_link);
        CHECK(describe(e, Lang::sv) == (dir.path / "resultat").string() +
              ": finns redan och är inte ramkolls länk till de senaste resultaten; flytta undan den");
    }
    CHECK(fs::is_directory(dir.path / "resultat"));
}

TEST_CASE("output: a second run waits for the lock and is told who holds it") {
    test::TempDir dir("output");
    auto first = std::make_unique<OutputFolder>(dir.path, nullptr);
    std::atomic<int> waited_for{-1};
    std::atomic<bool> inside{false};
    std::thread second([&] {
        OutputFolder folder(dir.path, [&](int pid) { waited_for = pid; });
        inside = true;
    });
    for (int i = 0; i < 200 && waited_for < 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(waited_for == ::getpid());
    CHECK_FALSE(inside);
    first.reset();
    second.join();
    CHECK(inside);
}

TEST_CASE("output: inputs are copied with their bytes and file times, a name given twice is refused") {
    test::TempDir dir("output");
    fs::create_directories(dir.path / "in" / "sub");
    std::ofstream(dir.path / "in" / "HSN.xlsx", std::ios::binary) << std::string("PK\3\4\0bytes", 10);
    std::ofstream(dir.path / "in" / "sub" / "HSN.xlsx") << "other";
    const auto time = fs::file_time_type::clock::now() - std::chrono::hours(30);
    fs::last_write_time(dir.path / "in" / "HSN.xlsx", time);
    fs::create_directories(dir.path / "copy");
    fs::create_directories(dir.path / "copy2");
    const auto snapshot = output::snapshot_inputs({dir.path / "in" / "HSN.xlsx"}, dir.path / "copy");
    REQUIRE(snapshot.files == std::vector<fs::path>{dir.path / "copy" / "HSN.xlsx"});
    CHECK(snapshot.not_copied.empty());
    CHECK(read(snapshot.files[0]) == read(dir.path / "in" / "HSN.xlsx"));
    CHECK(fs::last_write_time(snapshot.files[0]) == time);
    CHECK_THROWS_WITH(output::snapshot_inputs({dir.path / "in" / "HSN.xlsx", dir.path / "in" / "sub" / "HSN.xlsx"},
                                              dir.path / "copy2"),
                      Catch::Contains("another input file has the same name"));
}

TEST_CASE("output: a second snapshot writes over the first one's copies, cut to length, and drops the copies of inputs it lacks") {
    test::TempDir dir("output");
    fs::create_directories(dir.path / "in");
    fs::create_directories(dir.path / "copy");
    std::ofstream(dir.path / "in" / "HSN.xlsx", std::ios::binary) << std::string(5000, 'a');
    std::ofstream(dir.path / "in" / "TVN.xlsx", std::ios::binary) << "tvn";
    output::snapshot_inputs({dir.path / "in" / "HSN.xlsx", dir.path / "in" / "TVN.xlsx"}, dir.path / "copy");
    struct stat first {};
    REQUIRE(::stat((dir.path / "copy" / "HSN.xlsx").c_str(), &first) == 0);

    std::ofstream(dir.path / "in" / "HSN.xlsx", std::ios::binary | std::ios::trunc) << "shorter";
    fs::create_directories(dir.path / "copy" / "left-over");
    const auto snapshot = output::snapshot_inputs({dir.path / "in" / "HSN.xlsx"}, dir.path / "copy");
    CHECK(snapshot.files == std::vector<fs::path>{dir.path / "copy" / "HSN.xlsx"});
    CHECK(read(dir.path / "copy" / "HSN.xlsx") == "shorter");
    struct stat second {};
    REQUIRE(::stat((dir.path / "copy" / "HSN.xlsx").c_str(), &second) == 0);
    CHECK(second.st_ino == first.st_ino);   // the same file, written over
    CHECK_FALSE(fs::exists(dir.path / "copy" / "TVN.xlsx"));
    CHECK_FALSE(fs::exists(dir.path / "copy" / "left-over"));

    // A copy given as an input is this run's copy as it is, not emptied by copying it onto itself.
    const auto again = output::snapshot_inputs({dir.path / "copy" / "HSN.xlsx"}, dir.path / "copy");
    CHECK(again.files == std::vector<fs::path>{dir.path / "copy" / "HSN.xlsx"});
    CHECK(again.not_copied.empty());
    CHECK(read(dir.path / "copy" / "HSN.xlsx") == "shorter");

    // A link put among the copies is replaced, its target untouched.
    std::ofstream(dir.path / "target.txt") << "keep";
    fs::remove(dir.path / "copy" / "HSN.xlsx");
    fs::create_symlink(dir.path / "target.txt", dir.path / "copy" / "HSN.xlsx");
    output::snapshot_inputs({dir.path / "in" / "HSN.xlsx"}, dir.path / "copy");
    CHECK_FALSE(fs::is_symlink(dir.path / "copy" / "HSN.xlsx"));
    CHECK(read(dir.path / "copy" / "HSN.xlsx") == "shorter");
    CHECK(read(dir.path / "target.txt") == "keep");
}

TEST_CASE("output: an input gone before it is copied is given as it is, to be found unreadable, and a copy that cannot be written stops") {
    test::TempDir dir("output");
    fs::create_directories(dir.path / "in");
    fs::create_directories(dir.path / "copy");
    std::ofstream(dir.path / "in" / "TVN.xlsx") << "tvn";
    const fs::path gone = dir.path / "in" / "HSN.xlsx";   // listed, then removed before the copy
    const auto snapshot = output::snapshot_inputs({gone, dir.path / "in" / "TVN.xlsx"}, dir.path / "copy");
    CHECK(snapshot.files == std::vector<fs::path>{gone, dir.path / "copy" / "TVN.xlsx"});
    CHECK(snapshot.not_copied == std::set<fs::path>{gone});
    CHECK_FALSE(fs::exists(dir.path / "copy" / "HSN.xlsx"));
    CHECK(read(dir.path / "copy" / "TVN.xlsx") == "tvn");

    try {
        output::snapshot_inputs({dir.path / "in" / "TVN.xlsx"}, dir.path / "no-such-folder");
        FAIL("copying into a missing folder succeeded");
    } catch (const output::FolderError& e) {
        CHECK(e.kind == output::FolderError::Kind::not_writable);
        CHECK(e.path == dir.path / "no-such-folder" / "TVN.xlsx");
        CHECK(e.error == ENOENT);
        CHECK(output::reason(e, Lang::sv) == "kan inte skapa kopian: Filen eller mappen finns inte");
        CHECK(output::reason(e, Lang::en) == "cannot create the copy: No such file or directory");
        CHECK(e.what() == e.path.string() + ": cannot create the copy: No such file or directory");
    }
}
