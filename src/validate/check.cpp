// The check of a round: files → committees → submissions → rule findings, reading findings and
// the built-in checks across files (duplicates, committees without a file), ordered by committee.
#include "validate/check.hpp"

#include "rules/evaluator.hpp"
#include "submission/read_submission.hpp"
#include "xlsx/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace ramkoll::validate {

namespace fs = std::filesystem;

namespace {

bool workbook_like(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".xlsb" || ext == ".ods";
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

// A committee code standing alone in the file name ("TN-2024.xlsx"); for files that cannot be
// opened, so the unreadable file is reported under its committee.
std::string committee_from_file_name(const fs::path& path, const rules::Round& round) {
    std::string token;
    for (char ch : path.stem().string() + " ") {
        if (std::isalnum(static_cast<unsigned char>(ch))) {
            token += ch;
            continue;
        }
        for (const auto& c : round.committees)
            if (!token.empty() && upper(c.code) == upper(token)) return c.code;
        token.clear();
    }
    return {};
}

// The --committee override for a file: by the path as given or by its file name.
std::string override_for(const fs::path& path, const Options& options) {
    for (const auto& [file, code] : options.committee_of_file) {
        const fs::path given(file);
        std::error_code e1, e2;
        if (given == path || given.filename() == path.filename() ||
            fs::weakly_canonical(given, e1) == fs::weakly_canonical(path, e2))
            return code;
    }
    return {};
}

// The name a reading finding is listed under, like a rule's name.
std::string reading_rule(submission::ReadingProblem problem, Lang lang) {
    using P = submission::ReadingProblem;
    switch (problem) {
    case P::number_as_text: return std::string(tr(lang, "Tal skrivet som text", "Number stored as text"));
    case P::uncomputed_formula: return std::string(tr(lang, "Formel utan värde", "Uncalculated formula"));
    case P::not_a_number: return std::string(tr(lang, "Text i beloppscell", "Text in an amount cell"));
    case P::error_value: return std::string(tr(lang, "Felvärde i beloppscell", "Error value in an amount cell"));
    case P::line_missing: return std::string(tr(lang, "Rad saknas", "Line missing"));
    case P::year_missing: return std::string(tr(lang, "År saknas", "Year missing"));
    case P::column_missing: return std::string(tr(lang, "Kolumn saknas", "Column missing"));
    case P::committee_unknown: return std::string(tr(lang, "Okänd nämnd", "Unknown committee"));
    case P::round_mismatch: return std::string(tr(lang, "Mall för annan omgång", "Template of another round"));
    case P::template_damaged: return std::string(tr(lang, "Skadad mall", "Damaged template"));
    }
    return {};
}

struct Read {
    fs::path path;
    submission::Submission submission;
    fs::file_time_type time;
};

}  // namespace

std::string location(const Finding& f) {
    if (f.file.empty()) return {};
    if (f.sheet.empty()) return f.file;
    if (!f.cell) return f.file + "!" + f.sheet;
    return f.file + "!" + f.sheet + "!" + xlsx::to_string(*f.cell);
}

bool Result::has_errors() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == rules::Severity::error; });
}

Status status_of(const std::vector<const Finding*>& findings) {
    Status status = Status::ok;
    for (const auto* f : findings) {
        if (f->severity == rules::Severity::error) return Status::errors;
        if (f->severity == rules::Severity::warning) status = Status::warnings;
    }
    return status;
}

std::string_view status_word(Status status, Lang lang) {
    switch (status) {
    case Status::ok: return "OK";
    case Status::warnings: return tr(lang, "varningar", "warnings");
    case Status::errors: return tr(lang, "fel", "errors");
    }
    return "OK";
}

std::string_view severity_word(rules::Severity severity, Lang lang) {
    switch (severity) {
    case rules::Severity::error: return tr(lang, "fel", "error");
    case rules::Severity::warning: return tr(lang, "varning", "warning");
    case rules::Severity::info: return "info";
    }
    return "info";
}

std::vector<fs::path> collect_files(const std::vector<fs::path>& inputs) {
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        if (fs::is_directory(input)) {
            std::vector<fs::path> found;
            for (const auto& entry : fs::directory_iterator(input)) {
                const auto name = entry.path().filename().string();
                if (!entry.is_regular_file() || name.starts_with("~$") || name.starts_with(".")) continue;
                if (workbook_like(entry.path())) found.push_back(entry.path());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(input)) {
            files.push_back(input);
        } else {
            throw std::runtime_error(input.string());
        }
    }
    return files;
}

Result check(const rules::Round& round, const std::vector<fs::path>& files, const Options& options) {
    const Lang lang = options.lang;
    Result result;
    std::vector<Finding> findings;
    std::vector<Read> reads;

    // Read every file; an unreadable one becomes a finding and the others go on.
    auto unreadable = [&](const fs::path& path, const std::string& code, std::string message) {
        const std::string committee = code.empty() ? committee_from_file_name(path, round) : code;
        result.files.push_back({path, committee, false});
        findings.push_back({FindingKind::unreadable, committee, path.filename().string(), {}, {},
                            std::string(tr(lang, "Filen kan inte läsas", "The file cannot be read")),
                            rules::Severity::error, {}, {}, std::move(message)});
    };
    for (const auto& path : files) {
        const std::string code = override_for(path, options);
        const std::string name = path.filename().string();
        try {
            auto sub = submission::read_submission(path, round, code);
            if (!code.empty()) {
                sub.committee_code = code;
                std::erase_if(sub.findings, [](const submission::ReadingFinding& r) {
                    return r.problem == submission::ReadingProblem::committee_unknown;
                });
            }
            std::error_code ignored;
            reads.push_back({path, std::move(sub), fs::last_write_time(path, ignored)});
        } catch (const xlsx::Error& e) {
            unreadable(path, code, xlsx::describe(e, lang));
        } catch (const std::exception& e) {   // anything else the reader could not cope with
            unreadable(path, code, fmt::format("{}: {}", name, e.what()));
        }
    }

    // Two files for one committee: the newest is used, the others are reported.
    std::map<std::string, const Read*> newest;
    for (const auto& r : reads) {
        const auto& code = r.submission.committee_code;
        if (code.empty() || round.committee(code) == nullptr) continue;
        auto [it, inserted] = newest.try_emplace(code, &r);
        if (!inserted && (r.time > it->second->time || (r.time == it->second->time && r.path > it->second->path)))
            it->second = &r;
    }
    std::vector<const submission::Submission*> used;
    std::vector<const rules::SubmissionValues*> used_values;
    for (const auto& r : reads) {
        const auto& code = r.submission.committee_code;
        const auto it = newest.find(code);
        const bool is_used = it == newest.end() || it->second == &r;
        result.files.push_back({r.path, code, is_used && it != newest.end()});
        if (!is_used) {
            findings.push_back({FindingKind::duplicate, code, r.path.filename().string(), {}, {},
                                std::string(tr(lang, "Flera filer för samma nämnd", "Several files for one committee")),
                                rules::Severity::warning, {}, {},
                                fmt::format(fmt::runtime(tr(lang, "{} har också lämnat {}, som är nyare och används; den här filen granskas inte",
                                                            "{} also submitted {}, which is newer and is used; this file is not checked")),
                                            code, it->second->path.filename().string())});
            continue;
        }
        for (const auto& rf : r.submission.findings) {
            findings.push_back({FindingKind::reading, code, rf.where.file, rf.where.sheet, rf.where.cell,
                                reading_rule(rf.problem, lang), submission::severity(rf.problem), {}, {},
                                submission::describe(rf, lang)});
        }
        if (it != newest.end()) {
            used.push_back(&r.submission);
            used_values.push_back(&r.submission);
        }
    }

    // The rules: per submission, then across all of them.
    const rules::Evaluator evaluator(round);
    auto add_rule_finding = [&](const rules::Finding& rf, const submission::Submission* sub) {
        const auto& rule = round.rules[rf.rule];
        Finding f{FindingKind::rule, rf.committee, {}, {}, {}, rules::rule_title(rule, lang), rule.severity, rf.year, {},
                  rules::describe(round, rf, lang)};
        if (rf.outcome == rules::Outcome::failed) f.values = Values{rf.expected, rf.actual, rf.difference, rule.kind};
        if (sub != nullptr) {
            f.file = sub->file();
            const auto* amount = (rf.line && rf.year) ? sub->line_amount(*rf.line, *rf.year) : nullptr;
            if (amount != nullptr) {
                f.sheet = amount->source.sheet;
                f.cell = amount->source.cell;
            }
        }
        findings.push_back(std::move(f));
    };
    for (const auto* sub : used)
        for (const auto& rf : evaluator.check(*sub)) add_rule_finding(rf, sub);
    for (const auto& rf : evaluator.check_all(used_values)) add_rule_finding(rf, nullptr);

    // Committees of the round without any file.
    for (const auto& c : round.committees) {
        const bool has_file = std::any_of(result.files.begin(), result.files.end(),
                                          [&](const CheckedFile& f) { return f.committee == c.code; });
        if (has_file) continue;
        std::string message = c.deadline
            ? fmt::format(fmt::runtime(tr(lang, "{} ({}) har inte lämnat något underlag; sista dag är {}",
                                          "{} ({}) has not submitted; the deadline is {}")), c.name, c.code, *c.deadline)
            : fmt::format(fmt::runtime(tr(lang, "{} ({}) har inte lämnat något underlag", "{} ({}) has not submitted")), c.name, c.code);
        findings.push_back({FindingKind::not_submitted, c.code, {}, {}, {},
                            std::string(tr(lang, "Underlag saknas", "Submission missing")), rules::Severity::error, {}, {},
                            std::move(message)});
    }

    // Grouped by committee in the round's order, then files of no known committee, then rules
    // across submissions; within a group in the order found.
    auto group = [&](const Finding& f) -> std::size_t {
        for (std::size_t i = 0; i < round.committees.size(); ++i)
            if (round.committees[i].code == f.committee) return i;
        return f.kind == FindingKind::rule && f.committee.empty() ? round.committees.size() + 1 : round.committees.size();
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b) { return group(a) < group(b); });
    result.findings = std::move(findings);
    for (auto& r : reads)
        if (std::find(used.begin(), used.end(), &r.submission) != used.end()) result.submissions.push_back(std::move(r.submission));
    return result;
}

}  // namespace ramkoll::validate
