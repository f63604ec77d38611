// The check of a round: files → committees → submissions → rule findings, reading findings and
// the built-in checks across files (duplicates, internal agreements, committees without a
// file), ordered by committee.
#include "validate/check.hpp"

#include "common/message.hpp"
#include "common/parallel.hpp"
#include "rules/agreements.hpp"
#include "rules/evaluator.hpp"
#include "submission/committee_identity.hpp"
#include "submission/read_submission.hpp"
#include "validate/internal_agreements.hpp"
#include "validate/list_rows.hpp"
#include "xlsx/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <stdexcept>

namespace ramkoll::validate {

namespace fs = std::filesystem;

namespace {

// The --committee override for a file: by the path as given or by its file name.
std::string override_for(const fs::path& path, const Options& options) {
    for (const auto& [file, code] : options.committee_of_file)
        if (names_file(file, path)) return code;
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

}  // namespace

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
        if (const auto list = rules::list_read(annex.table)) read.at(*list) = true;
        if (const auto* rows = std::get_if<rules::RowsTable>(&annex.table))
            for (const auto& row : rows->rows) mark(row.program);
    }
    if (const auto agreements = rules::agreements_list(round.form)) read.at(agreements->list) = true;
    return read;
}

bool names_file(const std::string& given, const fs::path& path) {
    const fs::path named(given);
    std::error_code e1, e2;
    return named == path || named.filename() == path.filename() ||
           fs::weakly_canonical(named, e1) == fs::weakly_canonical(path, e2);
}

bool Result::has_errors() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == rules::Severity::error; });
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

namespace {

// One check under way: the files read, what the round's rules found, and the result built up.
class Checking {
public:
    Checking(const rules::Round& round, const Options& options) : round_(round), options_(options), lang_(options.lang) {}

    // Reads every file in parallel, each into its own slot, taken in file order; an unreadable
    // one becomes a finding and the others go on. Rows of a list that no rule and no annex reads
    // are dropped once read (their reading findings are kept): with hundreds of optional
    // Basenheter rows per file they would hold most of the memory.
    void read(const std::vector<fs::path>& files) {
        const std::vector<bool> list_read = lists_read(round_);
        struct Outcome {
            std::string code;
            std::optional<submission::Submission> submission;
            std::string error;
        };
        std::vector<Outcome> outcomes(files.size());
        parallel_for(files.size(), [&](std::size_t i) {
            const auto& path = files[i];
            auto& out = outcomes[i];
            out.code = override_for(path, options_);
            try {
                auto sub = submission::read_submission(path, round_, out.code, options_.limits);
                if (!out.code.empty()) {
                    sub.committee_code = out.code;
                    std::erase_if(sub.findings, [](const submission::ReadingFinding& r) {
                        return r.problem == submission::ReadingProblem::committee_unknown ||
                               r.problem == submission::ReadingProblem::committee_conflict;   // settled by --committee
                    });
                }
                for (std::size_t l = 0; l < sub.lists.size() && l < list_read.size(); ++l)
                    if (!list_read[l]) std::vector<submission::ListRow>().swap(sub.lists[l]);
                out.submission = std::move(sub);
            } catch (const xlsx::Error& e) {
                out.error = xlsx::describe(e, lang_);
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
            reads_.push_back({files[i], std::move(*out.submission), fs::last_write_time(files[i], ignored)});
        }
    }

    // Links out of an input folder were not followed (inputs::collect_files): says so, for the
    // committee the file name names.
    void report_links_not_followed() {
        for (const auto& link : options_.links_not_followed) {
            std::error_code ec;
            const auto target = fs::read_symlink(link, ec);
            findings_.push_back({FindingKind::unreadable, submission::committee_from_file_name(link, round_),
                                 link.filename().string(), {}, {},
                                 std::string(tr(lang_, "Länk ut ur mappen", "Link out of the folder")), rules::Severity::warning,
                                 {}, {},
                                 say(lang_, {"{} är en symbolisk länk till {} utanför mappen; den följs inte och filen läses inte",
                                             "{} is a symbolic link to {} outside the folder; it is not followed and the file is not read"},
                                     link.filename().string(), target.string())});
        }
    }

    // Of two files for one committee one is used (see preferred()), the others are reported;
    // the reading findings of the files used are taken over. A file whose name and metadata
    // name different committees is used for neither: it is reported, for the committee its name
    // names, and never replaces the other committee's own file.
    void choose_files() {
        std::map<std::string, const Read*> chosen;
        for (const auto& r : reads_) {
            const auto& code = r.submission.committee_code;
            if (code.empty() || round_.committee(code) == nullptr || conflict_of(r)) continue;
            auto [it, inserted] = chosen.try_emplace(code, &r);
            if (!inserted && preferred(r, *it->second)) it->second = &r;
        }
        for (const auto& r : reads_) {
            if (const auto* conflict = conflict_of(r)) {
                result_.files.push_back({r.path, conflict->subject, false});
                findings_.push_back(reading_finding(*conflict, conflict->subject));
                continue;
            }
            const auto& code = r.submission.committee_code;
            const auto it = chosen.find(code);
            const bool is_used = it == chosen.end() || it->second == &r;
            result_.files.push_back({r.path, code, is_used && it != chosen.end()});
            if (!is_used) {
                findings_.push_back({FindingKind::duplicate, code, r.path.filename().string(), {}, {},
                                     std::string(tr(lang_, "Flera filer för samma nämnd", "Several files for one committee")),
                                     rules::Severity::warning, {}, {},
                                     say(lang_, {"{} har också lämnat {}, som används ({}); den här filen granskas inte",
                                                 "{} also submitted {}, which is used ({}); this file is not checked"},
                                         code, it->second->path.filename().string(), why_preferred(*it->second, r, lang_))});
                continue;
            }
            for (const auto& rf : r.submission.findings) findings_.push_back(reading_finding(rf, code));
            if (it != chosen.end()) used_.push_back(&r.submission);
        }
    }

    // The rules per submission, then across all of them, then the internal agreements.
    void run_rules() {
        const rules::Evaluator evaluator(round_);
        for (const auto* sub : used_)
            for (const auto& rf : evaluator.check(*sub)) add_rule_finding(rf, sub);
        const std::vector<const rules::SubmissionValues*> values(used_.begin(), used_.end());
        for (const auto& rf : evaluator.check_all(values)) add_rule_finding(rf, nullptr);
        for (auto& f : check_internal_agreements(round_, used_, lang_)) findings_.push_back(std::move(f));
        for (auto& f : check_list_signs(round_, used_, lang_)) findings_.push_back(std::move(f));
        for (auto& f : check_unread_list_rows(round_, used_, lang_)) findings_.push_back(std::move(f));
        for (const auto* sub : used_) {
            const auto previous = options_.previous_lines.find(sub->committee_code);
            const auto* lines = previous == options_.previous_lines.end() ? nullptr : &previous->second;
            if (auto f = check_scale(round_, *sub, lines, lang_)) findings_.push_back(std::move(*f));
        }
    }

    // Committees of the round without any file.
    void report_missing_submissions() {
        for (const auto& c : round_.committees) {
            const bool has_file = std::any_of(result_.files.begin(), result_.files.end(),
                                              [&](const CheckedFile& f) { return f.committee == c.code; });
            if (has_file) continue;
            std::string message = c.deadline
                ? say(lang_, {"{} ({}) har inte lämnat något underlag; sista dag är {}", "{} ({}) has not submitted; the deadline is {}"},
                      c.name, c.code, *c.deadline)
                : say(lang_, {"{} ({}) har inte lämnat något underlag", "{} ({}) has not submitted"}, c.name, c.code);
            for (const auto& r : reads_)
                if (const auto* conflict = conflict_of(r); conflict && r.submission.committee_code == c.code)
                    message += say(lang_, {" ({} är {}:s mall enligt metadata men {}:s enligt filnamnet; den används inte)",
                                           " ({} is {}'s template by its metadata but {}'s by its name; it is not used)"},
                                   r.path.filename().string(), c.code, conflict->subject);
            findings_.push_back({FindingKind::not_submitted, c.code, {}, {}, {},
                                 std::string(tr(lang_, "Underlag saknas", "Submission missing")), rules::Severity::error, {}, {},
                                 std::move(message)});
        }
    }

    // The findings grouped by committee in the round's order, then files of no known committee,
    // then rules across submissions (within a group in the order found), and the submissions used.
    Result finish() && {
        // Each finding's group found once (by the round's index of codes), not in every comparison.
        auto group = [&](const Finding& f) -> std::size_t {
            if (const auto* c = round_.committee(f.committee)) return static_cast<std::size_t>(c - round_.committees.data());
            return f.kind == FindingKind::rule && f.committee.empty() ? round_.committees.size() + 1 : round_.committees.size();
        };
        std::vector<std::pair<std::size_t, Finding>> grouped;
        grouped.reserve(findings_.size());
        for (auto& f : findings_) grouped.emplace_back(group(f), std::move(f));
        std::stable_sort(grouped.begin(), grouped.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        result_.findings.reserve(grouped.size());
        for (auto& entry : grouped) result_.findings.push_back(std::move(entry.second));
        for (auto& r : reads_)
            if (std::find(used_.begin(), used_.end(), &r.submission) != used_.end())
                result_.submissions.push_back(std::move(r.submission));
        return std::move(result_);
    }

private:
    // The finding that the file name and the metadata name different committees, or nullptr.
    static const submission::ReadingFinding* conflict_of(const Read& r) {
        for (const auto& rf : r.submission.findings)
            if (rf.problem == submission::ReadingProblem::committee_conflict) return &rf;
        return nullptr;
    }

    Finding reading_finding(const submission::ReadingFinding& rf, const std::string& committee) const {
        return {FindingKind::reading, committee, rf.where.file, rf.where.sheet, rf.where.cell,
                submission::title(rf.problem, lang_), submission::severity(rf.problem), {}, {},
                submission::describe(rf, lang_)};
    }

    void unreadable(const fs::path& path, const std::string& code, std::string message) {
        const std::string committee = code.empty() ? submission::committee_from_file_name(path, round_) : code;
        result_.files.push_back({path, committee, false});
        findings_.push_back({FindingKind::unreadable, committee, path.filename().string(), {}, {},
                             std::string(tr(lang_, "Filen kan inte läsas", "The file cannot be read")),
                             rules::Severity::error, {}, {}, std::move(message)});
    }

    // A rule's finding, at the cell of the line and year it is about when the submission has one,
    // else at the cell of the list it reads (list_cell()).
    void add_rule_finding(const rules::Finding& rf, const submission::Submission* sub) {
        const auto& rule = round_.rules[rf.rule];
        Finding f{FindingKind::rule, rf.committee, {}, {}, {}, rules::rule_title(rule, lang_), rule.severity, rf.year, {},
                  rules::describe(round_, rf, lang_)};
        if (rf.outcome == rules::Outcome::failed) f.values = Values{rf.expected, rf.actual, rf.difference, rule.kind};
        if (sub != nullptr) {
            f.file = sub->file();
            const auto* amount = (rf.line && rf.year) ? sub->line_amount(*rf.line, *rf.year) : nullptr;
            const auto* source = amount != nullptr ? &amount->source : list_cell(rule, *sub, rf.year);
            if (source != nullptr) {
                f.sheet = source->sheet;
                f.cell = source->cell;
            }
        } else {
            locate_across(rule, f);
        }
        findings_.push_back(std::move(f));
    }

    // The cell of a rule over a list (sum(Satsningar.Belopp) …): of the first list it reads, left
    // side first, the first row it takes (the one row, when its filter takes one) with a value in
    // the column and year read, else that row's first cell, else the list's first row. nullptr
    // for a list without rows.
    const submission::Source* list_cell(const rules::CompiledRule& rule, const submission::Submission& sub,
                                        std::optional<int> year) const {
        for (const auto* program : {&rule.actual, &rule.expected})
            for (const auto& in : *program)
                if (in.op == rules::Instruction::Op::list_column && in.index >= 0)
                    if (const auto* source = cell_read(in, sub, year)) return source;
        return nullptr;
    }

    // Across all submissions: the file and cell of the first list the rule reads, directly or
    // through the annex rows it names (Balansbudget.Tillgångar), in the first submission that
    // fills it; the finding is then about that list's row.
    void locate_across(const rules::CompiledRule& rule, Finding& f) const {
        for (const auto* program : {&rule.actual, &rule.expected})
            if (const auto* in = first_list_read(*program))
                for (const auto* sub : used_) {
                    const auto list = static_cast<std::size_t>(in->index);
                    if (!round_.fills(round_.form.lists[list], sub->committee_code)) continue;
                    if (const auto* source = cell_read(*in, *sub, f.year)) {
                        f.file = sub->file();
                        f.sheet = source->sheet;
                        f.cell = source->cell;
                        return;
                    }
                }
    }

    // The first list read of a program, looking into the annex rows it reads (a total's first term).
    const rules::Instruction* first_list_read(const rules::Program& program) const {
        for (const auto& in : program) {
            if (in.op == rules::Instruction::Op::list_column && in.index >= 0) return &in;
            if (in.op != rules::Instruction::Op::annex_row) continue;
            const auto& rows = std::get<rules::RowsTable>(round_.annexes[static_cast<std::size_t>(in.index)].table).rows;
            std::size_t row = static_cast<std::size_t>(in.column);
            while (rows[row].is_total()) row = rows[row].terms.front().second;
            if (const auto* found = first_list_read(rows[row].program)) return found;
        }
        return nullptr;
    }

    // The cell a list read takes in a submission, as list_cell() describes; nullptr without rows.
    const submission::Source* cell_read(const rules::Instruction& in, const submission::Submission& sub,
                                        std::optional<int> year) const {
        const auto list = static_cast<std::size_t>(in.index);
        const auto& rows = sub.lists.at(list);
        if (rows.empty()) return nullptr;
        const std::vector<int> years = year ? std::vector<int>{*year} : round_.form.lists[list].years;   // each submission: any year
        const submission::Source* first_taken = nullptr;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (in.filter_column >= 0 && sub.text(list, r, static_cast<std::size_t>(in.filter_column)) != in.filter_text)
                continue;
            if (const auto* source = cell_in(rows[r], list, in.column, years)) return source;
            if (first_taken == nullptr) first_taken = first_cell(rows[r]);
        }
        return first_taken != nullptr ? first_taken : first_cell(rows.front());
    }

    // The cell of column `column` of a list row in one of `years`, or nullptr.
    const submission::Source* cell_in(const submission::ListRow& row, std::size_t list, int column,
                                      const std::vector<int>& years) const {
        if (column < 0) return nullptr;
        const auto c = static_cast<std::size_t>(column);
        switch (round_.form.lists[list].columns.at(c).kind) {
        case rules::ColumnKind::text:
        case rules::ColumnKind::committee: {
            const auto it = row.texts.find(c);
            return it == row.texts.end() ? nullptr : &it->second.source;
        }
        case rules::ColumnKind::amount: {
            const auto it = row.amounts.find({c, 0});
            return it == row.amounts.end() ? nullptr : &it->second.source;
        }
        case rules::ColumnKind::amount_per_year:
            for (int y : years)
                if (const auto it = row.amounts.find({c, y}); it != row.amounts.end()) return &it->second.source;
            return nullptr;
        }
        return nullptr;
    }

    // A list row's leftmost cell read.
    static const submission::Source* first_cell(const submission::ListRow& row) {
        const submission::Source* text = row.texts.empty() ? nullptr : &row.texts.begin()->second.source;
        const submission::Source* amount = row.amounts.empty() ? nullptr : &row.amounts.begin()->second.source;
        if (text == nullptr || amount == nullptr) return text != nullptr ? text : amount;
        return row.texts.begin()->first < row.amounts.begin()->first.first ? text : amount;
    }

    const rules::Round& round_;
    const Options& options_;
    const Lang lang_;
    Result result_;
    std::vector<Finding> findings_;
    std::vector<Read> reads_;
    std::vector<const submission::Submission*> used_;
};

}  // namespace

Result check(const rules::Round& round, const std::vector<fs::path>& files, const Options& options) {
    Checking checking(round, options);
    checking.read(files);
    checking.report_links_not_followed();
    checking.choose_files();
    checking.run_rules();
    checking.report_missing_submissions();
    return std::move(checking).finish();
}

}  // namespace ramkoll::validate
