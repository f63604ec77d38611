// `ramkoll run` when the disk fills up, when the output folder or the archive cannot be written,
// and when the input folder changes while the run waits for another one. The disk is a small
// tmpfs filled so that less and less room is left: each run then fails at another step
// (copying the inputs, archiving, writing the reports, the annexes). Every failed run exits 2
// with a message naming the file it could not write, and leaves resultat/ and the archive
// exactly as they were (integrity_check, the same versions, each restorable byte for byte),
// with no temporary file or folder; the first run with room enough does the whole round.
// Where mounting is not allowed the tmpfs tests say they were skipped.
#include "run_fixture.hpp"
#include "tmpfs.hpp"

#include <chrono>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace ramkoll;
using namespace ramkoll::test;
namespace fs = std::filesystem;

namespace {

// Every file and link in `out` with its bytes (a link: its target), but the archive, which
// check_archive() looks into, the lock file, which holds the last run's process id, and the
// input copies in .indata/, which each run writes over before it checks them (no output).
std::map<std::string, std::string> contents_of(const fs::path& out) {
    std::map<std::string, std::string> found;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
        const std::string name = fs::relative(e.path(), out).string();
        if (name.starts_with("arkiv.sqlite") || name == ".ramkoll.lock" || name == ".indata" || name.starts_with(".indata/"))
            continue;
        if (e.is_symlink())
            found[name] = "-> " + fs::read_symlink(e.path()).string();
        else if (e.is_regular_file())
            found[name] = read_file(e.path());
        else
            found[name] = "folder";
    }
    return found;
}

// ramkoll's message, the last line of stderr (libxlsxwriter prints lines of its own before it
// when it cannot write a workbook).
std::string last_line(const std::string& err) {
    const auto end = err.find_last_not_of('\n');
    if (end == std::string::npos) return {};
    const auto start = err.rfind('\n', end);
    return err.substr(start == std::string::npos ? 0 : start + 1, end + 1 - (start == std::string::npos ? 0 : start + 1));
}

// The file a failed run names: "…/granskning.json: kan inte skriva filen: …" gives
// granskning.json.
std::string file_named(const std::string& message) {
    return fs::path(message.substr(0, message.find(": "))).filename().string();
}

// A 16 MiB tmpfs on `folder` (made first); null, with the test marked skipped (test::skip),
// where mounting is not allowed.
std::unique_ptr<Tmpfs> small_disk(const fs::path& folder) {
    fs::create_directories(folder);
    auto tmpfs = std::make_unique<Tmpfs>(folder, "16m");
    if (tmpfs->mounted()) return tmpfs;
    test::skip("cannot mount a small tmpfs here (" + tmpfs->error() + ")");
    return nullptr;
}

// What a complete run of HSN's first file left, before the fault.
struct Before {
    std::map<VersionKey, std::string> versions;
    std::map<std::string, std::string> outputs;   // contents_of(out)
    std::string json;                              // resultat/granskning.json
};

// Does that run, then puts HSN's revision in the input folder for the next runs to take in.
Before first_run(const Setup& s, const std::vector<std::string>& args, const fs::path& archive) {
    replace_file(s.hsn_v1, s.in / "HSN-2024.xlsx");
    REQUIRE(run_ramkoll(args, s.dir.path).exit_code == 1);
    Before before{check_archive(archive, {}, s.files), contents_of(s.out), read_file(s.out / "resultat" / "granskning.json")};
    replace_file(s.hsn_v2, s.in / "HSN-2024.xlsx");
    return before;
}

}  // namespace

TEST_CASE("run: a disk that fills up at any step leaves the outputs and the archive as they were") {
    Setup s;
    const auto tmpfs = small_disk(s.out);
    if (!tmpfs) return;
    const auto archive = s.out / "arkiv.sqlite";
    const auto before = first_run(s, run_args(s.in, s.out), archive);

    std::set<std::string> failed_at;
    int failures = 0;
    bool done = false;
    for (std::uintmax_t left = 0; !done && left <= 8u << 20; left = left == 0 ? 4096 : left * 3 / 2) {
        tmpfs->fill(s.out / "fyllnad", left);
        const auto run = run_ramkoll(run_args(s.in, s.out), s.dir.path);
        fs::remove(s.out / "fyllnad");
        INFO(left << " bytes left: exit " << run.exit_code << "\n" << run.err);
        if (run.exit_code == 2) {
            ++failures;
            const std::string message = last_line(run.err);
            failed_at.insert(file_named(message));
            CHECK_THAT(message, Catch::StartsWith(s.out.string()));
            // The system's reason in Swedish, or SQLite's own words when it gives no errno.
            CHECK_THAT(message, Catch::Contains("Det finns inget utrymme kvar på enheten") || Catch::Contains("disk is full"));
            CHECK(run.out.empty());   // no findings printed for a run that did not happen
            CHECK(contents_of(s.out) == before.outputs);
            CHECK(check_archive(archive, before.versions, s.files) == before.versions);
        } else {
            REQUIRE(run.exit_code == 1);
            done = true;
            check_outputs(s.out, s.expected_json);
            CHECK(read_file(s.out / "resultat" / "granskning.json") != before.json);
            CHECK(check_archive(archive, before.versions, s.files).size() == before.versions.size() + 1);   // HSN 2
            CHECK_THAT(run.out, Catch::Contains("(2 filer lästa, 1 ny version)"));
        }
    }
    std::string steps;
    for (const auto& f : failed_at) steps += " " + f;
    INFO(failures << " failed runs, at" << steps);
    CHECK(done);
    CHECK(failures >= 4);
    CHECK(failed_at.size() >= 3);   // the runs failed at different steps, not all at the first
}

TEST_CASE("run: an output folder that cannot be written leaves the outputs and the archive as they were") {
    Setup s;
    const auto tmpfs = small_disk(s.out);
    if (!tmpfs) return;
    const auto before = first_run(s, run_args(s.in, s.out), s.out / "arkiv.sqlite");

    REQUIRE(tmpfs->remount_read_only());   // read-only for root too
    const auto run = run_ramkoll(run_args(s.in, s.out), s.dir.path);
    INFO(run.err);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::StartsWith(s.out.string()) && Catch::Contains("utdatamappen kan inte skrivas"));
    CHECK(contents_of(s.out) == before.outputs);
    REQUIRE(tmpfs->remount_writable());
    CHECK(check_archive(s.out / "arkiv.sqlite", before.versions, s.files) == before.versions);
}

TEST_CASE("run: an archive that cannot be written stops the run before anything is published") {
    Setup s;
    const fs::path store = s.dir.path / "arkivmapp";
    const auto tmpfs = small_disk(store);
    if (!tmpfs) return;
    auto args = run_args(s.in, s.out);
    args.insert(args.end(), {"--archive", (store / "arkiv.sqlite").string()});
    const auto before = first_run(s, args, store / "arkiv.sqlite");

    REQUIRE(tmpfs->remount_read_only());
    const auto run = run_ramkoll(args, s.dir.path);
    INFO(run.err);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::StartsWith((store / "arkiv.sqlite").string() + ": arkivet kan inte skrivas, mappen " +
                                         store.string() + " går inte att skriva i: Filsystemet är skrivskyddat"));
    CHECK(contents_of(s.out) == before.outputs);   // the reports of the run before, no staging folder left
    REQUIRE(tmpfs->remount_writable());
    CHECK(check_archive(store / "arkiv.sqlite", before.versions, s.files) == before.versions);
}

TEST_CASE("run: the input folder is read once the lock is held, so changes made while a run waits are seen") {
    Setup s;
    replace_file(s.hsn_v1, s.in / "HSN-2024.xlsx");
    fs::create_directories(s.out);
    const int lock = ::open((s.out / ".ramkoll.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    REQUIRE(::flock(lock, LOCK_EX) == 0);   // another run in progress
    const auto err = s.dir.path / "waiting.txt";
    const pid_t pid = start_ramkoll(run_args(s.in, s.out), s.dir.path / "stdout.txt", err);
    for (int i = 0; i < 1000 && read_file(err).empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE_THAT(read_file(err), Catch::Contains("väntar tills den är klar"));
    fs::remove(s.in / "PN-2024.xlsx");              // withdrawn while the run waited
    replace_file(s.hsn_v2, s.in / "HSN-2024.xlsx");   // and HSN's revision landed
    ::close(lock);
    CHECK(wait_within(pid, 60) == 1);
    const std::string out = read_file(s.dir.path / "stdout.txt");
    INFO(out);
    CHECK_THAT(out, Catch::Contains("Patientnämnden (PN) har inte lämnat något underlag"));
    CHECK(out.find("kan inte läsas") == std::string::npos);
    const auto versions = check_archive(s.out / "arkiv.sqlite", {}, s.files);
    CHECK(versions.size() == 1);
    CHECK(archive::Archive::open(s.out / "arkiv.sqlite", archive::Mode::existing).content("HSN", 1) == read_file(s.hsn_v2));
}
