// The subcommands of ramkoll: each one's arguments and the function that runs it (in
// <name>_command.cpp, this folder). main.cpp maps the command line onto them; it is the only
// file that knows CLI11, which is slow to compile.
#pragma once

#include "common/lang.hpp"
#include "xlsx/limits.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace ramkoll::cli {

// The options before the command: --lang and the reading limits.
struct GlobalOptions {
    std::string lang_name = "sv";
    xlsx::ReadLimits limits;            // --max-file-size, --max-cells, ...
    std::uint64_t max_files = 10'000;   // --max-files: submissions one run takes
    Lang lang() const { return lang_name == "en" ? Lang::en : Lang::sv; }
};

// Where `ramkoll run` keeps the archive when given no --out and no --archive: what history,
// diff and restore read without --archive.
inline constexpr const char* default_archive = "out/arkiv.sqlite";

// Each command returns the process's exit code.

struct InspectArgs {
    std::string file;
    std::string sheet;
    std::string range;
    bool json = false;
};
int inspect_command(const InspectArgs& args, const GlobalOptions& global);

int rules_check_command(const std::string& file, const GlobalOptions& global);

struct RulesShowArgs {
    std::string file;
    std::string unit;   // "tkr", "mnkr" or empty: the file's own
};
int rules_show_command(const RulesShowArgs& args, const GlobalOptions& global);

struct TemplateArgs {
    std::string rules;
    std::string out_dir;
    std::string committee;   // empty: every committee
};
int template_command(const TemplateArgs& args, const GlobalOptions& global);

struct CheckArgs {
    std::string rules;
    std::vector<std::string> inputs;
    std::string json;
    std::string report;
    std::string report_dir;                // --report-per-committee
    std::vector<std::string> committees;   // CODE=FILE
    std::string archive;                   // --archive: compare with the latest archived versions
};
int check_command(const CheckArgs& args, const GlobalOptions& global);

struct ConsolidateArgs {
    std::string rules;
    std::vector<std::string> inputs;
    std::string output;
    std::vector<std::string> committees;   // CODE=FILE, as in check
    bool draft = false;
};
int consolidate_command(const ConsolidateArgs& args, const GlobalOptions& global);

struct RunArgs {
    std::string rules = "rules/blekinge-2024.rules";
    std::vector<std::string> inputs = {"workbooks/inlamnat"};   // files or folders
    std::string out = "out";
    std::string archive;                   // default: OUT/arkiv.sqlite
    std::vector<std::string> committees;   // CODE=FILE, as in check
};
int run_command(const RunArgs& args, const GlobalOptions& global);

struct HistoryArgs {
    std::string committee;
    std::string archive = default_archive;
};
int history_command(const HistoryArgs& args, const GlobalOptions& global);

struct DiffArgs {
    std::string committee;
    std::vector<int> versions;
    std::string archive = default_archive;
};
int diff_command(const DiffArgs& args, const GlobalOptions& global);

struct RestoreArgs {
    std::string committee;
    int version = 0;
    std::string output;
    std::string archive = default_archive;
};
int restore_command(const RestoreArgs& args, const GlobalOptions& global);

}  // namespace ramkoll::cli
