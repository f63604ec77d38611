// Compiles rules: types each value as an amount or a ratio, resolves names and years for the
// rule's scope, and emits the stack Program the evaluator runs.
#include "rules/compiler.hpp"
#include "rules/message_template.hpp"
#include "rules/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::rules::detail {

Kind Compiler::combine(Context& cx, const x3::position_tagged& at, char op, Kind a, Kind b) {
    auto fail = [&](Texts what) {
        error(*cx.source, at, std::move(what));
        cx.ok = false;
        return Kind::amount;
    };
    switch (op) {
    case 'm':   // the arguments of min and max
        if (a == Kind::bare) return b;
        if (b == Kind::bare || a == b) return a;
        return fail({"min och max jämför värden av samma slag, inte ett belopp och en andel",
                     "min and max compare values of one kind, not an amount and a ratio"});
    case '+':
    case '-':
        if (a == Kind::bare) return b;
        if (b == Kind::bare || a == b) return a;
        return fail({"kan inte addera eller subtrahera ett belopp och en andel",
                     "cannot add or subtract an amount and a ratio"});
    case '*':
        if (a == Kind::amount && b == Kind::amount)
            return fail({"kan inte multiplicera två belopp", "cannot multiply two amounts"});
        if (a == Kind::amount || b == Kind::amount) return Kind::amount;
        return (a == Kind::bare && b == Kind::bare) ? Kind::bare : Kind::ratio;
    default:   // '/'
        if (b == Kind::amount && a != Kind::amount)
            return fail({"kan inte dividera med ett belopp", "cannot divide by an amount"});
        if (a == Kind::amount && b == Kind::amount) return Kind::ratio;
        if (a == Kind::amount) return Kind::amount;
        return (a == Kind::bare && b == Kind::bare) ? Kind::bare : Kind::ratio;
    }
}

Kind Compiler::type(Context& cx, const ast::Expression& e) {
    Kind k = type(cx, e.first);
    for (const auto& op : e.rest) k = combine(cx, e, op.op, k, type(cx, op.operand));
    cx.kinds[&e] = k;
    return k;
}

namespace {

// count(...) is a number of rows; sum, min and max are amounts (of lines, frames or columns).
Kind aggregate_kind(const ast::Aggregate& a) { return a.function == Aggregate::count ? Kind::ratio : Kind::amount; }

}  // namespace

Kind Compiler::type(Context& cx, const ast::Operand& operand) {
    struct Visitor {
        Compiler& self;
        Context& cx;
        Kind operator()(const ast::Quantity& q) const {
            if (!q.unit) return Kind::bare;
            return *q.unit == WrittenUnit::percent ? Kind::ratio : Kind::amount;
        }
        Kind operator()(const ast::IndexRef&) const { return Kind::ratio; }
        Kind operator()(const ast::FrameRef&) const { return Kind::amount; }
        Kind operator()(const ast::Aggregate& a) const { return aggregate_kind(a); }
        Kind operator()(const ast::Reference& r) const {
            for (const auto& c : self.round_.constants)
                if (c.name == r.name.text) return c.kind == ValueKind::amount ? Kind::amount : Kind::ratio;
            return Kind::amount;
        }
        Kind operator()(const x3::forward_ast<ast::Negated>& n) const { return self.type(cx, n.get().operand); }
        Kind operator()(const ast::AnnexRef&) const { return Kind::amount; }
        Kind operator()(const x3::forward_ast<ast::Absolute>& a) const { return self.type(cx, a.get().expression); }
        Kind operator()(const x3::forward_ast<ast::Extremum>& m) const {
            Kind k = self.type(cx, m.get().first);
            for (const auto& e : m.get().rest) k = self.combine(cx, m.get(), 'm', k, self.type(cx, e));
            return k;
        }
        Kind operator()(const x3::forward_ast<ast::Expression>& e) const { return self.type(cx, e.get()); }
    };
    return boost::apply_visitor(Visitor{*this, cx}, operand);
}

std::optional<YearRef> Compiler::year_ref(Context& cx, const x3::position_tagged& at,
                                         const std::optional<ast::YearSelector>& selector, const std::string& what) {
    YearRef ref;
    if (!selector) {
        if (cx.scope == Scope::each_submission) {
            error(*cx.source, at,
                  both({"{} behöver ett år i each submission, t.ex. {}[{}]",
                        "{} needs a year in each submission, e.g. {}[{}]"},
                       what, what, round_.years.empty() ? 2024 : round_.years.front()));
            cx.ok = false;
            return std::nullopt;
        }
        return ref;
    }
    if (selector->previous) {
        if (cx.scope != Scope::each_year_after_first && cx.scope != Scope::across_submissions) {
            error(*cx.source, *selector,
                  {"[föregående år] kan bara användas i each year after first, across all submissions och bilagor",
                   "[föregående år] can only be used in each year after first, across all submissions and annexes"});
            cx.ok = false;
            return std::nullopt;
        }
        ref.kind = YearRef::Kind::previous;
        return ref;
    }
    if (!declares_year(selector->year)) {
        error(*cx.source, *selector,
              both({"året {} finns inte i omgången ({}) eller i någon lista eller bilaga",
                    "the year {} is not in the round ({}) nor in any list or annex"}, selector->year, join_years(round_.years)));
        cx.ok = false;
        return std::nullopt;
    }
    ref.kind = YearRef::Kind::fixed;
    ref.year = selector->year;
    return ref;
}

bool Compiler::declares_year(int year) const {
    // The Round's annexes are still being checked: those so far are in annexes_.
    return round_.has_year(year) || std::any_of(annexes_.begin(), annexes_.end(), [year](const Annex& a) { return a.has_column(year); });
}

std::vector<int> Compiler::years_read(const Program& program, std::vector<int> years) const {
    for (const Instruction& in : program) {
        if (in.op == Instruction::Op::list_column) {
            const auto& list = round_.form.lists[static_cast<std::size_t>(in.index)];
            years.insert(years.end(), list.years.begin(), list.years.end());
        } else if (in.op == Instruction::Op::annex_row) {
            for (const auto& c : annexes_[static_cast<std::size_t>(in.index)].columns) years.push_back(c.year);
        }
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

std::optional<std::string> Compiler::lacks(const Program& program, int year) const {
    using Op = Instruction::Op;
    for (const Instruction& in : program) {
        // The previous year's value is blank in the first column that has none, as documented.
        if (in.year.kind == YearRef::Kind::previous) continue;
        const int y = in.year.kind == YearRef::Kind::fixed ? in.year.year : year;
        switch (in.op) {
        case Op::line:
        case Op::all_lines:
            if (!round_.in_round(y)) return fmt::format("{} {}", round_.form.lines[static_cast<std::size_t>(in.index)].name, y);
            break;
        case Op::frame:
        case Op::all_frames:
            if (!round_.in_round(y)) return fmt::format("frame {}", y);
            break;
        case Op::index:
            if (!round_.in_round(y)) return fmt::format("index {} {}", round_.indices[static_cast<std::size_t>(in.index)].name, y);
            break;
        case Op::list_column: {
            const FormList& list = round_.form.lists[static_cast<std::size_t>(in.index)];
            if (in.column < 0 || list.columns[static_cast<std::size_t>(in.column)].kind != ColumnKind::amount_per_year) break;
            if (!list.has_year(y))
                return fmt::format("{}.{} {}", list.name, list.columns[static_cast<std::size_t>(in.column)].name, y);
            break;
        }
        case Op::annex_row: {
            const Annex& annex = annexes_[static_cast<std::size_t>(in.index)];
            if (!annex.has_column(y))
                return fmt::format("{}.{} {}", annex.name, std::get<RowsTable>(annex.table).rows[static_cast<std::size_t>(in.column)].name, y);
            break;
        }
        default: break;
        }
    }
    return std::nullopt;
}

void Compiler::emit_aggregate(Context& cx, const ast::Aggregate& a, Program& out) {
    Instruction in;
    in.aggregate = a.function;
    auto fail = [&](const x3::position_tagged& at, Texts what) {
        error(*cx.source, at, std::move(what));
        cx.ok = false;
    };
    // Across submissions: sum(Totalt) over the submissions' lines, sum(frame) over their frames.
    bool is_frame = a.target.text == "frame";
    auto line = round_.form.line_index(a.target.text);
    if (is_frame || line) {
        if (cx.scope != Scope::across_submissions) {
            fail(a, both({"{}({}) över nämnderna kan bara användas i across all submissions",
                          "{}({}) over the committees can only be used in across all submissions"},
                         keyword(a.function), a.target.text));
            return;
        }
        if (a.column || a.filter) {
            fail(a, both({"{} är ingen lista", "{} is not a list"}, a.target.text));
            return;
        }
        in.op = is_frame ? Instruction::Op::all_frames : Instruction::Op::all_lines;
        in.index = line ? static_cast<int>(*line) : -1;
        if (a.year) {
            auto year = year_ref(cx, a, a.year, a.target.text);
            if (!year) return;
            in.year = *year;
        }
        out.push_back(in);
        return;
    }
    const FormList* list = round_.form.list(a.target.text);
    if (!list) {
        std::vector<std::string> names;
        for (const auto& l : round_.form.lists) names.push_back(l.name);
        for (const auto& l : round_.form.lines) names.push_back(l.name);
        fail(a.target, both({"okänd lista eller rad \"{}\"{}",
                             "unknown list or line \"{}\"{}"}, a.target.text, did_you_mean(a.target.text, names)));
        return;
    }
    in.op = Instruction::Op::list_column;
    in.index = static_cast<int>(list - round_.form.lists.data());
    if (!list->only.empty() && cx.scope != Scope::across_submissions &&
        (!cx.only || cx.only->empty() ||
         std::any_of(cx.only->begin(), cx.only->end(), [&](const std::string& c) { return !round_.named(list->only, c); }))) {
        std::string codes;
        for (const auto& c : list->only) codes += fmt::format("{}{}", codes.empty() ? "" : ", ", c);
        fail(a.target, both({"listan {} fylls bara i av {}: begränsa regeln med for {}",
                             "the list {} is filled by {} only: limit the rule with for {}"}, list->name, codes, codes));
        return;
    }
    if (a.year) {
        auto year = year_ref(cx, a, a.year, a.target.text);
        if (!year) return;
        in.year = *year;
    }
    auto column_index = [&](const ast::Name& name) -> int {
        const FormColumn* c = list->column(name.text);
        if (!c) {
            std::vector<std::string> names;
            for (const auto& col : list->columns) names.push_back(col.name);
            fail(name, both({"okänd kolumn \"{}\" i {}{}",
                             "unknown column \"{}\" in {}{}"}, name.text, list->name, did_you_mean(name.text, names)));
            return -1;
        }
        return static_cast<int>(c - list->columns.data());
    };
    if (a.column) {
        in.column = column_index(*a.column);
        if (in.column < 0) return;
        ColumnKind k = list->columns[static_cast<std::size_t>(in.column)].kind;
        if (in.aggregate != Aggregate::count && holds_text(k)) {
            fail(*a.column, both({"{} går inte att räkna med: kolumnen {} är text",
                                  "{} needs amounts: the column {} is text"}, keyword(a.function), a.column->text));
            return;
        }
    } else if (in.aggregate != Aggregate::count) {
        fail(a, both({"{}({}) behöver en kolumn, t.ex. {}({}.Belopp)",
                      "{}({}) needs a column, e.g. {}({}.Belopp)"},
                     keyword(a.function), list->name, keyword(a.function), list->name));
        return;
    }
    if (a.filter) {
        in.filter_column = column_index(a.filter->column);
        if (in.filter_column < 0) return;
        in.filter_text = a.filter->text;
        // A committee column is read as the committees' codes (and offers them in the template),
        // so a filter on it with anything else would never match.
        if (list->columns[static_cast<std::size_t>(in.filter_column)].kind == ColumnKind::committee &&
            !round_.committee(a.filter->text)) {
            std::vector<std::string> codes;
            std::string named;
            for (const auto& c : round_.committees) {
                codes.push_back(c.code);
                if (c.name == a.filter->text) named = c.code;
            }
            const Texts hint = !named.empty() ? both({", menade du \"{}\"?", "; did you mean \"{}\"?"}, named)
                                              : did_you_mean(a.filter->text, codes);
            fail(*a.filter, both({"kolumnen {} läses som nämndkoder, och \"{}\" är ingen nämndkod{}",
                                  "the column {} is read as committee codes, and \"{}\" is no committee code{}"},
                                 a.filter->column.text, a.filter->text, hint));
            return;
        }
    }
    out.push_back(in);
}

void Compiler::emit_annex_ref(Context& cx, const ast::AnnexRef& r, Program& out) {
    auto fail = [&](const x3::position_tagged& at, Texts what) {
        error(*cx.source, at, std::move(what));
        cx.ok = false;
    };
    std::vector<std::string> names;
    for (const auto& a : annexes_)
        if (std::holds_alternative<RowsTable>(a.table)) names.push_back(a.name);
    auto annex = std::find_if(annexes_.begin(), annexes_.end(), [&](const Annex& a) { return a.name == r.annex.text; });
    if (annex == annexes_.end() || !std::holds_alternative<RowsTable>(annex->table)) {
        fail(r.annex, both({"okänd bilaga \"{}\" med rader (bilagan måste stå före){}",
                            "unknown annex \"{}\" with rows (it must come first){}"},
                           r.annex.text, did_you_mean(r.annex.text, names)));
        return;
    }
    if (cx.scope != Scope::across_submissions) {
        fail(r, both({"{}.{} är en bilagerad och kan bara användas i across all submissions och bilagor",
                      "{}.{} is an annex row and can only be used in across all submissions and annexes"},
                     r.annex.text, r.row.text));
        return;
    }
    const auto& rows = std::get<RowsTable>(annex->table).rows;
    auto row = std::find_if(rows.begin(), rows.end(), [&](const AnnexRow& x) { return !x.heading && x.name == r.row.text; });
    if (row == rows.end()) {
        std::vector<std::string> row_names;
        for (const auto& x : rows)
            if (!x.heading) row_names.push_back(x.name);
        fail(r.row, both({"okänd rad \"{}\" i bilagan {}{}", "unknown row \"{}\" in the annex {}{}"}, r.row.text,
                         r.annex.text, did_you_mean(r.row.text, row_names)));
        return;
    }
    auto year = year_ref(cx, r, r.year, r.annex.text + "." + r.row.text);
    if (!year) return;
    Instruction in{Instruction::Op::annex_row};
    in.index = static_cast<int>(annex - annexes_.begin());
    in.column = static_cast<int>(row - rows.begin());
    in.year = *year;
    out.push_back(in);
}

void Compiler::emit(Context& cx, const ast::Expression& e, Kind want, Program& out) {
    // Additive chain: a bare number next to an amount is an amount in the round's unit.
    const Kind overall = cx.kinds.at(&e);
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

void Compiler::emit(Context& cx, const ast::Operand& operand, Kind want, Program& out) {
    struct Visitor {
        Compiler& self;
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
                else if (q.unit == WrittenUnit::tkr) in.value = to_kronor(n->value, Unit::tkr);
                else if (q.unit == WrittenUnit::mnkr) in.value = to_kronor(n->value, Unit::mnkr);
                else if (want == Kind::amount) in.value = to_kronor(n->value, self.round_.unit);
                else in.value = n->value;
            } catch (const std::exception&) {
                self.error(*cx.source, q, {"talet är för stort", "the number is too large"});
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
                self.error(*cx.source, r.name, both({"okänt index \"{}\"{}", "unknown index \"{}\"{}"}, r.name.text,
                                                    did_you_mean(r.name.text, names)));
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
                self.error(*cx.source, f, {"i across all submissions summeras ramarna med sum(frame)",
                                           "in across all submissions the frames are added with sum(frame)"});
                cx.ok = false;
                return;
            }
            Instruction in{Instruction::Op::frame};
            if (f.part) {
                std::vector<std::string> codes;
                for (const auto& c : self.round_.committees)
                    for (const auto& p : c.parts) codes.push_back(p.code);
                if (std::find(codes.begin(), codes.end(), f.part->text) == codes.end()) {
                    self.error(*cx.source, *f.part, both({"okänd del \"{}\"{}", "unknown part \"{}\"{}"}, f.part->text,
                                                         did_you_mean(f.part->text, codes)));
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
                    self.error(*cx.source, *r.year, both({"konstanten {} har inget år",
                                                          "the constant {} has no year"}, c.name));
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
                self.error(*cx.source, r.name, both({"okänd rad \"{}\"{}", "unknown line \"{}\"{}"}, r.name.text,
                                                    did_you_mean(r.name.text, names)));
                cx.ok = false;
                return;
            }
            if (cx.scope == Scope::across_submissions) {
                self.error(*cx.source, r.name,
                           both({"i across all submissions måste raden summeras: sum({})",
                                 "in across all submissions the line must be aggregated: sum({})"}, r.name.text));
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
        void operator()(const ast::AnnexRef& r) const { self.emit_annex_ref(cx, r, out); }
        void operator()(const x3::forward_ast<ast::Extremum>& m) const {
            // The arguments' common kind; a bare number among amounts is an amount.
            Kind kind = cx.kinds.at(&m.get().first);
            for (const auto& e : m.get().rest)
                if (cx.kinds.at(&e) != Kind::bare) kind = cx.kinds.at(&e);
            const Kind each = kind == Kind::bare ? want : kind;
            const Instruction::Op op = m.get().function == Aggregate::min ? Instruction::Op::minimum : Instruction::Op::maximum;
            self.emit(cx, m.get().first, each, out);
            for (const auto& e : m.get().rest) {
                self.emit(cx, e, each, out);
                out.push_back({op});
            }
        }
        void operator()(const x3::forward_ast<ast::Expression>& e) const { self.emit(cx, e.get(), want, out); }
    };
    boost::apply_visitor(Visitor{*this, cx, want, out}, operand);
}

std::vector<CompiledRule> Compiler::rules(const std::vector<SourcedStatement>& statements) {
    std::vector<CompiledRule> out;
    std::vector<std::pair<const SourceText*, const ast::Rule*>> seen;
    for (const auto& [source, statement] : statements) {
        const auto* r = boost::get<ast::Rule>(statement);
        if (!r) continue;
        auto same = std::find_if(seen.begin(), seen.end(), [&](const auto& other) { return other.second->name == r->name; });
        if (same != seen.end()) {
            int line = same->first->location(*same->second).line;
            error(*source, *r, both({"regeln \"{}\" finns redan (rad {})",
                                     "the rule \"{}\" already exists (line {})"}, r->name, line));
            continue;
        }
        seen.push_back({source, r});
        if (auto compiled = rule(*source, *r)) out.push_back(std::move(*compiled));
    }
    return out;
}

std::optional<CompiledRule> Compiler::rule(const SourceText& source, const ast::Rule& r) {
    CompiledRule rule;
    rule.name = r.name;
    rule.severity = r.severity;
    rule.scope = r.scope;
    rule.comparison = r.condition.comparison;
    rule.where = source.location(r);
    rule.condition_text = source.text_of(r.condition);
    for (const auto& code : r.only) {
        if (!round_.committee(code.text)) {
            std::vector<std::string> codes;
            for (const auto& c : round_.committees) codes.push_back(c.code);
            error(source, code, both({"okänd nämnd \"{}\"{}",
                                      "unknown committee \"{}\"{}"}, code.text, did_you_mean(code.text, codes)));
        }
        rule.only.push_back(code.text);
    }
    Context cx{&source, rule.scope};
    cx.only = &rule.only;
    Kind left = type(cx, r.condition.left);
    Kind right = type(cx, r.condition.right);
    if (cx.ok && left != Kind::bare && right != Kind::bare && left != right) {
        error(source, r.condition, {"kan inte jämföra ett belopp med en andel", "cannot compare an amount with a ratio"});
        cx.ok = false;
    }
    Kind kind = left == Kind::bare ? right : left;
    if (kind == Kind::bare) kind = Kind::ratio;
    rule.kind = kind == Kind::amount ? ValueKind::amount : ValueKind::ratio;
    emit(cx, r.condition.left, kind, rule.actual);
    rule.subject_line = cx.first_line;
    emit(cx, r.condition.right, kind, rule.expected);
    if (cx.ok && rule.scope == Scope::across_submissions) {
        for (int year : years_read(rule.actual, years_read(rule.expected, round_.years)))
            if (!lacks(rule.actual, year) && !lacks(rule.expected, year)) rule.years.push_back(year);
        if (rule.years.empty()) {
            error(source, r.condition, {"regeln har inget år där alla dess värden finns",
                                        "the rule has no year in which all its values exist"});
            cx.ok = false;
        }
    }
    if (r.condition.tolerance) {
        const auto& q = *r.condition.tolerance;
        if (auto n = number(source, q)) {
            if (n->is_percent) {
                rule.tolerance = {true, percent(n->value)};
            } else if (q.unit) {
                auto unit = amount_unit(source, q, round_.unit, false);
                if (kind != Kind::amount)
                    error(source, q, {"toleransen för en andel kan inte vara ett belopp",
                                      "the tolerance of a ratio cannot be an amount"});
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
        if (const auto name = unknown_placeholder(*r.message))
            error(source, r,
                  both({"okänd platshållare {{{}}} i meddelandet; giltiga är {}", "unknown placeholder {{{}}} in the message; valid are {}"},
                       *name, Texts{placeholder_list(Lang::sv), placeholder_list(Lang::en)}));
        rule.message = *r.message;
    }
    if (!cx.ok) return std::nullopt;
    return rule;
}

std::vector<CompiledRule> built_in_rules(const Round& round) {
    std::vector<CompiledRule> out;
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
            out.push_back(std::move(rule));
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
            out.push_back(std::move(rule));
        }
    }
    return out;
}

}  // namespace ramkoll::rules::detail
