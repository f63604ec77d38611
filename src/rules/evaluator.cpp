// The stack machine that runs compiled rule programs, the comparison with tolerance, and
// the text of findings.
#include "rules/evaluator.hpp"

#include "common/swedish_number.hpp"
#include "rules/message_template.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include <stdexcept>

namespace ramkoll::rules {

// ---- evaluation ----------------------------------------------------------------------

std::optional<Money> line_value(const Round& round, const SubmissionValues& s, std::size_t line, int year) {
    if (auto v = s.line(line, year)) return v;
    const FormLine& l = round.form.lines[line];
    if (!l.is_total()) return std::nullopt;
    Money sum;
    for (const auto& t : l.terms) {
        auto v = line_value(round, s, t.line, year);
        if (!v) return std::nullopt;
        sum = t.sign > 0 ? sum + *v : sum - *v;
    }
    return sum;
}

struct Evaluator::Result {
    std::optional<Money> value;
    std::string missing;          // set when a value was missing
    bool before_round = false;    // the missing value is a previous year's, before the round's first year
    bool found = false;           // a value was read: a number, a line, a frame, a filled list cell
    bool computable = true;       // false on division by zero or overflow
};

namespace {

// Aggregates values one at a time; count counts them.
struct Accumulator {
    explicit Accumulator(Aggregate a) : aggregate(a) {}
    Aggregate aggregate;
    std::optional<Money> value;
    std::int64_t count = 0;
    void add(Money v) {
        ++count;
        if (!value) value = v;
        else if (aggregate == Aggregate::sum) *value += v;
        else if (aggregate == Aggregate::min) value = std::min(*value, v);
        else if (aggregate == Aggregate::max) value = std::max(*value, v);
    }
    bool found() const { return aggregate == Aggregate::count || count > 0; }
    Money result() const {
        if (aggregate == Aggregate::count) return Money::whole(count);
        return value.value_or(Money{});
    }
};

void add_list_rows(const SubmissionValues& s, const Instruction& in, const FormList& form_list,
                   std::optional<int> year, Accumulator& acc) {
    auto list = static_cast<std::size_t>(in.index);
    for (std::size_t row = 0; row < s.rows(list); ++row) {
        if (in.filter_column >= 0 && s.text(list, row, static_cast<std::size_t>(in.filter_column)) != in.filter_text)
            continue;
        if (in.column < 0) {
            acc.add(Money{});
            continue;
        }
        auto column = static_cast<std::size_t>(in.column);
        const FormColumn& c = form_list.columns[column];
        if (holds_text(c.kind)) {
            if (!s.text(list, row, column).empty()) acc.add(Money{});
            continue;
        }
        if (c.kind == ColumnKind::amount_per_year && !year) {
            // Each submission: a per-year column counts with all its years.
            Money sum;
            bool any = false;
            for (int y : form_list.years)
                if (auto v = s.amount(list, row, column, y)) {
                    sum += *v;
                    any = true;
                }
            if (any) acc.add(sum);
            continue;
        }
        if (auto v = s.amount(list, row, column, year.value_or(0))) acc.add(*v);   // empty cells are not counted
    }
}

}  // namespace

Evaluator::Result Evaluator::run(const Program& program, const Subject& subject, std::optional<int> year) const {
    const SubmissionValues* submission = subject.submission;
    const auto* all = subject.all;
    Result result;
    std::vector<Money> stack;
    stack.reserve(program.size());
    auto year_of = [&](const YearRef& ref) -> int {
        switch (ref.kind) {
        case YearRef::Kind::current: return *year;
        case YearRef::Kind::previous: return *year - 1;
        case YearRef::Kind::fixed: return ref.year;
        }
        return 0;
    };
    // The year an aggregate reads: none in each submission unless one is given.
    auto aggregate_year = [&](const YearRef& ref) -> std::optional<int> {
        if (!year && ref.kind == YearRef::Kind::current) return std::nullopt;
        return year_of(ref);
    };
    // A value the program needs is not there: what it is, and whether it is the previous year's
    // of the round's first year.
    auto lacking = [&](const Instruction& in, std::string what, int of_year) {
        result.missing = std::move(what);
        result.before_round = in.year.kind == YearRef::Kind::previous && !round_.years.empty() && of_year < round_.years.front();
        return result;
    };
    try {
        for (const Instruction& in : program) {
            using Op = Instruction::Op;
            switch (in.op) {
            case Op::constant:
                stack.push_back(in.value);
                result.found = true;
                break;
            case Op::line: {
                const int y = year_of(in.year);
                auto v = line_value(round_, *submission, static_cast<std::size_t>(in.index), y);
                if (!v) return lacking(in, fmt::format("{} {}", round_.form.lines[static_cast<std::size_t>(in.index)].name, y), y);
                stack.push_back(*v);
                result.found = true;
                break;
            }
            case Op::frame: {
                const Committee* c = subject.committee;
                const int y = year_of(in.year);
                const std::vector<Money>* frame = c ? &c->frame : nullptr;
                if (c && !in.filter_text.empty()) {
                    auto part = std::find_if(c->parts.begin(), c->parts.end(),
                                             [&](const Part& p) { return p.code == in.filter_text; });
                    frame = part == c->parts.end() ? nullptr : &part->frame;
                }
                const auto index = round_.year_index(y);
                if (!frame || !index || frame->size() <= *index)
                    return lacking(in, fmt::format("frame {}{} {}", subject.code, in.filter_text.empty() ? "" : " " + in.filter_text, y), y);
                stack.push_back((*frame)[*index]);
                result.found = true;
                break;
            }
            case Op::index: {
                const IndexSeries& series = round_.indices[static_cast<std::size_t>(in.index)];
                const int y = year_of(in.year);
                const auto index = round_.year_index(y);
                if (!index || series.rates.size() <= *index) return lacking(in, fmt::format("index {} {}", series.name, y), y);
                stack.push_back(series.rates[*index]);
                result.found = true;
                break;
            }
            case Op::list_column: {
                const FormList& list = round_.form.lists[static_cast<std::size_t>(in.index)];
                Accumulator acc(in.aggregate);
                const auto y = aggregate_year(in.year);
                // A per-year column has values only for the list's years.
                if (y && in.column >= 0 && list.columns[static_cast<std::size_t>(in.column)].kind == ColumnKind::amount_per_year &&
                    !list.has_year(*y))
                    return lacking(in, fmt::format("{}.{} {}", list.name, list.columns[static_cast<std::size_t>(in.column)].name, *y), *y);
                if (all) {
                    for (const auto* s : *all)
                        if (round_.fills(list, s->committee())) add_list_rows(*s, in, list, y, acc);
                } else {
                    add_list_rows(*submission, in, list, y, acc);
                }
                stack.push_back(acc.result());
                result.found = result.found || acc.found();
                break;
            }
            case Op::all_lines: {
                Accumulator acc(in.aggregate);
                const int y = year_of(in.year);
                if (!round_.in_round(y))
                    return lacking(in, fmt::format("{} {}", round_.form.lines[static_cast<std::size_t>(in.index)].name, y), y);
                for (const auto* s : *all)
                    if (auto v = line_value(round_, *s, static_cast<std::size_t>(in.index), y)) acc.add(*v);
                stack.push_back(acc.result());
                result.found = result.found || acc.found();
                break;
            }
            case Op::all_frames: {
                Accumulator acc(in.aggregate);
                const int y = year_of(in.year);
                const auto index = round_.year_index(y);
                if (!index) return lacking(in, fmt::format("frame {}", y), y);
                for (const auto* s : *all)
                    if (const Committee* c = round_.committee(s->committee()); c && c->frame.size() > *index)
                        acc.add(c->frame[*index]);
                stack.push_back(acc.result());
                result.found = result.found || acc.found();
                break;
            }
            case Op::annex_row: {
                const Annex& annex = round_.annexes[static_cast<std::size_t>(in.index)];
                const auto& rows = std::get<RowsTable>(annex.table).rows;
                const int y = year_of(in.year);
                if (!annex.has_column(y)) return lacking(in, fmt::format("{}.{} {}", annex.name, rows[static_cast<std::size_t>(in.column)].name, y), y);
                // A blank cell of the annex counts as 0, as its formulas count it.
                const auto v = row_value(rows, static_cast<std::size_t>(in.column), *all, y);
                stack.push_back(v.value_or(Money{}));
                result.found = result.found || v.has_value();
                break;
            }
            case Op::negate: stack.back() = -stack.back(); break;
            case Op::absolute: stack.back() = stack.back().abs(); break;
            default: {
                Money b = stack.back();
                stack.pop_back();
                Money& a = stack.back();
                if (in.op == Op::add) a = a + b;
                else if (in.op == Op::subtract) a = a - b;
                else if (in.op == Op::multiply) a = a * b;
                else if (in.op == Op::minimum) a = std::min(a, b);
                else if (in.op == Op::maximum) a = std::max(a, b);
                else a = a / b;
            }
            }
        }
    } catch (const std::exception&) {
        result.computable = false;
        return result;
    }
    result.value = stack.back();
    return result;
}

std::optional<Money> Evaluator::row_value(const std::vector<AnnexRow>& rows, std::size_t row,
                                          const std::vector<const SubmissionValues*>& submissions, int year) const {
    const AnnexRow& r = rows[row];
    if (r.heading) return std::nullopt;
    if (r.is_total()) {   // as the annex's formula: an empty term counts as 0
        Money sum;
        for (const auto& [sign, term] : r.terms) {
            const Money v = row_value(rows, term, submissions, year).value_or(Money{});
            sum = sign < 0 ? sum - v : sum + v;
        }
        return sum;
    }
    std::vector<const SubmissionValues*> taken;
    for (const auto* s : submissions)
        if (r.only.empty() || round_.named(r.only, s->committee())) taken.push_back(s);
    return value(r.program, taken, year);
}

std::optional<Money> Evaluator::value(const Program& program, const std::vector<const SubmissionValues*>& submissions,
                                      int year) const {
    Subject subject;
    subject.all = &submissions;
    Result result = run(program, subject, year);
    if (!result.found) return std::nullopt;   // nothing filled in: the annex leaves it blank
    return result.value;
}

void Evaluator::judge(std::size_t rule_index, const Subject& subject, std::optional<int> year,
                      std::vector<Finding>& out) const {
    const CompiledRule& rule = round_.rules[rule_index];
    Finding f;
    f.rule = rule_index;
    f.committee = subject.code;
    f.year = year;
    f.line = rule.subject_line;
    Result actual = run(rule.actual, subject, year);
    Result expected = actual.value ? run(rule.expected, subject, year) : Result{};
    for (const Result* r : {&actual, &expected}) {
        if (!r->computable) {
            f.outcome = Outcome::not_computable;
            out.push_back(f);
            return;
        }
        if (!r->missing.empty()) {
            // The year before the round's first, where no history gives it: nothing to judge.
            if (r->before_round) return;
            f.outcome = Outcome::missing;
            f.missing = r->missing;
            out.push_back(f);
            return;
        }
    }
    f.actual = *actual.value;
    f.expected = *expected.value;
    try {
        f.difference = f.actual - f.expected;
        Money tolerance = rule.tolerance.relative ? f.expected.abs() * rule.tolerance.value : rule.tolerance.value;
        bool holds = false;
        switch (rule.comparison) {
        case Comparison::equal: holds = f.difference.abs() <= tolerance; break;
        case Comparison::not_equal: holds = f.difference.abs() > tolerance; break;
        case Comparison::less: holds = f.difference < tolerance; break;
        case Comparison::less_equal: holds = f.difference <= tolerance; break;
        case Comparison::greater: holds = f.difference > -tolerance; break;
        case Comparison::greater_equal: holds = f.difference >= -tolerance; break;
        }
        if (holds) return;
    } catch (const std::exception&) {
        f.outcome = Outcome::not_computable;
    }
    out.push_back(f);
}

std::vector<Finding> Evaluator::check(const SubmissionValues& submission) const {
    std::vector<Finding> out;
    Subject subject;
    subject.submission = &submission;
    subject.code = submission.committee();
    subject.committee = round_.committee(subject.code);
    for (std::size_t r = 0; r < round_.rules.size(); ++r) {
        const CompiledRule& rule = round_.rules[r];
        if (rule.scope == Scope::across_submissions) continue;
        if (!rule.only.empty() && std::find(rule.only.begin(), rule.only.end(), subject.code) == rule.only.end())
            continue;
        if (rule.scope == Scope::each_submission) {
            judge(r, subject, std::nullopt, out);
            continue;
        }
        std::size_t first = rule.scope == Scope::each_year_after_first ? 1 : 0;
        for (std::size_t y = first; y < round_.years.size(); ++y) judge(r, subject, round_.years[y], out);
    }
    return out;
}

std::vector<Finding> Evaluator::check_all(const std::vector<const SubmissionValues*>& submissions) const {
    std::vector<Finding> out;
    Subject subject;
    subject.all = &submissions;
    for (std::size_t r = 0; r < round_.rules.size(); ++r) {
        const CompiledRule& rule = round_.rules[r];
        if (rule.scope != Scope::across_submissions) continue;
        // A rule that reads the previous year judges the first year only where a list or an
        // annex holds the year before it (judge leaves out a value before the round).
        for (int year : rule.years) judge(r, subject, year, out);
    }
    return out;
}

// ---- text ------------------------------------------------------------------------------

std::string format_value(const Round& round, ValueKind kind, Money value) {
    if (kind == ValueKind::amount)
        return format_swedish(from_kronor(value, round.unit), 1) + " " + std::string(unit_name(round.unit));
    std::string text = format_swedish(value, Money::decimals);
    while (text.ends_with('0')) text.pop_back();
    if (text.ends_with(',')) text.pop_back();
    return text;
}

std::string rule_title(const CompiledRule& rule, Lang lang) {
    switch (rule.built_in) {
    case BuiltIn::sign: return std::string(tr(lang, "Tecken: ", "Sign: ")) + rule.name;
    case BuiltIn::total: return std::string(tr(lang, "Summa: ", "Total: ")) + rule.name;
    case BuiltIn::none: break;
    }
    return rule.name;
}

namespace {

std::string_view comparison_symbol(Comparison c) {
    switch (c) {
    case Comparison::equal: return "=";
    case Comparison::not_equal: return "≠";
    case Comparison::less: return "<";
    case Comparison::less_equal: return "≤";
    case Comparison::greater: return ">";
    case Comparison::greater_equal: return "≥";
    }
    return "=";
}

}  // namespace

std::string describe(const Round& round, const Finding& f, Lang lang) {
    const CompiledRule& rule = round.rules[f.rule];
    if (f.outcome == Outcome::missing)
        return fmt::format("{}: {} {}", rule_title(rule, lang),
                           tr(lang, "kan inte prövas, värde saknas för", "cannot be checked, no value for"), f.missing);
    if (f.outcome == Outcome::not_computable)
        return fmt::format("{}: {}", rule_title(rule, lang),
                           tr(lang, "kan inte beräknas (division med noll eller för stort belopp)",
                              "cannot be computed (division by zero or amount out of range)"));
    std::string actual = format_value(round, rule.kind, f.actual);
    std::string expected = format_value(round, rule.kind, f.expected);
    std::string difference = format_value(round, rule.kind, f.difference);
    // The message template is the finance staff's own (Swedish) words; English gets the default.
    if (!rule.message || lang == Lang::en)
        return fmt::format("{}: {} {}, {} {} {}, {} {}", rule_title(rule, lang), tr(lang, "faktiskt", "actual"),
                           actual, tr(lang, "väntat", "expected"), comparison_symbol(rule.comparison), expected,
                           tr(lang, "skillnad", "difference"), difference);
    const Money tolerance = rule.tolerance.relative ? f.expected.abs() * rule.tolerance.value : rule.tolerance.value;
    std::array<std::string, placeholder_names.size()> values;
    auto set = [&](Placeholder p, std::string value) { values[static_cast<std::size_t>(p)] = std::move(value); };
    set(Placeholder::expected, expected);
    set(Placeholder::actual, actual);
    set(Placeholder::difference, difference);
    set(Placeholder::tolerance, format_value(round, rule.kind, tolerance));
    set(Placeholder::year, f.year ? std::to_string(*f.year) : std::string());
    set(Placeholder::committee, f.committee);
    set(Placeholder::rule, rule.name);
    set(Placeholder::line, f.line ? round.form.lines[*f.line].label : std::string());
    return fill_placeholders(*rule.message, values);
}

}  // namespace ramkoll::rules
