// `ramkoll run [--rules FILE] [--in FILE_OR_DIR]... [--out DIR] [--archive FILE] [--committee
// CODE=FILE]`: the whole round in one command — check every submission, record every file in
// the archive, write the reports into the output folder (published all at once) and print the
// findings and a summary table.
#include "cli/commands.hpp"
#include "cli/rules_diagnostics.hpp"
#include "cli/submission_files.hpp"

#include "annex/annex.hpp"
#include "archive/archive.hpp"
#include "archive/arrival.hpp"
#include "archive/messages.hpp"
#include "archive/previous.hpp"
#include "common/atomic_file.hpp"
#include "common/message.hpp"
#include "common/parallel.hpp"
#include "common/write_error.hpp"
#include "output/folder_error.hpp"
#include "output/input_snapshot.hpp"
#include "output/output_folder.hpp"
#include "report/json.hpp"
#include "report/summary_table.hpp"
#include "report/terminal.hpp"
#include "report/workbook.hpp"
#include "rules/loader.hpp"
#include "validate/check.hpp"

#include <fmt/format.h>

#include <chrono>
#include <iostream>

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

// When the rules declare annexes, the annexes (bilagor/), drafts marked UTKAST when any
// submission has errors.
void write_annexes(const rules::Round& round, const validate::Result& result, const fs::path& dir, Lang lang) {
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
            std::cerr << say(lang, {"{}: en annan körning (process {}) skriver i mappen; väntar tills den är klar …",
                                    "{}: another run (process {}) is writing to this folder; waiting until it is done …"},
                             args.out, pid)
                      << std::endl;
        });
        // Listed once the lock is ours: a file that arrived while this run waited is in it.
        validate::Options options;
        const auto files = submission_files(args.inputs, args.committees, round, global, options);
        if (!files) return 2;
        const fs::path archive_path = args.archive.empty() ? folder.dir() / "arkiv.sqlite" : fs::path(args.archive);
        auto archive = archive::Archive::open(archive_path, archive::Mode::create);
        options.previous_lines = archive::previous_lines(archive, round);

        const auto snapshot = output::snapshot_inputs(*files, folder.snapshot());
        const auto result = validate::check(round, snapshot.files, options);
        // One file at a time into one transaction, committed only when every output is written
        // too: a kill or an error (a full disk) keeps nothing of this run, in the archive or in
        // resultat/. An input gone before it was copied has no bytes to keep; its finding says so.
        // The archive is written while the reports and annexes, which only read the result, are.
        const bool bar = ::isatty(STDERR_FILENO) != 0 && snapshot.files.size() >= progress_bar_from;
        const archive::Arrivals arrivals(round, result);
        auto recording = archive.begin_recording(archive::timestamp(std::chrono::system_clock::now()));
        std::vector<report::ArchivedVersion> archived;
        const fs::path& staging = folder.staging();
        // Three jobs, all begun at once: the per-committee reports (nämnder/HSN-granskning.xlsx,
        // …, themselves on every core), the archive, and the rest. With two threads the rest
        // (the round's report and the annexes, one after the other) waited for one of the
        // others and then ran alone, a core idle.
        parallel_for(3, [&](std::size_t job) {
            if (job == 0) {
                report::write_committee_reports(round, result, staging / committee_reports_dir, lang);
            } else if (job == 1) {
                const auto& order = arrivals.order();
                for (std::size_t i = 0; i < order.size(); ++i) {
                    if (!snapshot.not_copied.contains(order[i]->path)) {
                        const auto arrival = arrivals.of(*order[i]);
                        const auto recorded = recording.add(arrival);
                        archived.push_back({arrival.committee, arrival.file_name, recorded.version.number, recorded.is_new});
                    }
                    if (bar) draw_progress(i + 1, order.size(), lang);
                }
            } else {
                write_file_atomically(staging / "granskning.json",
                                      report::findings_json(round, args.rules, result).dump(2) + "\n");
                report::write_report(round, result, staging / "granskning.xlsx", lang);
                write_annexes(round, result, staging, lang);
            }
        }, 3);
        const std::string summary = report::summary_table(round, result, archived, report::local_today(), lang);
        write_file_atomically(staging / "sammanfattning.txt", summary);
        recording.commit();
        folder.publish();

        report::print_findings(std::cout, round, result, lang, ::isatty(STDOUT_FILENO) != 0);
        std::size_t fresh = 0;
        for (const auto& a : archived) fresh += a.is_new;
        const std::string read = archived.size() == 1 ? std::string(tr(lang, "1 fil läst", "1 file read"))
                                                      : say(lang, {"{} filer lästa", "{} files read"}, archived.size());
        const std::string added = fresh == 1 ? std::string(tr(lang, "1 ny version", "1 new version"))
                                             : say(lang, {"{} nya versioner", "{} new versions"}, fresh);
        std::cout << "\n" << summary << "\n"
                  << say(lang, {"Resultat: {}/ (granskning.xlsx, granskning.json, sammanfattning.txt, nämnder/, bilagor/)\n"
                                "Arkiv: {} ({}, {})\n",
                                "Results: {}/ (granskning.xlsx, granskning.json, sammanfattning.txt, nämnder/, bilagor/)\n"
                                "Archive: {} ({}, {})\n"},
                         folder.current().string(), archive_path.string(), read, added);
        return result.has_errors() ? 1 : 0;
    } catch (const archive::Error& e) {
        std::cerr << archive::describe(e, lang) << "\n";
        return 2;
    } catch (const output::FolderError& e) {
        std::cerr << output::describe(e, lang) << "\n";
        return 2;
    } catch (const WriteError& e) {
        std::cerr << describe(e, lang) << "\n";
        return 2;
    } catch (const std::exception& e) {   // a report or an annex that cannot be made
        std::cerr << e.what() << "\n";
        return 2;
    }
}

}  // namespace ramkoll::cli
