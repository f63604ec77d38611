// The check of a round: files → committees → submissions → rule findings, reading findings and
// the built-in checks across files (duplicates, internal agreements, committees without a
// file), ordered by committee.
#include "validate/check.hpp"

#include "common/message.hpp"
#include "common/parallel.hpp"
#include "rules/agreements.hpp"
#include "rules/evaluator.hpp"
#include "submission/read_submission.hpp"
#include "validate/internal_agreements.hpp"
#include "xlsx/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
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
    case P::macros_ignored: return std::string(tr(lang, "Makron körs inte", "Macros ignored"));
    case P::external_link_ignored: return std::string(tr(lang, "Extern länk följs inte", "External link not followed"));
    case P::data_connection_ignored: return std::string(tr(lang, "Dataanslutning uppdateras inte", "Data connection not refreshed"));
    }
    return {};
}

struct Read {
    fs::path path;
    submission::Submission submission;
    fs::file_time_type time;
};

// Which of two files for one committee is used: a ramkoll template (read by its metadata)
// before a free-form workbook, then the newer file time, then the file name that sorts last
// ("HSN-2024-v3.xlsx" before "HSN-2024-v2.xlsx"), then the path: the same files always give
// the same choice, also where file times are all alike (a fresh git checkout).
bool preferred(const Read& a, const Read& b) {
    const bool a_template = a.submission.layout == submission::Layout::ramkoll_template;
    const bool b_template = b.submission.layout == submission::Layout::ramkoll_template;
    if (a_template != b_template) return a_template;
    if (a.time != b.time) return a.time > b.time;
    if (a.path.filename() != b.path.filename()) return a.path.filename() > b.path.filename();
    return a.path > b.path;
}

// Why preferred(a, b) holds, for the duplicate's message.
std::string_view why_preferred(const Read& a, const Read& b, Lang lang) {
    if (a.submission.layout != b.submission.layout)
        return tr(lang, "en ifylld mall går före en egen tabell", "a filled template goes before a table of its own");
    if (a.time != b.time) return tr(lang, "nyare fil", "newer file");
    return tr(lang, "filnamnet sorteras sist", "its file name sorts last");
}

// Which list sections of the form a rule, an annex or the agreements check reads.
std::vector<bool> lists_read(const rules::Round& round) {
    std::vector<bool> read(round.form.lists.size(), false);
    auto mark = [&](const rules::Program& program) {
        for (const auto& in : program)
            if (in.op == rules::Instruction::Op::list_column && in.index >= 0)
                read.at(static_cast<std::size_t>(in.index)) = true;
    };
    for (const auto& rule : round.rules) {
        mark(rule.actual);
        mark(rule.expected);
    }
    for (const auto& annex : round.annexes) {
        if (annex.kind == rules::AnnexKind::items || annex.kind == rules::AnnexKind::agreements)
            read.at(annex.list) = true;
        for (const auto& row : annex.rows) mark(row.program);
    }
    if (const auto agreements = rules::agreements_list(round.form)) read.at(agreements->list) = true;
    return read;
}

}  // namespace

std::string location(const Finding& f) {
    if (f.file.empty()) return {};
    if (f.sheet.empty()) return f.file;
    if (!f.cell) return f.file + "!" + xlsx::quote_sheet_name(f.sheet);
    return f.file + "!" + xlsx::quote_sheet_name(f.sheet) + "!" + xlsx::to_string(*f.cell);
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

void Tally::add(const Finding& finding) {
    findings.push_back(&finding);
    errors += finding.severity == rules::Severity::error;
    warnings += finding.severity == rules::Severity::warning;
}

Tally tally(const Result& result, std::string_view committee) {
    Tally out;
    for (const auto& f : result.findings)
        if (f.committee == committee) out.add(f);
    return out;
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

std::string_view status_key(Status status) {
    switch (status) {
    case Status::ok: return "ok";
    case Status::warnings: return "warnings";
    case Status::errors: return "errors";
    }
    return "ok";
}

std::string_view severity_key(rules::Severity severity) {
    switch (severity) {
    case rules::Severity::error: return "error";
    case rules::Severity::warning: return "warning";
    case rules::Severity::info: return "info";
    }
    return "info";
}

std::string_view kind_key(FindingKind kind) {
    switch (kind) {
    case FindingKind::rule: return "rule";
    case FindingKind::reading: return "reading";
    case FindingKind::unreadable: return "unreadable";
    case FindingKind::duplicate: return "duplicate";
    case FindingKind::not_submitted: return "not_submitted";
    }
    return "rule";
}

std::vector<fs::path> collect_files(const std::vector<fs::path>& inputs, std::vector<fs::path>* links_not_followed) {
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        if (fs::is_directory(input)) {
            std::vector<fs::path> found;
            const fs::path folder = fs::weakly_canonical(input);
            for (const auto& entry : fs::directory_iterator(input)) {
                const auto name = entry.path().filename().string();
                if (!entry.is_regular_file() || name.starts_with("~$") || name.starts_with(".")) continue;
                if (entry.is_symlink()) {
                    const auto inside = fs::weakly_canonical(entry.path()).lexically_relative(folder);
                    if (inside.empty() || *inside.begin() == "..") {
                        if (links_not_followed && workbook_like(entry.path())) links_not_followed->push_back(entry.path());
                        continue;
                    }
                }
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

std::vector<std::string> committees_in_error(const rules::Round& round, const Result& result, Lang lang) {
    std::set<std::string> codes;
    bool unknown = false, across = false;
    for (const auto& f : result.findings) {
        if (f.severity != rules::Severity::error) continue;
        if (round.committee(f.committee)) codes.insert(f.committee);
        else if (f.kind == FindingKind::rule && f.committee.empty()) across = true;
        else unknown = true;
    }
    std::vector<std::string> out;
    for (const auto& c : round.committees)
        if (codes.count(c.code)) out.push_back(fmt::format("{} {}", c.code, c.name));
    if (unknown) out.emplace_back(tr(lang, "filer utan känd nämnd", "files of no known committee"));
    if (across) out.emplace_back(tr(lang, "regler över alla nämnder", "rules across all committees"));
    return out;
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
    // The files are read in parallel, each into its own slot, and taken in file order. Rows of
    // a list that no rule and no annex reads are dropped once read (their reading findings are
    // kept): with hundreds of optional Basenheter rows per file they would hold most of the memory.
    const std::vector<bool> list_read = lists_read(round);
    struct Outcome {
        std::string code;
        std::optional<submission::Submission> submission;
        std::string error;
    };
    std::vector<Outcome> outcomes(files.size());
    parallel_for(files.size(), [&](std::size_t i) {
        const auto& path = files[i];
        auto& out = outcomes[i];
        out.code = override_for(path, options);
        try {
            auto sub = submission::read_submission(path, round, out.code, options.limits);
            if (!out.code.empty()) {
                sub.committee_code = out.code;
                std::erase_if(sub.findings, [](const submission::ReadingFinding& r) {
                    return r.problem == submission::ReadingProblem::committee_unknown;
                });
            }
            for (std::size_t l = 0; l < sub.lists.size() && l < list_read.size(); ++l)
                if (!list_read[l]) std::vector<submission::ListRow>().swap(sub.lists[l]);
            out.submission = std::move(sub);
        } catch (const xlsx::Error& e) {
            out.error = xlsx::describe(e, lang);
        } catch (const std::exception& e) {   // anything else the reader could not cope with
            out.error = fmt::format("{}: {}", path.filename().string(), e.what());
        }
    });
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto& out = outcomes[i];
        if (!out.submission) {
            unreadable(files[i], out.code, std::move(out.error));
            continue;
        }
        std::error_code ignored;
        reads.push_back({files[i], std::move(*out.submission), fs::last_write_time(files[i], ignored)});
    }

    // Links out of an input folder were not followed (collect_files): say so, for the committee
    // the file name names.
    for (const auto& link : options.links_not_followed) {
        std::error_code ec;
        const auto target = fs::read_symlink(link, ec);
        findings.push_back({FindingKind::unreadable, committee_from_file_name(link, round), link.filename().string(), {}, {},
                            std::string(tr(lang, "Länk ut ur mappen", "Link out of the folder")), rules::Severity::warning,
                            {}, {},
                            say(lang, {"{} är en symbolisk länk till {} utanför mappen; den följs inte och filen läses inte",
                                       "{} is a symbolic link to {} outside the folder; it is not followed and the file is not read"},
                                link.filename().string(), target.string())});
    }

    // Two files for one committee: one is used (see preferred()), the others are reported.
    std::map<std::string, const Read*> chosen;
    for (const auto& r : reads) {
        const auto& code = r.submission.committee_code;
        if (code.empty() || round.committee(code) == nullptr) continue;
        auto [it, inserted] = chosen.try_emplace(code, &r);
        if (!inserted && preferred(r, *it->second)) it->second = &r;
    }
    std::vector<const submission::Submission*> used;
    std::vector<const rules::SubmissionValues*> used_values;
    for (const auto& r : reads) {
        const auto& code = r.submission.committee_code;
        const auto it = chosen.find(code);
        const bool is_used = it == chosen.end() || it->second == &r;
        result.files.push_back({r.path, code, is_used && it != chosen.end()});
        if (!is_used) {
            findings.push_back({FindingKind::duplicate, code, r.path.filename().string(), {}, {},
                                std::string(tr(lang, "Flera filer för samma nämnd", "Several files for one committee")),
                                rules::Severity::warning, {}, {},
                                say(lang, {"{} har också lämnat {}, som används ({}); den här filen granskas inte",
                                           "{} also submitted {}, which is used ({}); this file is not checked"},
                                    code, it->second->path.filename().string(), why_preferred(*it->second, r, lang))});
            continue;
        }
        for (const auto& rf : r.submission.findings) {
            findings.push_back({FindingKind::reading, code, rf.where.file, rf.where.sheet, rf.where.cell,
                                reading_rule(rf.problem, lang), submission::severity(rf.problem), {}, {},
                                submission::describe(rf, lang)});
        }
        if (it != chosen.end()) {
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
    for (auto& f : check_internal_agreements(round, used, lang)) findings.push_back(std::move(f));

    // Committees of the round without any file.
    for (const auto& c : round.committees) {
        const bool has_file = std::any_of(result.files.begin(), result.files.end(),
                                          [&](const CheckedFile& f) { return f.committee == c.code; });
        if (has_file) continue;
        std::string message = c.deadline
            ? say(lang, {"{} ({}) har inte lämnat något underlag; sista dag är {}", "{} ({}) has not submitted; the deadline is {}"},
                  c.name, c.code, *c.deadline)
            : say(lang, {"{} ({}) har inte lämnat något underlag", "{} ({}) has not submitted"}, c.name, c.code);
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
