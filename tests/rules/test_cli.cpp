// Tests of `ramkoll rules check` and `ramkoll rules show` as a finance officer runs them:
// exit codes, messages on stderr, --lang en.
#include "../run_ramkoll.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

using ramkoll::test::Run;

// ramkoll run from the source folder, where the rule files are.
Run ramkoll_in_source(const std::string& arguments) {
    std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
    return ramkoll::test::run_ramkoll(arguments);
}

}  // namespace

TEST_CASE("rules check passes on the three real rule files") {
    for (const char* file : {"rules/blekinge-2024.rules", "rules/blekinge-2020.rules", "rules/vasterbotten-2023.rules"}) {
        Run run = ramkoll_in_source(std::string("rules check ") + file);
        INFO(run.output);
        CHECK(run.exit_code == 0);
        CHECK(run.output.find("inga fel") != std::string::npos);
    }
}

TEST_CASE("rules check fails with exit code 2 and file:line:column on a broken file") {
    Run run = ramkoll_in_source("rules check tests/rules/unknown_line.rules");
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("tests/rules/unknown_line.rules:8:26: fel: okänd rad \"Drfit\", menade du \"Drift\"?") !=
          std::string::npos);
    CHECK(run.output.ends_with("2 fel\n"));
}

TEST_CASE("English messages with --lang en") {
    Run run = ramkoll_in_source("--lang en rules check tests/rules/unknown_index.rules");
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("unknown_index.rules:10:68: error: unknown index \"halsoval\"; did you mean \"hälsoval\"?") !=
          std::string::npos);
    CHECK(run.output.ends_with("2 errors\n"));
}

TEST_CASE("rules show prints the frames, in the unit asked for") {
    Run run = ramkoll_in_source("rules show rules/blekinge-2024.rules");
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("Ramar per nämnd (mnkr)") != std::string::npos);
    CHECK(run.output.find("Varav Regiongemensamt (Anslag)   1 171,8   1 210,0   1 245,5") != std::string::npos);
    Run tkr = ramkoll_in_source("rules show --unit tkr rules/blekinge-2024.rules");
    CHECK(tkr.output.find("Ramar per nämnd (tkr)") != std::string::npos);
    CHECK(tkr.output.find("4 328 900,0") != std::string::npos);
}

TEST_CASE("a file that does not exist is an error, not a crash") {
    Run run = ramkoll_in_source("rules check tests/rules/finns-inte.rules");
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("kan inte läsa filen tests/rules/finns-inte.rules") != std::string::npos);
}

TEST_CASE("rules check reports exactly the golden diagnostics of every broken case") {
    std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
    std::vector<std::filesystem::path> cases;
    for (const auto& entry : std::filesystem::directory_iterator("tests/rules"))
        if (entry.path().extension() == ".rules") cases.push_back(entry.path().filename());
    std::sort(cases.begin(), cases.end());
    int broken = 0;
    for (const auto& name : cases) {
        std::filesystem::path file = std::filesystem::path("tests/rules") / name;
        std::filesystem::path expected_file = file;
        expected_file.replace_extension(".expected");
        std::ifstream in(expected_file);
        std::stringstream expected;
        expected << in.rdbuf();
        std::string text = expected.str();
        if (text.find(": fel: ") == std::string::npos) continue;   // a valid case: its golden is `show`
        ++broken;
        std::size_t errors = 0;
        for (std::size_t at = text.find(": fel: "); at != std::string::npos; at = text.find(": fel: ", at + 1)) ++errors;
        Run run = ramkoll_in_source("rules check " + file.string());
        INFO(file.string());
        CHECK(run.exit_code == 2);
        CHECK(run.output == text + std::to_string(errors) + " fel\n");
    }
    CHECK(broken >= 20);
}
