// What the run tests share: an input folder with two committees' files and a revised HSN file,
// the outputs a complete run gives for either HSN file, and checks that a folder holds the
// complete outputs of one run and that an archive is whole and kept every version it had.
#pragma once

#include "process.hpp"
#include "temp_dir.hpp"

#include "archive/archive.hpp"
#include "xlsx/workbook.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ramkoll::test {

inline const std::string rules_file = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
inline const std::filesystem::path fixtures = RAMKOLL_SOURCE_DIR "/tests/fixtures/run";

inline std::vector<std::string> run_args(const std::filesystem::path& in, const std::filesystem::path& out) {
    return {"run", "--rules", rules_file, "--in", in.string(), "--out", out.string()};
}

// The complete outputs of a run: the JSON is one of the expected documents, the summary has
// every committee's row, the report is a workbook with its two sheets, the per-committee
// reports and the seven annexes are there; nothing half-written
// is visible in the folder.
inline void check_outputs(const std::filesystem::path& out, const std::set<std::string>& expected_json) {
    const std::filesystem::path current = out / "resultat";
    REQUIRE(std::filesystem::is_symlink(current));
    CHECK(expected_json.contains(read_file(current / "granskning.json")));
    const std::string summary = read_file(current / "sammanfattning.txt");
    CHECK(summary.starts_with("Nämnd"));
    CHECK(summary.find("\nFF ") != std::string::npos);   // the last committee's row
    CHECK(xlsx::Workbook::open(current / "granskning.xlsx").sheets().size() == 2);
    CHECK(std::filesystem::exists(current / "nämnder" / "FF-granskning.xlsx"));
    CHECK(xlsx::Workbook::open(current / "bilagor" / "Bilagor.xlsx").sheets().size() == 7);
    std::set<std::string> visible;
    for (const auto& e : std::filesystem::directory_iterator(out))
        if (!e.path().filename().string().starts_with(".")) visible.insert(e.path().filename().string());
    for (const auto& name : visible)
        CHECK(std::set<std::string>{"arkiv.sqlite", "arkiv.sqlite-journal", "arkiv.sqlite-wal", "arkiv.sqlite-shm", "resultat"}.contains(name));
}

using VersionKey = std::pair<std::string, int>;

// Integrity, the versions known before still there with the same SHA-256, and every version's
// bytes equal to one of the files that committee ever had.
inline std::map<VersionKey, std::string> check_archive(const std::filesystem::path& path, const std::map<VersionKey, std::string>& before,
                                                const std::map<std::string, std::set<std::string>>& files) {
    auto archive = archive::Archive::open(path, archive::Mode::existing);
    CHECK(archive.integrity_check() == "ok");
    std::map<VersionKey, std::string> now;
    for (const auto& v : archive.history()) {
        now[{v.committee, v.number}] = v.sha256;
        CHECK(files.at(v.committee).contains(archive.content(v.committee, v.number)));
    }
    for (const auto& [key, sha] : before) {
        INFO(key.first << " " << key.second);
        REQUIRE(now.contains(key));
        CHECK(now.at(key) == sha);
    }
    for (const auto& committee : files) {   // an identical file is recorded once
        const std::string& code = committee.first;   // (clang 14 cannot capture a structured binding)
        CHECK(std::count_if(now.begin(), now.end(), [&](const auto& e) { return e.first.first == code; }) <=
              static_cast<long>(committee.second.size()));
    }
    return now;
}

struct Setup {
    TempDir dir{"run-safety"};
    std::filesystem::path in = dir.path / "inlamnat", out = dir.path / "out";
    std::filesystem::path hsn_v1 = fixtures / "HSN-2024.xlsx", hsn_v2 = dir.path / "HSN-2024-v2.xlsx";
    std::map<std::string, std::set<std::string>> files;   // every content a committee's file had
    std::set<std::string> expected_json;

    Setup() {
        std::filesystem::create_directories(in);
        std::filesystem::copy_file(fixtures / "PN-2024.xlsx", in / "PN-2024.xlsx");
        const std::string command = "/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/cli/revise_submission.py '" +
                                    hsn_v1.string() + "' '" + hsn_v2.string() + "' Budget C8=1000 C10=1000";
        REQUIRE(std::system(command.c_str()) == 0);
        files["HSN"] = {read_file(hsn_v1), read_file(hsn_v2)};
        files["PN"] = {read_file(fixtures / "PN-2024.xlsx")};
        // The outputs a complete run gives for either HSN file, made in a folder of their own.
        for (const auto& hsn : {hsn_v2, hsn_v1}) {
            replace_file(hsn, in / "HSN-2024.xlsx");
            const auto reference = dir.path / ("ref-" + hsn.stem().string());
            REQUIRE(run_ramkoll(run_args(in, reference), dir.path).exit_code == 1);
            expected_json.insert(read_file(reference / "resultat" / "granskning.json"));
        }
        REQUIRE(expected_json.size() == 2);
    }
};

}  // namespace ramkoll::test
