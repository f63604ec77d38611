// `ramkoll check --rules FILE --in FILE_OR_DIR... [--json FILE] [--report FILE.xlsx]
// [--report-per-committee DIR] [--committee CODE=FILE]` (or `check RULES FILE_OR_DIR...`): every
// submission against every rule, one block per committee on the terminal, every finding in the
// JSON file and the xlsx report, each committee's in its own report.
#include "cli/commands.hpp"
#include "cli/check_output.hpp"
#include "cli/rules_diagnostics.hpp"
#include "cli/submission_files.hpp"

#include "common/atomic_file.hpp"
#include "common/swedish_number.hpp"
#include "rules/loader.hpp"
#include "validate/check.hpp"
#include "validate/report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <iostream>

#include <unistd.h>

namespace ramkoll::cli {
namespace {

using nlohmann::ordered_json;

using validate::Status;

using validate::kind_key;
using validate::severity_key;

// A value in the round's unit ("35 063,9 tkr"), or a ratio as a plain number.
std::string format_value(const rules::Round& round, const validate::Values& v, Money value) {
    if (v.kind == rules::ValueKind::amount)
        return format_swedish(from_kronor(value, round.unit), 1) + " " + std::string(unit_name(round.unit));
    return format_swedish(value, 4);
}

double number(const rules::Round& round, const validate::Values& v, Money value) {
    const Money shown = v.kind == rules::ValueKind::amount ? from_kronor(value, round.unit) : value;
    return static_cast<double>(shown.raw()) / static_cast<double>(Money::scale);
}

// The findings shown together: one committee, files of no known committee, or the rules
// across all submissions.
struct Block {
    std::string title;
    std::vector<std::string> files;
    std::vector<const validate::Finding*> findings;
};

std::vector<Block> blocks(const rules::Round& round, const validate::Result& result, Lang lang) {
    std::vector<Block> out;
    for (const auto& c : round.committees) {
        Block b{fmt::format("{} {}", c.code, c.name), {}, {}};
        for (const auto& file : result.files)
            if (file.committee == c.code && file.used) b.files.push_back(file.path.filename().string());
        for (const auto& f : result.findings)
            if (f.committee == c.code) b.findings.push_back(&f);
        out.push_back(std::move(b));
    }
    Block unknown{std::string(tr(lang, "Okänd nämnd", "Unknown committee")), {}, {}};
    Block across{std::string(tr(lang, "Alla nämnder tillsammans", "All committees together")), {}, {}};
    for (const auto& f : result.findings) {
        if (round.committee(f.committee) != nullptr) continue;
        (f.kind == validate::FindingKind::rule && f.committee.empty() ? across : unknown).findings.push_back(&f);
    }
    for (auto* b : {&unknown, &across})
        if (!b->findings.empty()) out.push_back(std::move(*b));
    return out;
}

}  // namespace

void print_findings(const rules::Round& round, const validate::Result& result, Lang lang, bool colour) {
    auto paint = [colour](std::string_view text, Status s) {
        if (!colour) return std::string(text);
        const char* code = s == Status::errors ? "\033[31m" : s == Status::warnings ? "\033[33m" : "\033[32m";
        return fmt::format("{}{}\033[0m", code, text);
    };
    for (const auto& block : blocks(round, result, lang)) {
        const Status status = validate::status_of(block.findings);
        std::string files;
        for (const auto& f : block.files) files += (files.empty() ? " (" : ", ") + f;
        if (!files.empty()) files += ")";
        std::cout << fmt::format("{}{}: {}\n", block.title, files, paint(validate::status_word(status, lang), status));
        for (const auto* f : block.findings) {
            const Status s = f->severity == rules::Severity::error ? Status::errors
                             : f->severity == rules::Severity::warning ? Status::warnings : Status::ok;
            const std::string where = validate::location(*f);
            std::cout << fmt::format("  {:<8} {}{}{}{}\n", paint(validate::severity_word(f->severity, lang), s), where,
                                     where.empty() ? "" : "  ", f->rule, f->year ? fmt::format(" ({})", *f->year) : "");
            if (f->values)
                std::cout << fmt::format("           {} {}, {} {}, {} {}\n", tr(lang, "väntat", "expected"),
                                         format_value(round, *f->values, f->values->expected), tr(lang, "faktiskt", "actual"),
                                         format_value(round, *f->values, f->values->actual), tr(lang, "skillnad", "difference"),
                                         format_value(round, *f->values, f->values->difference));
            std::cout << fmt::format("           {}\n", f->message);
        }
    }
}

ordered_json findings_json(const rules::Round& round, const std::string& rules_file, const validate::Result& result) {
    ordered_json committees = ordered_json::array();
    for (const auto& c : round.committees) {
        ordered_json files = ordered_json::array();
        for (const auto& file : result.files)
            if (file.committee == c.code && file.used) files.push_back(file.path.filename().string());
        const auto mine = validate::tally(result, c.code);
        committees.push_back({{"code", c.code}, {"name", c.name},
                              {"status", validate::status_key(mine.status())},
                              {"errors", mine.errors}, {"warnings", mine.warnings}, {"files", files},
                              {"deadline", c.deadline ? ordered_json(*c.deadline) : ordered_json()}});
    }
    ordered_json findings = ordered_json::array();
    for (const auto& f : result.findings) {
        auto nullable = [](const std::string& s) { return s.empty() ? ordered_json() : ordered_json(s); };
        ordered_json j{{"committee", nullable(f.committee)}, {"kind", kind_key(f.kind)},
                       {"location", nullable(validate::location(f))}, {"file", nullable(f.file)},
                       {"sheet", nullable(f.sheet)}, {"cell", f.cell ? ordered_json(xlsx::to_string(*f.cell)) : ordered_json()},
                       {"rule", f.rule}, {"severity", severity_key(f.severity)},
                       {"year", f.year ? ordered_json(*f.year) : ordered_json()}};
        if (f.values) {
            j["expected"] = number(round, *f.values, f.values->expected);
            j["actual"] = number(round, *f.values, f.values->actual);
            j["difference"] = number(round, *f.values, f.values->difference);
            j["unit"] = f.values->kind == rules::ValueKind::amount ? ordered_json(unit_name(round.unit)) : ordered_json();
        } else {
            j["expected"] = j["actual"] = j["difference"] = j["unit"] = nullptr;
        }
        j["message"] = f.message;
        findings.push_back(std::move(j));
    }
    return {{"rules", rules_file}, {"round", round.title}, {"unit", unit_name(round.unit)},
            {"errors", result.has_errors()}, {"committees", committees}, {"findings", findings}};
}

int check_command(const CheckArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto loaded = rules::load_rules(args.rules);
    if (!report_diagnostics(loaded, lang)) return 2;
    const auto& round = loaded.round;
    validate::Options check_options;
    if (!committee_overrides(args.committees, round, lang, check_options)) return 2;
    const auto files = submission_files({args.inputs.begin(), args.inputs.end()}, global, check_options);
    if (!files) return 2;
    const auto result = validate::check(round, *files, check_options);
    print_findings(round, result, lang, ::isatty(STDOUT_FILENO) != 0);
    if (!args.json.empty()) {
        try {
            write_file_atomically(args.json, findings_json(round, args.rules, result).dump(2) + "\n");
        } catch (const std::exception& e) {
            std::cerr << e.what() << "\n";
            return 2;
        }
    }
    if (!args.report.empty() || !args.report_dir.empty()) {
        try {
            if (!args.report.empty()) validate::write_report(round, result, args.report, lang);
            if (!args.report_dir.empty()) validate::write_committee_reports(round, result, args.report_dir, lang);
        } catch (const std::exception& e) {
            std::cerr << e.what() << "\n";
            return 2;
        }
    }
    return result.has_errors() ? 1 : 0;
}

}  // namespace ramkoll::cli
