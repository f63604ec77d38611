// `ramkoll run [--rules FILE] [--in FILE_OR_DIR]... [--out DIR] [--archive FILE] [--committee
// CODE=FILE]`: the whole round in one command — check every submission, record every file in
// the archive, write the reports into the output folder (published all at once) and print the
// findings and a summary table.
#include "cli/check_output.hpp"
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"
#include "cli/submission_files.hpp"

#include "annex/annex.hpp"
#include "archive/archive.hpp"
#include "archive/arrival.hpp"
#include "archive/messages.hpp"
#include "common/atomic_file.hpp"
#include "output/folder_error.hpp"
#include "output/input_snapshot.hpp"
#include "output/output_folder.hpp"
#include "rules/loader.hpp"
#include "rules/text_table.hpp"
#include "validate/check.hpp"
#include "validate/report.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <optional>

#include <unistd.h>

namespace ramkoll::cli {
namespace {

namespace fs = std::filesystem;

// The folders of the per-committee reports and of the annexes inside a run's output.
constexpr const char* committee_reports_dir = "nämnder";
constexpr const char* annexes_dir = "bilagor";

// Below this many files the run is over before a bar would be worth drawing.
constexpr std::size_t progress_bar_from = 20;

void draw_progress(std::size_t done, std::size_t total, Lang lang) {
    constexpr std::size_t width = 30;
    const std::size_t filled = total == 0 ? width : done * width / total;
    std::cerr << fmt::format("\r{} [{}{}] {}/{}", tr(lang, "Arkiverar", "Archiving"), std::string(filled, '#'),
                             std::string(width - filled, '.'), done, total);
    if (done == total) std::cerr << "\r\033[K";
    std::cerr.flush();
}

// Days from today (local date) to a "YYYY-MM-DD" deadline; empty when it cannot be read.
std::optional<int> days_left(const std::string& deadline) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::sscanf(deadline.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!date.ok()) return std::nullopt;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const std::chrono::year_month_day today{std::chrono::year{local.tm_year + 1900},
                                            std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                                            std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    return (std::chrono::sys_days{date} - std::chrono::sys_days{today}).count();
}

// A file of this run as the archive recorded it.
struct Archived {
    std::string committee, file_name;
    archive::Recorded recorded;
};

// One row per committee: its version in the archive (new in this run or not), status,
// errors, warnings, deadline and days left.
std::string summary_table(const rules::Round& round, const validate::Result& result,
                          const std::vector<Archived>& archived, Lang lang) {
    using Align = rules::TextTable::Align;
    rules::TextTable table({Align::left, Align::right, Align::left, Align::right, Align::right, Align::left, Align::right});
    table.add({std::string(tr(lang, "Nämnd", "Committee")), "Version", "Status", std::string(tr(lang, "Fel", "Errors")),
               std::string(tr(lang, "Varningar", "Warnings")), std::string(tr(lang, "Sista dag", "Deadline")),
               std::string(tr(lang, "Dagar kvar", "Days left"))});
    for (const auto& c : round.committees) {
        std::string version = "–";
        for (const auto& file : result.files) {
            if (file.committee != c.code || !file.used) continue;
            for (const auto& a : archived)
                if (a.committee == c.code && a.file_name == file.path.filename().string())
                    version = a.recorded.is_new ? fmt::format("{} ({})", a.recorded.version.number, tr(lang, "ny", "new"))
                                                : std::to_string(a.recorded.version.number);
        }
        const auto mine = validate::tally(result, c.code);
        const auto left = c.deadline ? days_left(*c.deadline) : std::nullopt;
        table.add({c.code, version, std::string(validate::status_word(mine.status(), lang)),
                   std::to_string(mine.errors), std::to_string(mine.warnings), c.deadline.value_or("–"),
                   left ? std::to_string(*left) : "–"});
    }
    return table.render();
}

// The per-committee reports (nämnder/HSN-granskning.xlsx, …) and, when the rules declare
// annexes, the annexes (bilagor/), drafts marked UTKAST when any submission has errors.
void write_committee_reports_and_annexes(const rules::Round& round, const validate::Result& result,
                                         const fs::path& dir, Lang lang) {
    validate::write_committee_reports(round, result, dir / committee_reports_dir, lang);
    if (round.annexes.empty()) return;
    const auto errors = validate::committees_in_error(round, result, lang);
    const annex::Options options{.lang = lang, .draft = !errors.empty(), .committees_in_error = errors};
    consolidate::Submissions submissions;
    for (const auto& s : result.submissions) submissions.push_back(&s);
    fs::create_directories(dir / annexes_dir);
    annex::write_annexes(round, submissions, dir / annexes_dir, options);
}

}  // namespace

int run_command(const RunArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto loaded = rules::load_rules(args.rules);
    if (!report_diagnostics(loaded, lang)) return 2;
    const auto& round = loaded.round;
    try {
        output::OutputFolder folder(args.out, [&](int pid) {
            std::cerr << fmt::format(fmt::runtime(tr(lang, "{}: en annan körning (process {}) skriver i mappen; väntar tills den är klar …",
                                                     "{}: another run (process {}) is writing to this folder; waiting until it is done …")),
                                     args.out, pid)
                      << std::endl;
        });
        // Listed once the lock is ours: a file that arrived while this run waited is in it.
        validate::Options options;
        if (!committee_overrides(args.committees, round, lang, options)) return 2;
        const auto files = submission_files({args.inputs.begin(), args.inputs.end()}, global, options);
        if (!files) return 2;
        const fs::path archive_path = args.archive.empty() ? folder.dir() / "arkiv.sqlite" : fs::path(args.archive);
        auto archive = archive::Archive::open(archive_path, archive::Mode::create);

        const auto snapshot = output::snapshot_inputs(*files, folder.snapshot());
        const auto result = validate::check(round, snapshot.files, options);
        // One file at a time into one transaction, committed only when every output is written
        // too: a kill or an error (a full disk) keeps nothing of this run, in the archive or in
        // resultat/. An input gone before it was copied has no bytes to keep; its finding says so.
        const bool bar = ::isatty(STDERR_FILENO) != 0 && snapshot.files.size() >= progress_bar_from;
        const auto order = archive::arrival_order(result);
        auto recording = archive.begin_recording(archive::timestamp(std::chrono::system_clock::now()));
        std::vector<Archived> archived;
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (!snapshot.not_copied.contains(order[i]->path)) {
                const auto arrival = archive::arrival_of(round, result, *order[i]);
                archived.push_back({arrival.committee, arrival.file_name, recording.add(arrival)});
            }
            if (bar) draw_progress(i + 1, order.size(), lang);
        }

        const fs::path& staging = folder.staging();
        const std::string summary = summary_table(round, result, archived, lang);
        write_file_atomically(staging / "granskning.json", findings_json(round, args.rules, result).dump(2) + "\n");
        validate::write_report(round, result, staging / "granskning.xlsx", lang);
        write_file_atomically(staging / "sammanfattning.txt", summary);
        write_committee_reports_and_annexes(round, result, staging, lang);
        recording.commit();
        folder.publish();

        print_findings(round, result, lang, ::isatty(STDOUT_FILENO) != 0);
        std::size_t fresh = 0;
        for (const auto& a : archived) fresh += a.recorded.is_new;
        const std::string read = archived.size() == 1 ? std::string(tr(lang, "1 fil läst", "1 file read"))
                                                      : fmt::format(fmt::runtime(tr(lang, "{} filer lästa", "{} files read")), archived.size());
        const std::string added = fresh == 1 ? std::string(tr(lang, "1 ny version", "1 new version"))
                                             : fmt::format(fmt::runtime(tr(lang, "{} nya versioner", "{} new versions")), fresh);
        std::cout << "\n" << summary << "\n"
                  << fmt::format(fmt::runtime(tr(lang, "Resultat: {}/ (granskning.xlsx, granskning.json, sammanfattning.txt, nämnder/, bilagor/)\n"
                                                       "Arkiv: {} ({}, {})\n",
                                                 "Results: {}/ (granskning.xlsx, granskning.json, sammanfattning.txt, nämnder/, bilagor/)\n"
                                                 "Archive: {} ({}, {})\n")),
                                 folder.current().string(), archive_path.string(), read, added);
        return result.has_errors() ? 1 : 0;
    } catch (const archive::Error& e) {
        std::cerr << archive::describe(e, lang) << "\n";
        return 2;
    } catch (const output::FolderError& e) {
        std::cerr << output::describe(e, lang) << "\n";
        return 2;
    } catch (const std::exception& e) {   // an output file cannot be written
        std::cerr << e.what() << "\n";
        return 2;
    }
}

}  // namespace ramkoll::cli
