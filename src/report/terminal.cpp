// The findings as terminal text (see terminal.hpp).
#include "report/terminal.hpp"

#include "report/committees.hpp"
#include "report/words.hpp"
#include "rules/evaluator.hpp"
#include "rules/words.hpp"

#include <fmt/format.h>

namespace ramkoll::report {

namespace {

using validate::Status;

// The findings shown together: one committee, files of no known committee, or the rules
// across all submissions.
struct Block {
    std::string title;
    std::vector<std::string> files;
    std::vector<const validate::Finding*> findings;
};

std::vector<Block> blocks(const rules::Round& round, const validate::Result& result, Lang lang) {
    std::vector<Block> out;
    for (auto& entry : committee_entries(round, result))
        out.push_back({fmt::format("{} {}", entry.committee->code, entry.committee->name), std::move(entry.files),
                       std::move(entry.tally.findings)});
    auto others = other_findings(round, result);
    if (!others.unknown_committee.empty())
        out.push_back({heading(Word::unknown_committee, lang), {}, std::move(others.unknown_committee)});
    if (!others.across_committees.empty())
        out.push_back({heading(Word::all_committees, lang), {}, std::move(others.across_committees)});
    return out;
}

Status status_of_severity(rules::Severity severity) {
    switch (severity) {
    case rules::Severity::error: return Status::errors;
    case rules::Severity::warning: return Status::warnings;
    case rules::Severity::info: return Status::ok;
    }
    return Status::ok;
}

}  // namespace

void print_findings(std::ostream& out, const rules::Round& round, const validate::Result& result, Lang lang, bool colour) {
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
        out << fmt::format("{}{}: {}\n", block.title, files, paint(status_word(status, lang), status));
        for (const auto* f : block.findings) {
            const std::string where = validate::location(*f);
            out << fmt::format("  {:<8} {}{}{}{}\n", paint(rules::severity_word(f->severity, lang), status_of_severity(f->severity)),
                               where, where.empty() ? "" : "  ", f->rule, f->year ? fmt::format(" ({})", *f->year) : "");
            if (f->values) {
                const auto& v = *f->values;
                out << fmt::format("           {} {}, {} {}, {} {}\n", word(Word::expected, lang),
                                   rules::format_value(round, v.kind, v.expected), word(Word::actual, lang),
                                   rules::format_value(round, v.kind, v.actual), word(Word::difference, lang),
                                   rules::format_value(round, v.kind, v.difference));
            }
            out << fmt::format("           {}\n", f->message);
        }
    }
}

}  // namespace ramkoll::report
