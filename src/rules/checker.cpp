// The checker: resolves a rule file's statements into a Round, reporting every problem with
// its file:line:column, and compiles each rule's condition into a Program.
#include "rules/checker.hpp"

#include "common/swedish_number.hpp"
#include "rules/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace ramkoll::rules {

namespace {

// What an expression yields: an amount (kronor), a ratio (rate or plain number), or a bare
// number whose meaning the context decides (5 next to an amount is 5 of the round's unit).
enum class Kind { amount, ratio, bare };

std::string join_years(const std::vector<int>& years) {
    std::string out;
    for (int y : years) {
        if (!out.empty()) out += ' ';
        out += std::to_string(y);
    }
    return out;
}

std::string did_you_mean_sv(const std::optional<std::string>& s) {
    return s ? fmt::format(", menade du \"{}\"?", *s) : std::string();
}
std::string did_you_mean_en(const std::optional<std::string>& s) {
    return s ? fmt::format("; did you mean \"{}\"?", *s) : std::string();
}

const std::set<std::string, std::less<>>& placeholders() {
    static const std::set<std::string, std::less<>> names = {
        "väntat", "expected", "faktiskt", "actual", "skillnad", "difference", "år", "year",
        "nämnd", "committee", "regel", "rule", "rad", "line", "tolerans", "tolerance"};
    return names;
}

class Checker {
public:
    explicit Checker(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

    Round run(const std::vector<SourcedStatement>& statements);

private:
    struct Placed {
        const SourceText* source;
        const x3::position_tagged* node;
    };

    void error(const SourceText& source, const x3::position_tagged& node, std::string sv, std::string en) {
        diagnostics_.push_back({source.location(node), std::move(sv), std::move(en)});
    }

    // Declarations.
    void declare_round(const SourceText&, const ast::Statement&);
    void once(const SourceText& source, const x3::position_tagged& node, std::optional<Placed>& seen,
              const char* keyword);
    std::optional<SwedishNumber> number(const SourceText&, const ast::Quantity&);
    std::optional<Unit> amount_unit(const SourceText&, const ast::Quantity&, bool allow_percent);
    std::vector<Money> amounts(const SourceText&, const ast::ValueList&, Unit* written_unit = nullptr);
    std::vector<Money> rates(const SourceText&, const ast::ValueList&);
    bool right_count(const SourceText&, const ast::ValueList&);
    void declare_committee(const SourceText&, const ast::Committee&);
    void check_parts(const SourceText&, const ast::Committee&, const Committee&);
    void declare_form(const SourceText&, const ast::Form&);
    void check_totals();
    void check_result();
    void declare_rule(const SourceText&, const ast::Rule&);

    // Expressions.
    struct Context {
        Context(const SourceText* s, Scope sc) : source(s), scope(sc) {}
        const SourceText* source;
        Scope scope;
        bool ok = true;
        int quiet = 0;                 // > 0 while kinds are recomputed: report nothing twice
        std::optional<std::size_t> first_line;
    };
    Kind kind_of(Context&, const ast::Operand&);
    Kind kind_of(Context&, const ast::Expression&);
    Kind combine(Context&, const x3::position_tagged&, char op, Kind a, Kind b);
    void emit(Context&, const ast::Operand&, Kind want, Program&);
    void emit(Context&, const ast::Expression&, Kind want, Program&);
    std::optional<YearRef> year_ref(Context&, const x3::position_tagged& at, const std::optional<ast::YearSelector>&,
                                    const std::string& what);
    void emit_aggregate(Context&, const ast::Aggregate&, Program&);

    std::string fmt_frame(Money kronor) const { return format_swedish(from_kronor(kronor, round_.frame_unit), 1); }

    Diagnostics& diagnostics_;
    Round round_;
    std::optional<Placed> round_seen_, years_seen_, unit_seen_, tolerance_seen_, frame_tolerance_seen_, result_seen_;
    std::vector<std::pair<const SourceText*, const ast::Committee*>> committees_;
    std::vector<std::pair<const SourceText*, const ast::Form*>> forms_;
    std::vector<std::pair<const SourceText*, const ast::Rule*>> rules_;
    std::vector<std::pair<const SourceText*, const ast::IndexDecl*>> indices_;
    std::vector<std::pair<const SourceText*, const ast::ConstantDecl*>> constants_;
    const ast::ResultDecl* result_decl_ = nullptr;
    const SourceText* result_source_ = nullptr;
    std::map<std::string, Placed, std::less<>> line_places_;
    std::vector<std::pair<const SourceText*, const ast::Total*>> totals_;
};

void Checker::once(const SourceText& source, const x3::position_tagged& node, std::optional<Placed>& seen,
                   const char* keyword) {
    if (seen) {
        int first_line = seen->source->location(*seen->node).line;
        error(source, node, fmt::format("{} anges två gånger (första gången på rad {})", keyword, first_line),
              fmt::format("{} is given twice (first on line {})", keyword, first_line));
    } else {
        seen = Placed{&source, &node};
    }
}

std::optional<SwedishNumber> Checker::number(const SourceText& source, const ast::Quantity& q) {
    auto n = parse_swedish_number(q.number);
    if (!n) {
        error(source, q, fmt::format("ogiltigt tal \"{}\": skriv t.ex. 4 328,9 (högst sex decimaler)", q.number),
              fmt::format("invalid number \"{}\": write e.g. 4 328,9 (at most six decimals)", q.number));
    }
    if (n && q.unit && (*q.unit == "%" || *q.unit == "procent")) n->is_percent = true;
    return n;
}

// The unit of an amount: tkr, mnkr, or the round's unit when none is written.
std::optional<Unit> Checker::amount_unit(const SourceText& source, const ast::Quantity& q, bool allow_percent) {
    if (!q.unit) return round_.unit;
    if (*q.unit == "tkr") return Unit::tkr;
    if (*q.unit == "mnkr") return Unit::mnkr;
    if (!allow_percent)
        error(source, q, fmt::format("här ska det stå ett belopp (tkr eller mnkr), inte {}", *q.unit),
              fmt::format("an amount (tkr or mnkr) is needed here, not {}", *q.unit));
    return std::nullopt;
}

bool Checker::right_count(const SourceText& source, const ast::ValueList& list) {
    if (round_.years.empty() || list.values.size() == round_.years.size()) return true;
    error(source, list,
          fmt::format("fel antal årsvärden: {} {} men {} år ({})", list.values.size(),
                      list.values.size() == 1 ? "värde" : "värden", round_.years.size(), join_years(round_.years)),
          fmt::format("wrong number of yearly values: {} value{} but {} years ({})", list.values.size(),
                      list.values.size() == 1 ? "" : "s", round_.years.size(), join_years(round_.years)));
    return false;
}

// Amounts of a value list in kronor. A unit after the last value applies to the values
// written without one ("37,4 ; 39,0 ; 39,5 mnkr").
std::vector<Money> Checker::amounts(const SourceText& source, const ast::ValueList& list, Unit* written_unit) {
    std::vector<Money> out;
    if (!right_count(source, list)) return out;
    std::optional<std::string> list_unit = list.values.empty() ? std::nullopt : list.values.back().unit;
    for (const auto& v : list.values) {
        ast::Quantity q = v;
        if (!q.unit) q.unit = list_unit;
        auto n = number(source, q);
        auto unit = amount_unit(source, q, false);
        if (!n || !unit) return {};
        if (written_unit) *written_unit = *unit;
        try {
            out.push_back(to_kronor(n->value, *unit));
        } catch (const std::exception&) {
            error(source, v, "beloppet är för stort", "the amount is too large");
            return {};
        }
    }
    return out;
}

// Percentages of an index: "3,9 %", "3,9 procent" or just "3,9".
std::vector<Money> Checker::rates(const SourceText& source, const ast::ValueList& list) {
    std::vector<Money> out;
    if (!right_count(source, list)) return out;
    for (const auto& v : list.values) {
        auto n = number(source, v);
        if (!n) return {};
        if (v.unit && (*v.unit == "tkr" || *v.unit == "mnkr")) {
            error(source, v, fmt::format("ett index anges i procent, inte i {}", *v.unit),
                  fmt::format("an index is given in percent, not in {}", *v.unit));
            return {};
        }
        out.push_back(percent(n->value));
    }
    return out;
}

void Checker::declare_committee(const SourceText& source, const ast::Committee& c) {
    for (const auto& [other_source, other] : committees_) {
        if (other->code.text == c.code.text) {
            int line = other_source->location(other->code).line;
            error(source, c.code, fmt::format("nämndkoden {} finns redan (rad {})", c.code.text, line),
                  fmt::format("duplicate committee code {} (first on line {})", c.code.text, line));
            return;
        }
    }
    committees_.push_back({&source, &c});
    Committee committee;
    committee.code = c.code.text;
    committee.name = c.name;
    bool has_frame = false;
    std::map<std::string, int> part_depth;
    for (const auto& item : c.items) {
        if (const auto* frame = boost::get<ast::Frame>(&item)) {
            if (has_frame) {
                error(source, *frame, fmt::format("{} har redan en ram", c.code.text),
                      fmt::format("{} already has a frame", c.code.text));
                continue;
            }
            has_frame = true;
            Unit unit = round_.unit;
            committee.frame = amounts(source, frame->values, &unit);
            if (round_.committees.empty()) round_.frame_unit = unit;
        } else if (const auto* part = boost::get<ast::Part>(&item)) {
            Part p;
            p.code = part->code.text;
            p.name = part->name;
            p.parent = committee.code;
            if (part_depth.count(p.code) || p.code == committee.code) {
                error(source, part->code, fmt::format("delen {} finns redan i {}", p.code, committee.code),
                      fmt::format("the part {} already exists in {}", p.code, committee.code));
                continue;
            }
            if (part->within) {
                auto it = part_depth.find(part->within->text);
                if (it == part_depth.end()) {
                    std::vector<std::string> known;
                    for (const auto& [code, depth] : part_depth) known.push_back(code);
                    auto hint = closest_name(part->within->text, known);
                    error(source, *part->within,
                          fmt::format("okänd del \"{}\" i {} (delen måste stå före){}", part->within->text,
                                      committee.code, did_you_mean_sv(hint)),
                          fmt::format("unknown part \"{}\" in {} (it must come first){}", part->within->text,
                                      committee.code, did_you_mean_en(hint)));
                    continue;
                }
                p.parent = part->within->text;
                p.depth = it->second + 1;
            }
            part_depth[p.code] = p.depth;
            p.frame = amounts(source, part->frame.values);
            committee.parts.push_back(std::move(p));
        } else if (const auto* deadline = boost::get<ast::Deadline>(&item)) {
            int y = 0, m = 0, d = 0;
            std::sscanf(deadline->date.c_str(), "%d-%d-%d", &y, &m, &d);
            static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
                error(source, *deadline, fmt::format("ogiltigt datum {}", deadline->date),
                      fmt::format("invalid date {}", deadline->date));
            else
                committee.deadline = deadline->date;
        }
    }
    if (!has_frame)
        error(source, c.code, fmt::format("{} saknar ram (frame: …)", c.code.text),
              fmt::format("{} has no frame (frame: …)", c.code.text));
    check_parts(source, c, committee);
    round_.committees.push_back(std::move(committee));
}

// Every parent with parts: the parts must add up to its frame within the round's tolerance.
void Checker::check_parts(const SourceText& source, const ast::Committee& c, const Committee& committee) {
    std::map<std::string, std::pair<std::vector<Money>, std::string>> frames;   // code → frame, name
    frames[committee.code] = {committee.frame, committee.name};
    for (const auto& p : committee.parts) frames[p.code] = {p.frame, p.name};
    std::map<std::string, std::vector<Money>> sums;
    for (const auto& p : committee.parts) {
        if (p.frame.size() != round_.years.size()) return;
        auto& sum = sums[p.parent];
        sum.resize(round_.years.size());
        for (std::size_t y = 0; y < p.frame.size(); ++y) sum[y] += p.frame[y];
    }
    for (const auto& [parent, sum] : sums) {
        const auto& frame = frames[parent].first;
        if (frame.size() != sum.size()) continue;
        for (std::size_t y = 0; y < sum.size(); ++y) {
            const Tolerance& t = round_.frame_tolerance;
            Money allowed = t.relative ? frame[y].abs() * t.value : t.value;
            Money diff = sum[y] - frame[y];
            if (diff.abs() <= allowed) continue;
            std::string unit(unit_name(round_.frame_unit));
            // Point at the parent: the committee's code, or the code of the part that has parts.
            const x3::position_tagged* at = &c.code;
            for (const auto& item : c.items)
                if (const auto* part = boost::get<ast::Part>(&item); part && part->code.text == parent) at = &part->code;
            error(source, *at,
                  fmt::format("delarna av {} summerar till {} men ramen är {} år {} (skillnad {} {})", parent,
                              fmt_frame(sum[y]), fmt_frame(frame[y]), round_.years[y], fmt_frame(diff), unit),
                  fmt::format("the parts of {} add up to {} but its frame is {} in {} (difference {} {})", parent,
                              fmt_frame(sum[y]), fmt_frame(frame[y]), round_.years[y], fmt_frame(diff), unit));
        }
    }
}

void Checker::declare_form(const SourceText& source, const ast::Form& form) {
    forms_.push_back({&source, &form});
    for (const auto& item : form.items) {
        if (const auto* line = boost::get<ast::Line>(&item)) {
            if (auto it = line_places_.find(line->name.text); it != line_places_.end()) {
                int first = it->second.source->location(*it->second.node).line;
                error(source, line->name, fmt::format("raden {} finns redan (rad {})", line->name.text, first),
                      fmt::format("the line {} already exists (line {})", line->name.text, first));
                continue;
            }
            line_places_[line->name.text] = {&source, &line->name};
            FormLine l;
            l.name = line->name.text;
            l.label = line->label;
            l.sign = line->sign == "negative" ? Sign::negative : line->sign == "positive" ? Sign::positive : Sign::any;
            l.synonyms = line->synonyms;
            round_.form.lines.push_back(std::move(l));
        } else if (const auto* total = boost::get<ast::Total>(&item)) {
            if (auto it = line_places_.find(total->name.text); it != line_places_.end()) {
                int first = it->second.source->location(*it->second.node).line;
                error(source, total->name, fmt::format("raden {} finns redan (rad {})", total->name.text, first),
                      fmt::format("the line {} already exists (line {})", total->name.text, first));
                continue;
            }
            line_places_[total->name.text] = {&source, &total->name};
            FormLine l;
            l.name = total->name.text;
            l.label = total->label;
            l.synonyms = total->synonyms;
            round_.form.lines.push_back(std::move(l));
            totals_.push_back({&source, total});
        } else if (const auto* list = boost::get<ast::ListSection>(&item)) {
            if (round_.form.list(list->name.text)) {
                error(source, list->name, fmt::format("listan {} finns redan", list->name.text),
                      fmt::format("the list {} already exists", list->name.text));
                continue;
            }
            FormList l;
            l.name = list->name.text;
            l.label = list->label;
            l.optional = list->optional;
            for (const auto& c : list->columns) {
                if (l.column(c.name.text)) {
                    error(source, c.name, fmt::format("kolumnen {} finns redan i {}", c.name.text, l.name),
                          fmt::format("the column {} already exists in {}", c.name.text, l.name));
                    continue;
                }
                ColumnKind kind = c.kind == "text"        ? ColumnKind::text
                                  : c.kind == "committee" ? ColumnKind::committee
                                  : c.kind == "amount"    ? ColumnKind::amount
                                                          : ColumnKind::amount_per_year;
                l.columns.push_back({c.name.text, c.label, kind});
            }
            round_.form.lists.push_back(std::move(l));
        }
    }
}

// Resolves the terms of every total and rejects totals that refer to themselves.
void Checker::check_totals() {
    std::vector<std::string> names;
    for (const auto& l : round_.form.lines) names.push_back(l.name);
    for (const auto& [source, total] : totals_) {
        auto self = *round_.form.line_index(total->name.text);
        std::vector<TotalTerm> terms;
        for (const auto& t : total->terms) {
            auto index = round_.form.line_index(t.line.text);
            if (!index) {
                auto hint = closest_name(t.line.text, names);
                error(*source, t.line, fmt::format("okänd rad \"{}\"{}", t.line.text, did_you_mean_sv(hint)),
                      fmt::format("unknown line \"{}\"{}", t.line.text, did_you_mean_en(hint)));
                continue;
            }
            if (*index == self) {
                error(*source, t.line, fmt::format("summaraden {} refererar till sig själv", total->name.text),
                      fmt::format("the total {} refers to itself", total->name.text));
                continue;
            }
            terms.push_back({t.sign == '-' ? -1 : 1, *index});
        }
        round_.form.lines[self].terms = std::move(terms);
    }
    // Indirect self-reference: a total reached again through other totals.
    for (const auto& [source, total] : totals_) {
        std::size_t self = *round_.form.line_index(total->name.text);
        std::vector<std::size_t> stack;
        for (const auto& t : round_.form.lines[self].terms) stack.push_back(t.line);
        std::set<std::size_t> seen;
        while (!stack.empty()) {
            std::size_t at = stack.back();
            stack.pop_back();
            if (!seen.insert(at).second) continue;
            if (at == self) {
                error(*source, total->name,
                      fmt::format("summaraden {} refererar till sig själv via andra summarader", total->name.text),
                      fmt::format("the total {} refers to itself through other totals", total->name.text));
                break;
            }
            for (const auto& t : round_.form.lines[at].terms) stack.push_back(t.line);
        }
    }
}

void Checker::check_result() {
    if (!result_decl_) return;
    ResultRow row;
    row.label = result_decl_->label;
    row.negated = result_decl_->negated;
    row.values = amounts(*result_source_, result_decl_->values);
    if (row.values.empty()) return;
    for (std::size_t y = 0; y < row.values.size(); ++y) {
        Money sum;
        for (const auto& c : round_.committees)
            if (c.frame.size() == row.values.size()) sum += c.frame[y];
        Money expected = row.negated ? -sum : sum;
        const Tolerance& t = round_.frame_tolerance;
        Money allowed = t.relative ? expected.abs() * t.value : t.value;
        Money diff = row.values[y] - expected;
        if (diff.abs() > allowed) {
            std::string unit(unit_name(round_.frame_unit));
            const char* how_sv = row.negated ? "−(summan av ramarna)" : "summan av ramarna";
            const char* how_en = row.negated ? "−(the sum of the frames)" : "the sum of the frames";
            error(*result_source_, *result_decl_,
                  fmt::format("{} {} är {} men {} är {} (skillnad {} {})", row.label, round_.years[y],
                              fmt_frame(row.values[y]), how_sv, fmt_frame(expected), fmt_frame(diff), unit),
                  fmt::format("{} {} is {} but {} is {} (difference {} {})", row.label, round_.years[y],
                              fmt_frame(row.values[y]), how_en, fmt_frame(expected), fmt_frame(diff), unit));
        }
    }
    round_.result = std::move(row);
}

// ---- expressions ---------------------------------------------------------------------

Kind Checker::combine(Context& cx, const x3::position_tagged& at, char op, Kind a, Kind b) {
    auto fail = [&](const char* sv, const char* en) {
        if (cx.quiet == 0) error(*cx.source, at, sv, en);
        cx.ok = false;
        return Kind::amount;
    };
    switch (op) {
    case '+':
    case '-':
        if (a == Kind::bare) return b;
        if (b == Kind::bare || a == b) return a;
        return fail("kan inte addera eller subtrahera ett belopp och en andel",
                    "cannot add or subtract an amount and a ratio");
    case '*':
        if (a == Kind::amount && b == Kind::amount) return fail("kan inte multiplicera två belopp", "cannot multiply two amounts");
        if (a == Kind::amount || b == Kind::amount) return Kind::amount;
        return (a == Kind::bare && b == Kind::bare) ? Kind::bare : Kind::ratio;
    default:   // '/'
        if (b == Kind::amount && a != Kind::amount) return fail("kan inte dividera med ett belopp", "cannot divide by an amount");
        if (a == Kind::amount && b == Kind::amount) return Kind::ratio;
        if (a == Kind::amount) return Kind::amount;
        return (a == Kind::bare && b == Kind::bare) ? Kind::bare : Kind::ratio;
    }
}

Kind Checker::kind_of(Context& cx, const ast::Expression& e) {
    Kind k = kind_of(cx, e.first);
    for (const auto& op : e.rest) k = combine(cx, e, op.op, k, kind_of(cx, op.operand));
    return k;
}

// count(...) is a number of rows; sum, min and max are amounts (of lines, frames or columns).
Kind aggregate_kind(const ast::Aggregate& a) { return a.function == "count" ? Kind::ratio : Kind::amount; }

Kind Checker::kind_of(Context& cx, const ast::Operand& operand) {
    struct Visitor {
        Checker& self;
        Context& cx;
        Kind operator()(const ast::Quantity& q) const {
            if (!q.unit) return Kind::bare;
            return (*q.unit == "tkr" || *q.unit == "mnkr") ? Kind::amount : Kind::ratio;
        }
        Kind operator()(const ast::IndexRef&) const { return Kind::ratio; }
        Kind operator()(const ast::FrameRef&) const { return Kind::amount; }
        Kind operator()(const ast::Aggregate& a) const { return aggregate_kind(a); }
        Kind operator()(const ast::Reference& r) const {
            for (const auto& c : self.round_.constants)
                if (c.name == r.name.text) return c.kind == ValueKind::amount ? Kind::amount : Kind::ratio;
            return Kind::amount;
        }
        Kind operator()(const x3::forward_ast<ast::Negated>& n) const { return self.kind_of(cx, n.get().operand); }
        Kind operator()(const x3::forward_ast<ast::Absolute>& a) const { return self.kind_of(cx, a.get().expression); }
        Kind operator()(const x3::forward_ast<ast::Expression>& e) const { return self.kind_of(cx, e.get()); }
    };
    return boost::apply_visitor(Visitor{*this, cx}, operand);
}

std::optional<YearRef> Checker::year_ref(Context& cx, const x3::position_tagged& at,
                                         const std::optional<ast::YearSelector>& selector, const std::string& what) {
    YearRef ref;
    if (!selector) {
        if (cx.scope == Scope::each_submission) {
            error(*cx.source, at,
                  fmt::format("{} behöver ett år i each submission, t.ex. {}[{}]", what, what,
                              round_.years.empty() ? 2024 : round_.years.front()),
                  fmt::format("{} needs a year in each submission, e.g. {}[{}]", what, what,
                              round_.years.empty() ? 2024 : round_.years.front()));
            cx.ok = false;
            return std::nullopt;
        }
        return ref;
    }
    if (selector->previous) {
        if (cx.scope != Scope::each_year_after_first) {
            error(*cx.source, *selector, "[föregående år] kan bara användas i each year after first",
                  "[föregående år] can only be used in each year after first");
            cx.ok = false;
            return std::nullopt;
        }
        ref.kind = YearRef::Kind::previous;
        return ref;
    }
    auto index = round_.year_index(selector->year);
    if (!index) {
        error(*cx.source, *selector,
              fmt::format("året {} finns inte i omgången ({})", selector->year, join_years(round_.years)),
              fmt::format("the year {} is not in the round ({})", selector->year, join_years(round_.years)));
        cx.ok = false;
        return std::nullopt;
    }
    ref.kind = YearRef::Kind::fixed;
    ref.year_index = static_cast<int>(*index);
    return ref;
}

void Checker::emit_aggregate(Context& cx, const ast::Aggregate& a, Program& out) {
    Instruction in;
    in.aggregate = a.function == "sum" ? Aggregate::sum
                   : a.function == "count" ? Aggregate::count
                   : a.function == "min" ? Aggregate::min
                                         : Aggregate::max;
    auto fail = [&](const x3::position_tagged& at, std::string sv, std::string en) {
        error(*cx.source, at, std::move(sv), std::move(en));
        cx.ok = false;
    };
    // Across submissions: sum(Totalt) over the submissions' lines, sum(frame) over their frames.
    bool is_frame = a.target.text == "frame";
    auto line = round_.form.line_index(a.target.text);
    if (is_frame || line) {
        if (cx.scope != Scope::across_submissions) {
            fail(a, fmt::format("{}({}) över nämnderna kan bara användas i across all submissions", a.function, a.target.text),
                 fmt::format("{}({}) over the committees can only be used in across all submissions", a.function, a.target.text));
            return;
        }
        if (a.column || a.filter) {
            fail(a, fmt::format("{} är ingen lista", a.target.text), fmt::format("{} is not a list", a.target.text));
            return;
        }
        in.op = is_frame ? Instruction::Op::all_frames : Instruction::Op::all_lines;
        in.index = line ? static_cast<int>(*line) : -1;
        out.push_back(in);
        return;
    }
    const FormList* list = round_.form.list(a.target.text);
    if (!list) {
        std::vector<std::string> names;
        for (const auto& l : round_.form.lists) names.push_back(l.name);
        for (const auto& l : round_.form.lines) names.push_back(l.name);
        auto hint = closest_name(a.target.text, names);
        fail(a.target, fmt::format("okänd lista eller rad \"{}\"{}", a.target.text, did_you_mean_sv(hint)),
             fmt::format("unknown list or line \"{}\"{}", a.target.text, did_you_mean_en(hint)));
        return;
    }
    in.op = Instruction::Op::list_column;
    in.index = static_cast<int>(list - round_.form.lists.data());
    auto column_index = [&](const ast::Name& name) -> int {
        const FormColumn* c = list->column(name.text);
        if (!c) {
            std::vector<std::string> names;
            for (const auto& col : list->columns) names.push_back(col.name);
            auto hint = closest_name(name.text, names);
            fail(name, fmt::format("okänd kolumn \"{}\" i {}{}", name.text, list->name, did_you_mean_sv(hint)),
                 fmt::format("unknown column \"{}\" in {}{}", name.text, list->name, did_you_mean_en(hint)));
            return -1;
        }
        return static_cast<int>(c - list->columns.data());
    };
    if (a.column) {
        in.column = column_index(*a.column);
        if (in.column < 0) return;
        ColumnKind k = list->columns[static_cast<std::size_t>(in.column)].kind;
        if (in.aggregate != Aggregate::count && (k == ColumnKind::text || k == ColumnKind::committee)) {
            fail(*a.column, fmt::format("{} går inte att räkna med: kolumnen {} är text", a.function, a.column->text),
                 fmt::format("{} needs amounts: the column {} is text", a.function, a.column->text));
            return;
        }
    } else if (in.aggregate != Aggregate::count) {
        fail(a, fmt::format("{}({}) behöver en kolumn, t.ex. {}({}.Belopp)", a.function, list->name, a.function, list->name),
             fmt::format("{}({}) needs a column, e.g. {}({}.Belopp)", a.function, list->name, a.function, list->name));
        return;
    }
    if (a.filter) {
        in.filter_column = column_index(a.filter->column);
        if (in.filter_column < 0) return;
        in.filter_text = a.filter->text;
    }
    out.push_back(in);
}

void Checker::emit(Context& cx, const ast::Expression& e, Kind want, Program& out) {
    // Additive chain: a bare number next to an amount is an amount in the round's unit.
    ++cx.quiet;
    Kind overall = kind_of(cx, e);
    --cx.quiet;
    Kind context = overall == Kind::bare ? want : overall;
    bool additive = std::all_of(e.rest.begin(), e.rest.end(), [](const auto& o) { return o.op == '+' || o.op == '-'; });
    if (additive) {
        emit(cx, e.first, context, out);
        for (const auto& o : e.rest) {
            emit(cx, o.operand, context, out);
            out.push_back({o.op == '+' ? Instruction::Op::add : Instruction::Op::subtract});
        }
        return;
    }
    // Multiplicative chain (a term): bare numbers are factors, unless the whole term is bare.
    emit(cx, e.first, overall == Kind::bare ? want : Kind::ratio, out);
    for (const auto& o : e.rest) {
        emit(cx, o.operand, Kind::ratio, out);
        out.push_back({o.op == '*' ? Instruction::Op::multiply : Instruction::Op::divide});
    }
}

void Checker::emit(Context& cx, const ast::Operand& operand, Kind want, Program& out) {
    struct Visitor {
        Checker& self;
        Context& cx;
        Kind want;
        Program& out;
        void operator()(const ast::Quantity& q) const {
            auto n = self.number(*cx.source, q);
            if (!n) {
                cx.ok = false;
                return;
            }
            Instruction in;
            try {
                if (n->is_percent) in.value = percent(n->value);
                else if (q.unit == std::optional<std::string>("tkr")) in.value = to_kronor(n->value, Unit::tkr);
                else if (q.unit == std::optional<std::string>("mnkr")) in.value = to_kronor(n->value, Unit::mnkr);
                else if (want == Kind::amount) in.value = to_kronor(n->value, self.round_.unit);
                else in.value = n->value;
            } catch (const std::exception&) {
                self.error(*cx.source, q, "talet är för stort", "the number is too large");
                cx.ok = false;
            }
            out.push_back(in);
        }
        void operator()(const ast::IndexRef& r) const {
            auto it = std::find_if(self.round_.indices.begin(), self.round_.indices.end(),
                                   [&](const IndexSeries& s) { return s.name == r.name.text; });
            if (it == self.round_.indices.end()) {
                std::vector<std::string> names;
                for (const auto& s : self.round_.indices) names.push_back(s.name);
                auto hint = closest_name(r.name.text, names);
                self.error(*cx.source, r.name, fmt::format("okänt index \"{}\"{}", r.name.text, did_you_mean_sv(hint)),
                           fmt::format("unknown index \"{}\"{}", r.name.text, did_you_mean_en(hint)));
                cx.ok = false;
                return;
            }
            auto year = self.year_ref(cx, r, r.year, "index " + r.name.text);
            if (!year) return;
            Instruction in{Instruction::Op::index};
            in.index = static_cast<int>(it - self.round_.indices.begin());
            in.year = *year;
            out.push_back(in);
        }
        void operator()(const ast::FrameRef& f) const {
            if (cx.scope == Scope::across_submissions) {
                self.error(*cx.source, f, "i across all submissions summeras ramarna med sum(frame)",
                           "in across all submissions the frames are added with sum(frame)");
                cx.ok = false;
                return;
            }
            Instruction in{Instruction::Op::frame};
            if (f.part) {
                std::vector<std::string> codes;
                for (const auto& c : self.round_.committees)
                    for (const auto& p : c.parts) codes.push_back(p.code);
                if (std::find(codes.begin(), codes.end(), f.part->text) == codes.end()) {
                    auto hint = closest_name(f.part->text, codes);
                    self.error(*cx.source, *f.part, fmt::format("okänd del \"{}\"{}", f.part->text, did_you_mean_sv(hint)),
                               fmt::format("unknown part \"{}\"{}", f.part->text, did_you_mean_en(hint)));
                    cx.ok = false;
                    return;
                }
                in.filter_text = f.part->text;
            }
            auto year = self.year_ref(cx, f, f.year, f.part ? "frame of " + f.part->text : std::string("frame"));
            if (!year) return;
            in.year = *year;
            out.push_back(in);
        }
        void operator()(const ast::Aggregate& a) const { self.emit_aggregate(cx, a, out); }
        void operator()(const ast::Reference& r) const {
            for (const auto& c : self.round_.constants) {
                if (c.name != r.name.text) continue;
                if (r.year) {
                    self.error(*cx.source, *r.year, fmt::format("konstanten {} har inget år", c.name),
                               fmt::format("the constant {} has no year", c.name));
                    cx.ok = false;
                }
                Instruction in;
                in.value = c.value;
                out.push_back(in);
                return;
            }
            auto line = self.round_.form.line_index(r.name.text);
            if (!line) {
                std::vector<std::string> names;
                for (const auto& l : self.round_.form.lines) names.push_back(l.name);
                for (const auto& c : self.round_.constants) names.push_back(c.name);
                auto hint = closest_name(r.name.text, names);
                self.error(*cx.source, r.name, fmt::format("okänd rad \"{}\"{}", r.name.text, did_you_mean_sv(hint)),
                           fmt::format("unknown line \"{}\"{}", r.name.text, did_you_mean_en(hint)));
                cx.ok = false;
                return;
            }
            if (cx.scope == Scope::across_submissions) {
                self.error(*cx.source, r.name,
                           fmt::format("i across all submissions måste raden summeras: sum({})", r.name.text),
                           fmt::format("in across all submissions the line must be aggregated: sum({})", r.name.text));
                cx.ok = false;
                return;
            }
            auto year = self.year_ref(cx, r, r.year, r.name.text);
            if (!year) return;
            if (!cx.first_line) cx.first_line = *line;
            Instruction in{Instruction::Op::line};
            in.index = static_cast<int>(*line);
            in.year = *year;
            out.push_back(in);
        }
        void operator()(const x3::forward_ast<ast::Negated>& n) const {
            self.emit(cx, n.get().operand, want, out);
            out.push_back({Instruction::Op::negate});
        }
        void operator()(const x3::forward_ast<ast::Absolute>& a) const {
            self.emit(cx, a.get().expression, want, out);
            out.push_back({Instruction::Op::absolute});
        }
        void operator()(const x3::forward_ast<ast::Expression>& e) const { self.emit(cx, e.get(), want, out); }
    };
    boost::apply_visitor(Visitor{*this, cx, want, out}, operand);
}

void Checker::declare_rule(const SourceText& source, const ast::Rule& r) {
    for (const auto& [other_source, other] : rules_) {
        if (other->name == r.name) {
            int line = other_source->location(*other).line;
            error(source, r, fmt::format("regeln \"{}\" finns redan (rad {})", r.name, line),
                  fmt::format("the rule \"{}\" already exists (line {})", r.name, line));
            return;
        }
    }
    rules_.push_back({&source, &r});
    CompiledRule rule;
    rule.name = r.name;
    rule.severity = r.severity == "error" ? Severity::error : r.severity == "warning" ? Severity::warning : Severity::info;
    rule.scope = static_cast<Scope>(r.scope);
    rule.comparison = static_cast<Comparison>(r.condition.comparison);
    rule.where = source.location(r);
    rule.condition_text = source.text_of(r.condition);
    for (const auto& code : r.only) {
        if (!round_.committee(code.text)) {
            std::vector<std::string> codes;
            for (const auto& c : round_.committees) codes.push_back(c.code);
            auto hint = closest_name(code.text, codes);
            error(source, code, fmt::format("okänd nämnd \"{}\"{}", code.text, did_you_mean_sv(hint)),
                  fmt::format("unknown committee \"{}\"{}", code.text, did_you_mean_en(hint)));
        }
        rule.only.push_back(code.text);
    }
    Context cx{&source, rule.scope};
    Kind left = kind_of(cx, r.condition.left);
    Kind right = kind_of(cx, r.condition.right);
    if (cx.ok && left != Kind::bare && right != Kind::bare && left != right) {
        error(source, r.condition, "kan inte jämföra ett belopp med en andel", "cannot compare an amount with a ratio");
        cx.ok = false;
    }
    Kind kind = left == Kind::bare ? right : left;
    if (kind == Kind::bare) kind = Kind::ratio;
    rule.kind = kind == Kind::amount ? ValueKind::amount : ValueKind::ratio;
    emit(cx, r.condition.left, kind, rule.actual);
    rule.subject_line = cx.first_line;
    emit(cx, r.condition.right, kind, rule.expected);
    if (r.condition.tolerance) {
        const auto& q = *r.condition.tolerance;
        if (auto n = number(source, q)) {
            if (n->is_percent) {
                rule.tolerance = {true, percent(n->value)};
            } else if (q.unit) {
                auto unit = amount_unit(source, q, false);
                if (kind != Kind::amount)
                    error(source, q, "toleransen för en andel kan inte vara ett belopp",
                          "the tolerance of a ratio cannot be an amount");
                else if (unit)
                    rule.tolerance = {false, to_kronor(n->value, *unit)};
            } else {
                rule.tolerance = {false, kind == Kind::amount ? to_kronor(n->value, round_.unit) : n->value};
            }
        }
    } else if (kind == Kind::amount) {
        rule.tolerance = round_.tolerance;
    }
    if (r.message) {
        const std::string& m = *r.message;
        for (std::size_t open = m.find('{'); open != std::string::npos; open = m.find('{', open + 1)) {
            std::size_t close = m.find('}', open);
            std::string name = m.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
            if (close == std::string::npos || !placeholders().count(name)) {
                error(source, r, fmt::format("okänd platshållare {{{}}} i meddelandet; giltiga är {{väntat}}, {{faktiskt}}, "
                                             "{{skillnad}}, {{tolerans}}, {{år}}, {{nämnd}}, {{regel}} och {{rad}}", name),
                      fmt::format("unknown placeholder {{{}}} in the message; valid are {{expected}}, {{actual}}, "
                                  "{{difference}}, {{tolerance}}, {{year}}, {{committee}}, {{rule}} and {{line}}", name));
                break;
            }
        }
        rule.message = m;
    }
    if (cx.ok) round_.rules.push_back(std::move(rule));
}

// The sign of every signed line and the sum of every total, checked each year.
void add_built_in_rules(Round& round) {
    for (std::size_t i = 0; i < round.form.lines.size(); ++i) {
        const FormLine& line = round.form.lines[i];
        Instruction read{Instruction::Op::line};
        read.index = static_cast<int>(i);
        if (line.sign != Sign::any) {
            CompiledRule rule;
            rule.name = line.label;
            rule.built_in = BuiltIn::sign;
            rule.actual = {read};
            rule.expected = {Instruction{}};
            rule.comparison = line.sign == Sign::negative ? Comparison::less_equal : Comparison::greater_equal;
            rule.subject_line = i;
            rule.condition_text = fmt::format("{} {} 0", line.name, line.sign == Sign::negative ? "≤" : "≥");
            round.rules.push_back(std::move(rule));
        }
        if (line.is_total()) {
            CompiledRule rule;
            rule.name = line.label;
            rule.built_in = BuiltIn::total;
            rule.actual = {read};
            rule.tolerance = round.tolerance;
            rule.subject_line = i;
            rule.condition_text = line.name + " =";
            for (std::size_t t = 0; t < line.terms.size(); ++t) {
                Instruction term{Instruction::Op::line};
                term.index = static_cast<int>(line.terms[t].line);
                rule.expected.push_back(term);
                const std::string& name = round.form.lines[line.terms[t].line].name;
                if (t > 0) rule.expected.push_back({line.terms[t].sign > 0 ? Instruction::Op::add : Instruction::Op::subtract});
                else if (line.terms[t].sign < 0) rule.expected.push_back({Instruction::Op::negate});
                rule.condition_text += (t == 0 ? (line.terms[t].sign < 0 ? " −" : " ") : (line.terms[t].sign < 0 ? " − " : " + ")) + name;
            }
            round.rules.push_back(std::move(rule));
        }
    }
}

Round Checker::run(const std::vector<SourcedStatement>& statements) {
    // Pass 1: the round itself, so that values can be checked against its years and unit.
    for (const auto& [source, statement] : statements) {
        if (const auto* s = boost::get<ast::RoundTitle>(statement)) {
            once(*source, *s, round_seen_, "round");
            round_.title = s->title;
        } else if (const auto* s = boost::get<ast::Years>(statement)) {
            once(*source, *s, years_seen_, "years");
            bool increasing = true;
            for (std::size_t i = 1; i < s->years.size(); ++i) increasing = increasing && s->years[i] == s->years[i - 1] + 1;
            if (!increasing)
                error(*source, *s, "åren ska följa på varandra, t.ex. 2024 2025 2026",
                      "the years must be consecutive, e.g. 2024 2025 2026");
            round_.years = s->years;
        } else if (const auto* s = boost::get<ast::UnitDecl>(statement)) {
            once(*source, *s, unit_seen_, "unit");
            round_.unit = round_.frame_unit = s->unit == "mnkr" ? Unit::mnkr : Unit::tkr;
        }
    }
    const SourceText* first_source = statements.empty() ? nullptr : statements.front().source;
    if (first_source && !round_seen_)
        diagnostics_.push_back({first_source->location(first_source->text().cbegin()),
                                "round saknas: filen ska ange budgetomgångens titel, t.ex. round \"Budget 2024\"",
                                "round is missing: the file must give the round's title, e.g. round \"Budget 2024\""});
    if (first_source && !years_seen_)
        diagnostics_.push_back({first_source->location(first_source->text().cbegin()),
                                "years saknas: ange budgetåret och planåren, t.ex. years 2024 2025 2026",
                                "years is missing: give the budget year and plan years, e.g. years 2024 2025 2026"});
    for (const auto& [source, statement] : statements) {
        if (const auto* s = boost::get<ast::ToleranceDecl>(statement)) {
            once(*source, *s, s->frames ? frame_tolerance_seen_ : tolerance_seen_, s->frames ? "tolerance frames" : "tolerance");
            Tolerance& t = s->frames ? round_.frame_tolerance : round_.tolerance;
            if (auto n = number(*source, s->value)) {
                if (n->is_percent) t = {true, percent(n->value)};
                else if (auto unit = amount_unit(*source, s->value, false)) t = {false, to_kronor(n->value, *unit)};
            }
        }
    }
    if (!frame_tolerance_seen_) round_.frame_tolerance = round_.tolerance;
    // Pass 2: declarations.
    for (const auto& [source, statement] : statements) {
        if (const auto* s = boost::get<ast::IndexDecl>(statement)) {
            if (std::any_of(round_.indices.begin(), round_.indices.end(), [&](const auto& i) { return i.name == s->name.text; })) {
                error(*source, s->name, fmt::format("indexet {} finns redan", s->name.text),
                      fmt::format("the index {} already exists", s->name.text));
                continue;
            }
            round_.indices.push_back({s->name.text, s->title.value_or(s->name.text), rates(*source, s->values)});
        } else if (const auto* s = boost::get<ast::ConstantDecl>(statement)) {
            if (std::any_of(round_.constants.begin(), round_.constants.end(), [&](const auto& c) { return c.name == s->name.text; })) {
                error(*source, s->name, fmt::format("konstanten {} finns redan", s->name.text),
                      fmt::format("the constant {} already exists", s->name.text));
                continue;
            }
            if (auto n = number(*source, s->value)) {
                Constant c{s->name.text, n->value, ValueKind::ratio, n->is_percent};
                if (n->is_percent) c.value = percent(n->value);
                else if (auto unit = amount_unit(*source, s->value, true); unit && s->value.unit) {
                    c.value = to_kronor(n->value, *unit);
                    c.kind = ValueKind::amount;
                }
                round_.constants.push_back(c);
            }
        } else if (const auto* s = boost::get<ast::Committee>(statement)) {
            declare_committee(*source, *s);
        } else if (const auto* s = boost::get<ast::Form>(statement)) {
            declare_form(*source, *s);
        } else if (const auto* s = boost::get<ast::ResultDecl>(statement)) {
            once(*source, *s, result_seen_, "result");
            result_decl_ = s;
            result_source_ = source;
        }
    }
    check_totals();
    check_result();
    for (const auto& constant : round_.constants) {
        if (auto it = line_places_.find(constant.name); it != line_places_.end())
            error(*it->second.source, *it->second.node,
                  fmt::format("{} är både en rad och en konstant", constant.name),
                  fmt::format("{} is both a line and a constant", constant.name));
    }
    // Pass 3: rules, now that every name is known.
    add_built_in_rules(round_);
    for (const auto& [source, statement] : statements)
        if (const auto* s = boost::get<ast::Rule>(statement)) declare_rule(*source, *s);
    return std::move(round_);
}

}  // namespace

Round check_rules(const std::vector<SourcedStatement>& statements, Diagnostics& diagnostics) {
    return Checker(diagnostics).run(statements);
}

}  // namespace ramkoll::rules
