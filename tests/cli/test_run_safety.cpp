// `ramkoll run` killed with SIGKILL at random moments, and two runs on one output folder at
// once. After every kill the archive passes PRAGMA integrity_check, every version recorded
// before it is still restorable byte for byte, and resultat/ holds the complete outputs of
// either the previous or the new run; a second run waits for the first (the lock).
#include "run_fixture.hpp"

#include <chrono>
#include <csignal>
#include <random>
#include <set>
#include <thread>

#include <sys/file.h>

using namespace ramkoll;
using namespace ramkoll::test;
namespace fs = std::filesystem;

TEST_CASE("run: killed at random moments, the archive and the outputs stay whole") {
    Setup s;
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(run_ramkoll(run_args(s.in, s.out), s.dir.path).exit_code == 1);
    const auto full_run = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    auto versions = check_archive(s.out / "arkiv.sqlite", {}, s.files);

    const unsigned seed = std::random_device{}();
    INFO("seed " << seed << ", a full run takes " << full_run.count() << " µs");
    std::mt19937 random(seed);
    // Moments drawn over a full run's time; when the machine got faster and a run finished
    // before its kill, the window shrinks, so kills keep landing inside runs.
    long window = full_run.count();
    int kills = 0, iterations = 0;
    while (kills < 24 && iterations++ < 200) {
        replace_file(random() % 2 ? s.hsn_v2 : s.hsn_v1, s.in / "HSN-2024.xlsx");
        const pid_t pid = start_ramkoll(run_args(s.in, s.out), s.dir.path / "stdout.txt", s.dir.path / "stderr.txt");
        std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<long>(0, window)(random)));
        ::kill(pid, SIGKILL);
        if (wait_for(pid) == -SIGKILL)
            ++kills;
        else
            window = std::max(window * 2 / 3, 1000L);
        versions = check_archive(s.out / "arkiv.sqlite", versions, s.files);
        check_outputs(s.out, s.expected_json);
    }
    INFO(kills << " kills in " << iterations << " runs");
    CHECK(kills >= 20);

    // The next complete run cleans up what the killed ones left.
    replace_file(s.hsn_v2, s.in / "HSN-2024.xlsx");
    REQUIRE(run_ramkoll(run_args(s.in, s.out), s.dir.path).exit_code == 1);
    check_outputs(s.out, s.expected_json);
    // Left: the published folder and the input copies, which the next run writes over.
    std::set<std::string> hidden;
    for (const auto& e : fs::directory_iterator(s.out))
        if (const auto name = e.path().filename().string(); name.starts_with(".resultat") || name.starts_with(".indata"))
            hidden.insert(name);
    CHECK(hidden == std::set<std::string>{".indata", fs::read_symlink(s.out / "resultat").string()});
    CHECK(check_archive(s.out / "arkiv.sqlite", versions, s.files).size() == 3);   // HSN 1 and 2, PN 1
}

TEST_CASE("run: a second run on the same output folder waits for the first") {
    Setup s;
    replace_file(s.hsn_v1, s.in / "HSN-2024.xlsx");
    fs::create_directories(s.out);
    const int lock = ::open((s.out / ".ramkoll.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    REQUIRE(::flock(lock, LOCK_EX) == 0);   // this test is the run in progress
    REQUIRE(::pwrite(lock, "4242", 4, 0) == 4);
    const auto err = s.dir.path / "waiting.txt";
    const pid_t pid = start_ramkoll(run_args(s.in, s.out), s.dir.path / "stdout.txt", err);
    for (int i = 0; i < 1000 && read_file(err).empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(read_file(err) == s.out.string() + ": en annan körning (process 4242) skriver i mappen; väntar tills den är klar …\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    int status = 0;
    CHECK(::waitpid(pid, &status, WNOHANG) == 0);   // still waiting
    CHECK_FALSE(fs::exists(s.out / "arkiv.sqlite"));
    ::close(lock);
    CHECK(wait_within(pid, 60) == 1);
    check_outputs(s.out, s.expected_json);
}

TEST_CASE("run: two runs started at once both finish and record each file once") {
    Setup s;
    replace_file(s.hsn_v2, s.in / "HSN-2024.xlsx");
    const pid_t a = start_ramkoll(run_args(s.in, s.out), s.dir.path / "a.out", s.dir.path / "a.err");
    const pid_t b = start_ramkoll(run_args(s.in, s.out), s.dir.path / "b.out", s.dir.path / "b.err");
    CHECK(wait_within(a, 60) == 1);
    CHECK(wait_within(b, 60) == 1);
    const std::string outputs = read_file(s.dir.path / "a.out") + read_file(s.dir.path / "b.out");
    CHECK(outputs.find("(2 filer lästa, 2 nya versioner)") != std::string::npos);
    CHECK(outputs.find("(2 filer lästa, 0 nya versioner)") != std::string::npos);
    CHECK(check_archive(s.out / "arkiv.sqlite", {}, s.files).size() == 2);
    check_outputs(s.out, s.expected_json);
}
