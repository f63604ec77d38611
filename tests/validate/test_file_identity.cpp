// Which committee a file is, and files that are no workbook, in `check`: a file whose name and
// template metadata name different committees is used for neither and never replaces the other
// committee's own file; --committee settles it, and a --committee FILE that is none of the
// inputs is exit 2; a CSV, a folder, an .ods or an .xlsb lying among the submissions is an error
// of the committee its name names, which then has sent a file that cannot be read (it has not
// "not submitted").
#include "bundled_rounds.hpp"
#include "../run_ramkoll.hpp"
#include "../temp_dir.hpp"
#include "inputs/input_files.hpp"
#include "validate/check.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using namespace ramkoll;

namespace {

const fs::path rules_file = RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules";
const fs::path clean = RAMKOLL_SOURCE_DIR "/workbooks/inlamnat-utan-fel";

// The clean round copied into `dir`, without the files named.
void copy_clean_round(const fs::path& dir, const std::vector<std::string>& without = {}) {
    for (const auto& entry : fs::directory_iterator(clean)) {
        const auto name = entry.path().filename().string();
        if (std::find(without.begin(), without.end(), name) == without.end()) fs::copy_file(entry.path(), dir / name);
    }
}

validate::Result check_folder(const fs::path& dir, const validate::Options& options = {}) {
    return validate::check(test::round_2024(), inputs::collect_files({dir}), options);
}

std::vector<const validate::Finding*> findings_of(const validate::Result& result, std::string_view committee) {
    std::vector<const validate::Finding*> out;
    for (const auto& f : result.findings)
        if (f.committee == committee) out.push_back(&f);
    return out;
}

const validate::CheckedFile* file_named(const validate::Result& result, std::string_view name) {
    for (const auto& f : result.files)
        if (f.path.filename() == name) return &f;
    return nullptr;
}

bool has(const std::string& text, std::string_view words) { return text.find(words) != std::string::npos; }

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

}  // namespace

TEST_CASE("a file named for TVN on HSN's template is used for neither, and HSN's own file stays in use") {
    test::TempDir dir;
    copy_clean_round(dir.path, {"TVN-2024.xlsx"});
    fs::copy_file(clean / "HSN-2024.xlsx", dir.path / "TVN-2024.xlsx");
    // Newer than HSN's own file: once it would have replaced it ("nyare fil").
    fs::last_write_time(dir.path / "TVN-2024.xlsx", fs::last_write_time(dir.path / "HSN-2024.xlsx") + std::chrono::hours(1));

    for (const Lang lang : {Lang::sv, Lang::en}) {
        validate::Options options;
        options.lang = lang;
        const auto result = check_folder(dir.path, options);
        const auto tvn = findings_of(result, "TVN");
        REQUIRE(tvn.size() == 1);   // the conflict; not "has not submitted"
        const auto& f = *tvn.front();
        INFO(f.message);
        CHECK(f.kind == validate::FindingKind::reading);
        CHECK(f.severity == rules::Severity::error);
        CHECK(f.file == "TVN-2024.xlsx");
        CHECK(f.sheet == "ramkoll");
        REQUIRE(f.cell.has_value());
        CHECK(xlsx::to_string(*f.cell) == "B4");   // the metadata's committee cell
        CHECK(validate::location(f) == "TVN-2024.xlsx!ramkoll!B4");
        if (lang == Lang::sv) {
            CHECK(f.rule == "Filnamn och mall anger olika nämnder");
            CHECK(has(f.message, "TVN-2024.xlsx, ramkoll!B4: filnamnet anger TVN men mallens metadata anger HSN; filen används "
                                 "varken för TVN eller HSN (ange nämnden med --committee HSN=FIL eller TVN=FIL om den är rätt)"));
        } else {
            CHECK(f.rule == "File name and template give different committees");
            CHECK(has(f.message, "the file name says TVN but the template's metadata says HSN; the file is used for neither TVN "
                                 "nor HSN (give its committee with --committee HSN=FILE or TVN=FILE if it is right)"));
        }
        // HSN: its own file, no finding; the conflicting file checked for nobody.
        CHECK(findings_of(result, "HSN").empty());
        REQUIRE(file_named(result, "HSN-2024.xlsx"));
        CHECK(file_named(result, "HSN-2024.xlsx")->used);
        REQUIRE(file_named(result, "TVN-2024.xlsx"));
        CHECK(file_named(result, "TVN-2024.xlsx")->committee == "TVN");
        CHECK_FALSE(file_named(result, "TVN-2024.xlsx")->used);
        for (const auto& s : result.submissions) CHECK(s.file() != "TVN-2024.xlsx");
        CHECK(result.submissions.size() == 8);
    }
}

TEST_CASE("HSN without a file of its own has not submitted, and the message names the conflicting file") {
    test::TempDir dir;
    copy_clean_round(dir.path, {"TVN-2024.xlsx", "HSN-2024.xlsx"});
    fs::copy_file(clean / "HSN-2024.xlsx", dir.path / "TVN-2024.xlsx");
    const auto result = check_folder(dir.path);
    const auto hsn = findings_of(result, "HSN");
    REQUIRE(hsn.size() == 1);
    CHECK(hsn.front()->kind == validate::FindingKind::not_submitted);
    CHECK(hsn.front()->message ==
          "Hälso- och sjukvårdsnämnden (HSN) har inte lämnat något underlag (TVN-2024.xlsx är HSN:s mall enligt metadata "
          "men TVN:s enligt filnamnet; den används inte)");
    const auto tvn = findings_of(result, "TVN");
    REQUIRE(tvn.size() == 1);
    CHECK(tvn.front()->kind == validate::FindingKind::reading);
    CHECK(tvn.front()->rule == "Filnamn och mall anger olika nämnder");
}

TEST_CASE("the committee option settles a file whose name and template disagree, for either committee") {
    test::TempDir dir;
    copy_clean_round(dir.path, {"TVN-2024.xlsx", "HSN-2024.xlsx"});
    fs::copy_file(clean / "HSN-2024.xlsx", dir.path / "TVN-2024.xlsx");
    validate::Options options;
    options.committee_of_file["TVN-2024.xlsx"] = "HSN";
    auto result = check_folder(dir.path, options);
    CHECK(findings_of(result, "HSN").empty());   // HSN's template, used for HSN: no conflict
    REQUIRE(file_named(result, "TVN-2024.xlsx"));
    CHECK(file_named(result, "TVN-2024.xlsx")->committee == "HSN");
    CHECK(file_named(result, "TVN-2024.xlsx")->used);
    REQUIRE(findings_of(result, "TVN").size() == 1);
    CHECK(findings_of(result, "TVN").front()->kind == validate::FindingKind::not_submitted);

    options.committee_of_file["TVN-2024.xlsx"] = "TVN";
    result = check_folder(dir.path, options);
    for (const auto* f : findings_of(result, "TVN")) CHECK(f->rule != "Filnamn och mall anger olika nämnder");
    CHECK(file_named(result, "TVN-2024.xlsx")->committee == "TVN");
    CHECK(file_named(result, "TVN-2024.xlsx")->used);
    REQUIRE(findings_of(result, "HSN").size() == 1);
    CHECK(findings_of(result, "HSN").front()->kind == validate::FindingKind::not_submitted);
}

TEST_CASE("a --committee FILE that is none of the inputs is exit 2 in check, consolidate and run") {
    test::TempDir dir;
    const std::string in = test::quoted((clean).string());
    const std::string rules = test::quoted(rules_file.string());
    for (const std::string& command :
         {"check --rules " + rules + " --in " + in,
          "consolidate --rules " + rules + " --in " + in + " --out " + test::quoted((dir.path / "bilagor").string()),
          "run --rules " + rules + " --in " + in + " --out " + test::quoted((dir.path / "out").string())}) {
        const auto run = test::run_ramkoll(command + " --committee HSN=HSN-2024-v9.xlsx");
        INFO(command);
        INFO(run.output);
        CHECK(run.exit_code == 2);
        CHECK(has(run.output, "--committee HSN=HSN-2024-v9.xlsx: filen finns inte bland underlagen"));
    }
    const auto english = test::run_ramkoll("--lang en check --rules " + rules + " --in " + in + " --committee HSN=nope.xlsx");
    CHECK(english.exit_code == 2);
    CHECK(has(english.output, "--committee HSN=nope.xlsx: the file is not among the submissions"));
    // Named by its file name or its path, it is one of them: exit 0.
    CHECK(test::run_ramkoll("check --rules " + rules + " --in " + in + " --committee HSN=HSN-2024.xlsx").exit_code == 0);
    CHECK(test::run_ramkoll("check --rules " + rules + " --in " + in + " --committee HSN=" +
                            test::quoted((clean / "HSN-2024.xlsx").string())).exit_code == 0);
}

TEST_CASE("run archives the conflicting file as TVN's, never as a new version of HSN") {
    test::TempDir dir;
    fs::create_directory(dir.path / "in");
    copy_clean_round(dir.path / "in", {"TVN-2024.xlsx"});
    fs::copy_file(clean / "HSN-2024.xlsx", dir.path / "in" / "TVN-2024.xlsx");
    const std::string out = test::quoted((dir.path / "out").string());
    const auto run = test::run_ramkoll("run --rules " + test::quoted(rules_file.string()) + " --in " +
                                       test::quoted((dir.path / "in").string()) + " --out " + out);
    INFO(run.output);
    CHECK(run.exit_code == 1);
    const std::string archive = test::quoted((dir.path / "out" / "arkiv.sqlite").string());
    const auto hsn = test::run_ramkoll("history --committee HSN --archive " + archive);
    INFO(hsn.output);
    CHECK(hsn.exit_code == 0);
    CHECK(has(hsn.output, "HSN-2024.xlsx"));
    CHECK_FALSE(has(hsn.output, "TVN-2024.xlsx"));
    CHECK_FALSE(has(hsn.output, "HSN          2"));
    const auto tvn = test::run_ramkoll("history --committee TVN --archive " + archive);
    INFO(tvn.output);
    CHECK(has(tvn.output, "TVN-2024.xlsx"));
    CHECK(has(tvn.output, "fel"));
}

TEST_CASE("a CSV, a folder, an .ods and an .xlsb among the submissions are each an error of the committee its name names") {
    test::TempDir dir;
    fs::create_directory(dir.path / "in");
    const fs::path in = dir.path / "in";
    copy_clean_round(in, {"SVN-2024.xlsx", "RUN-2024.xlsx", "PN-2024.xlsx", "KBN-2024.xlsx"});
    write(in / "SVN-2024.csv", "Rad;2024;2025;2026\nIntäkter;-900,0;-900,0;-900,0\n");
    fs::create_directory(in / "RUN-2024.xlsx");
    const auto made = test::run_command("/usr/bin/python3 " RAMKOLL_SOURCE_DIR "/tests/xlsx/make_file_kinds.py " +
                                        test::quoted(dir.path.string()));
    INFO(made.output);
    REQUIRE(made.exit_code == 0);
    fs::copy_file(dir.path / "sheet-ods.xlsx", in / "PN-2024.xlsx");   // an .ods under an .xlsx name
    fs::copy_file(dir.path / "book.xlsb", in / "KBN-2024.xlsb");
    // Still skipped: a lock file and a hidden file.
    write(in / "~$HSN-2024.xlsx", "lock");
    write(in / ".TN-2024.csv", "hidden");

    struct Expected {
        const char *committee, *file, *sv, *en;
    };
    const Expected expected[] = {
        {"SVN", "SVN-2024.csv", "SVN-2024.csv: filen är en CSV-fil (text), inte en arbetsbok; spara den som .xlsx",
         "SVN-2024.csv: the file is a CSV file (text), not a workbook; save it as .xlsx"},
        {"RUN", "RUN-2024.xlsx", "RUN-2024.xlsx: det är en mapp, inte en fil", "RUN-2024.xlsx: it is a folder, not a file"},
        {"PN", "PN-2024.xlsx", "PN-2024.xlsx: filen är ett OpenDocument-kalkylark (.ods); spara det som .xlsx",
         "PN-2024.xlsx: the file is an OpenDocument spreadsheet (.ods); save it as .xlsx"},
        {"KBN", "KBN-2024.xlsb", "KBN-2024.xlsb: filen är en binär Excel-arbetsbok (.xlsb); spara den som .xlsx",
         "KBN-2024.xlsb: the file is a binary Excel workbook (.xlsb); save it as .xlsx"},
    };
    for (const Lang lang : {Lang::sv, Lang::en}) {
        validate::Options options;
        options.lang = lang;
        const auto result = check_folder(in, options);
        for (const auto& e : expected) {
            INFO(e.committee);
            const auto mine = findings_of(result, e.committee);
            REQUIRE(mine.size() == 1);   // the file that cannot be read, not "has not submitted"
            const auto& f = *mine.front();
            INFO(f.message);
            CHECK(f.kind == validate::FindingKind::unreadable);
            CHECK(f.severity == rules::Severity::error);
            CHECK(f.file == e.file);
            CHECK(f.rule == (lang == Lang::sv ? "Filen kan inte läsas" : "The file cannot be read"));
            CHECK(has(f.message, lang == Lang::sv ? e.sv : e.en));
        }
        for (const auto& f : result.findings) {
            CHECK(f.file != "~$HSN-2024.xlsx");
            CHECK(f.file != ".TN-2024.csv");
        }
        CHECK(findings_of(result, "HSN").empty());
        CHECK(findings_of(result, "TN").empty());
    }
    // The terminal: the committee's block names the file, and the exit code is 1.
    const auto run = test::run_ramkoll("check --rules " + test::quoted(rules_file.string()) + " --in " + test::quoted(in.string()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(has(run.output, "SVN Samverkansnämnden: fel\n  fel      SVN-2024.csv  Filen kan inte läsas\n"));
    CHECK_FALSE(has(run.output, "Underlag saknas"));
}
