// The checker's declarations pass: resolves a rule file's declarations into a Round (years,
// units, committees, parts, the form), reporting every problem with its file:line:column.
#include "rules/declarations.hpp"

#include "rules/suggest.hpp"

#include <algorithm>
#include <cstdio>

namespace ramkoll::rules::detail {

void Declarations::once(const SourceText& source, const x3::position_tagged& node, std::optional<Placed>& seen,
                   const char* keyword) {
    if (seen) {
        int first_line = seen->source->location(*seen->node).line;
        error(source, node, both({"{} anges två gånger (första gången på rad {})",
                                  "{} is given twice (first on line {})"}, keyword, first_line));
    } else {
        seen = Placed{&source, &node};
    }
}

bool Declarations::right_count(const SourceText& source, const ast::ValueList& list) {
    if (round_.years.empty() || list.values.size() == round_.years.size()) return true;
    const Texts values = list.values.size() == 1 ? Texts{"värde", "value"} : Texts{"värden", "values"};
    error(source, list,
          both({"fel antal årsvärden: {} {} men {} år ({})", "wrong number of yearly values: {} {} but {} years ({})"},
               list.values.size(), values, round_.years.size(), join_years(round_.years)));
    return false;
}

// Amounts of a value list in kronor. A unit after the last value applies to the values
// written without one ("37,4 ; 39,0 ; 39,5 mnkr").
std::vector<Money> Declarations::amounts(const SourceText& source, const ast::ValueList& list, Unit* written_unit) {
    std::vector<Money> out;
    if (!right_count(source, list)) return out;
    std::optional<WrittenUnit> list_unit = list.values.empty() ? std::nullopt : list.values.back().unit;
    for (const auto& v : list.values) {
        ast::Quantity q = v;
        if (!q.unit) q.unit = list_unit;
        auto n = number(source, q);
        auto unit = amount_unit(source, q, round_.unit, false);
        if (!n || !unit) return {};
        if (written_unit) *written_unit = *unit;
        try {
            out.push_back(to_kronor(n->value, *unit));
        } catch (const std::exception&) {
            error(source, v, {"beloppet är för stort", "the amount is too large"});
            return {};
        }
    }
    return out;
}

// Percentages of an index: "3,9 %", "3,9 procent" or just "3,9".
std::vector<Money> Declarations::rates(const SourceText& source, const ast::ValueList& list) {
    std::vector<Money> out;
    if (!right_count(source, list)) return out;
    for (const auto& v : list.values) {
        auto n = number(source, v);
        if (!n) return {};
        if (v.unit && *v.unit != WrittenUnit::percent) {
            error(source, v, both({"ett index anges i procent, inte i {}",
                                   "an index is given in percent, not in {}"}, keyword(*v.unit)));
            return {};
        }
        out.push_back(percent(n->value));
    }
    return out;
}

// A committee's turnover: one amount for every year or one per year, each greater than 0.
std::vector<Money> Declarations::turnover(const SourceText& source, const ast::ValueList& list) {
    if (!round_.years.empty() && list.values.size() != 1 && list.values.size() != round_.years.size()) {
        error(source, list,
              both({"fel antal värden för omslutningen: {} men {} år ({}); ange ett värde för alla år eller ett per år",
                    "wrong number of turnover values: {} but {} years ({}); give one value for every year or one per year"},
                   list.values.size(), round_.years.size(), join_years(round_.years)));
        return {};
    }
    ast::ValueList every_year = list;
    if (list.values.size() == 1 && round_.years.size() > 1) every_year.values.assign(round_.years.size(), list.values.front());
    std::vector<Money> out = amounts(source, every_year);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] > Money()) continue;
        const auto& written = list.values.at(std::min(i, list.values.size() - 1));
        error(source, written, both({"omslutningen ska vara större än 0, inte {}", "the turnover must be greater than 0, not {}"},
                                    written.number));
        return {};
    }
    return out;
}

void Declarations::declare_committee(const SourceText& source, const ast::Committee& c) {
    // By the round's index of codes (a national round declares thousands of committees):
    // committees_ and round_.committees grow in step, one entry each per code declared.
    if (const auto known = round_.committee_positions.find(c.code.text); known != round_.committee_positions.end()) {
        const auto& [other_source, other] = committees_[known->second];
        int line = other_source->location(other->code).line;
        error(source, c.code, both({"nämndkoden {} finns redan (rad {})",
                                    "duplicate committee code {} (first on line {})"}, c.code.text, line));
        return;
    }
    committees_.push_back({&source, &c});
    Committee committee;
    committee.code = c.code.text;
    committee.name = c.name;
    bool has_frame = false, has_turnover = false;
    std::map<std::string, int> part_depth;
    for (const auto& item : c.items) {
        if (const auto* frame = boost::get<ast::Frame>(&item)) {
            if (has_frame) {
                error(source, *frame, both({"{} har redan en ram", "{} already has a frame"}, c.code.text));
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
                error(source, part->code, both({"delen {} finns redan i {}",
                                                "the part {} already exists in {}"}, p.code, committee.code));
                continue;
            }
            if (part->within) {
                auto it = part_depth.find(part->within->text);
                if (it == part_depth.end()) {
                    std::vector<std::string> known;
                    for (const auto& [code, depth] : part_depth) known.push_back(code);
                    error(source, *part->within,
                          both({"okänd del \"{}\" i {} (delen måste stå före){}",
                                "unknown part \"{}\" in {} (it must come first){}"},
                               part->within->text, committee.code, did_you_mean(part->within->text, known)));
                    continue;
                }
                p.parent = part->within->text;
                p.depth = it->second + 1;
            }
            part_depth[p.code] = p.depth;
            p.frame = amounts(source, part->frame.values);
            committee.parts.push_back(std::move(p));
        } else if (const auto* turnover_decl = boost::get<ast::Turnover>(&item)) {
            if (has_turnover) {
                error(source, *turnover_decl, both({"{} har redan en omslutning", "{} already has a turnover"}, c.code.text));
                continue;
            }
            has_turnover = true;
            committee.turnover = turnover(source, turnover_decl->values);
        } else if (const auto* deadline = boost::get<ast::Deadline>(&item)) {
            int y = 0, m = 0, d = 0;
            std::sscanf(deadline->date.c_str(), "%d-%d-%d", &y, &m, &d);
            static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
                error(source, *deadline, both({"ogiltigt datum {}", "invalid date {}"}, deadline->date));
            else
                committee.deadline = deadline->date;
        }
    }
    if (!has_frame)
        error(source, c.code, both({"{} saknar ram (frame: …)", "{} has no frame (frame: …)"}, c.code.text));
    check_parts(source, c, committee);
    round_.committee_positions.emplace(committee.code, round_.committees.size());
    round_.committees.push_back(std::move(committee));
}

// Every parent with parts: the parts must add up to its frame within the round's tolerance.
void Declarations::check_parts(const SourceText& source, const ast::Committee& c, const Committee& committee) {
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
        if (frame.size() != sum.size() || sum.size() > round_.years.size()) continue;   // no `years`: reported apart
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
                  both({"delarna av {} summerar till {} men ramen är {} år {} (skillnad {} {})",
                        "the parts of {} add up to {} but its frame is {} in {} (difference {} {})"},
                       parent, fmt_frame(sum[y]), fmt_frame(frame[y]), round_.years[y], fmt_frame(diff), unit));
        }
    }
}

// Whether `name` names no line yet; records where it does from now on.
bool Declarations::first_use_of_line(const SourceText& source, const ast::Name& name) {
    if (auto it = line_places_.find(name.text); it != line_places_.end()) {
        int first = it->second.source->location(*it->second.node).line;
        error(source, name, both({"raden {} finns redan (rad {})", "the line {} already exists (line {})"}, name.text, first));
        return false;
    }
    line_places_[name.text] = {&source, &name};
    return true;
}

// A frame bridge: each line's steps against its frame in the bridge's year (after the
// committees, so that every code is known).
void Declarations::declare_bridge(const SourceText& source, const ast::Bridge& b) {
    auto year = round_.year_index(b.year);
    if (!year) {
        error(source, b, both({"året {} finns inte i omgången ({})", "the year {} is not in the round ({})"}, b.year,
                              join_years(round_.years)));
        return;
    }
    if (round_.bridge(b.year)) {
        error(source, b, both({"bryggan till {} finns redan", "the bridge to {} already exists"}, b.year));
        return;
    }
    Bridge bridge{b.title, b.year, *year, round_.frame_tolerance, b.steps, {}};
    if (b.tolerance) {
        if (auto n = number(source, *b.tolerance)) {
            if (n->is_percent) bridge.tolerance = {true, percent(n->value)};
            else if (auto unit = amount_unit(source, *b.tolerance, round_.frame_unit, false))
                bridge.tolerance = {false, to_kronor(n->value, *unit)};
        }
    }
    bool ok = true;
    std::vector<std::string> codes;
    for (const auto& c : round_.committees) {
        codes.push_back(c.code);
        for (const auto& p : c.parts) codes.push_back(p.code);
    }
    for (const auto& l : b.lines) {
        BridgeLine line;
        line.code = l.code.text;
        const std::vector<Money>* frame = nullptr;
        for (const auto& c : round_.committees) {
            if (c.code == line.code) {
                frame = &c.frame;
                line.label = c.name;
                line.committee = true;
            }
            for (const auto& p : c.parts)
                if (p.code == line.code) {
                    frame = &p.frame;
                    line.label = p.name;
                }
        }
        if (!frame) {
            error(source, l.code, both({"okänd nämnd eller del \"{}\"{}", "unknown committee or part \"{}\"{}"},
                                       line.code, did_you_mean(line.code, codes)));
            ok = false;
            continue;
        }
        if (l.values.size() != b.steps.size()) {
            error(source, l, both({"{} har {} värden men bryggan har {} steg", "{} has {} values but the bridge has {} steps"},
                                  line.code, l.values.size(), b.steps.size()));
            ok = false;
            continue;
        }
        if (l.label) line.label = *l.label;
        if (frame->size() <= *year) continue;   // a frame with the wrong number of years: reported apart
        line.frame = (*frame)[*year];
        for (const auto& v : l.values) {
            std::optional<Money> step;
            if (v) {
                auto n = number(source, *v);
                auto unit = amount_unit(source, *v, round_.frame_unit, false);
                if (!n || !unit) {
                    ok = false;
                    continue;
                }
                step = to_kronor(n->value, *unit);
            }
            line.steps.push_back(step);
        }
        const Money allowed = bridge.tolerance.relative ? line.frame.abs() * bridge.tolerance.value : bridge.tolerance.value;
        if (line.steps.size() == b.steps.size() && line.difference().abs() > allowed) {
            std::string unit(unit_name(round_.frame_unit));
            error(source, l.code,
                  both({"bryggan för {} summerar till {} men ramen {} är {} (skillnad {} {}, tolerans {} {})",
                        "the bridge of {} adds up to {} but its frame in {} is {} (difference {} {}, tolerance {} {})"},
                       line.code, fmt_frame(line.sum()), b.year, fmt_frame(line.frame), fmt_frame(line.difference()), unit,
                       fmt_frame(allowed), unit));
        }
        bridge.lines.push_back(std::move(line));
    }
    if (ok) round_.bridges.push_back(std::move(bridge));
}

void Declarations::declare_form(const SourceText& source, const ast::Form& form) {
    for (const auto& item : form.items) {
        if (const auto* line = boost::get<ast::Line>(&item)) {
            if (!first_use_of_line(source, line->name)) continue;
            FormLine l;
            l.name = line->name.text;
            l.label = line->label;
            l.sign = line->sign;
            l.synonyms = line->synonyms;
            round_.form.lines.push_back(std::move(l));
        } else if (const auto* total = boost::get<ast::Total>(&item)) {
            if (!first_use_of_line(source, total->name)) continue;
            FormLine l;
            l.name = total->name.text;
            l.label = total->label;
            l.synonyms = total->synonyms;
            round_.form.lines.push_back(std::move(l));
            totals_.push_back({&source, total});
        } else if (const auto* list = boost::get<ast::ListSection>(&item)) {
            if (round_.form.list(list->name.text)) {
                error(source, list->name, both({"listan {} finns redan",
                                                "the list {} already exists"}, list->name.text));
                continue;
            }
            FormList l;
            l.name = list->name.text;
            l.label = list->label;
            l.optional = list->optional;
            for (const auto& code : list->only) l.only.push_back(code.text);
            l.years = list->years.empty() ? round_.years : list->years;
            for (std::size_t i = 1; i < list->years.size(); ++i)
                if (list->years[i] <= list->years[i - 1]) {
                    error(source, list->name, both({"listan {}: åren ska stå i ordning och en gång var ({})",
                                                    "the list {}: the years must be in order and once each ({})"},
                                                   l.name, join_years(l.years)));
                    break;
                }
            list_committees_.push_back({&source, list});
            for (const auto& c : list->columns) {
                if (l.column(c.name.text)) {
                    error(source, c.name, both({"kolumnen {} finns redan i {}",
                                                "the column {} already exists in {}"}, c.name.text, l.name));
                    continue;
                }
                if (c.sign != Sign::any && holds_text(c.kind)) {
                    error(source, c.name, both({"kolumnen {} är ingen beloppskolumn och kan inte ha ett tecken ({})",
                                                "the column {} is no amount column and cannot have a sign ({})"},
                                               c.name.text, keyword(c.sign)));
                    continue;
                }
                l.columns.push_back({c.name.text, c.label, c.kind, c.sign});
            }
            round_.form.lists.push_back(std::move(l));
        }
    }
}

// Resolves the terms of every total and rejects totals that refer to themselves.
void Declarations::check_totals() {
    std::vector<std::string> names;
    for (const auto& l : round_.form.lines) names.push_back(l.name);
    for (const auto& [source, total] : totals_) {
        auto self = *round_.form.line_index(total->name.text);
        std::vector<TotalTerm> terms;
        for (const auto& t : total->terms) {
            auto index = round_.form.line_index(t.line.text);
            if (!index) {
                error(*source, t.line, both({"okänd rad \"{}\"{}",
                                             "unknown line \"{}\"{}"}, t.line.text, did_you_mean(t.line.text, names)));
                continue;
            }
            if (*index == self) {
                error(*source, t.line, both({"summaraden {} refererar till sig själv",
                                             "the total {} refers to itself"}, total->name.text));
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
                      both({"summaraden {} refererar till sig själv via andra summarader",
                            "the total {} refers to itself through other totals"}, total->name.text));
                break;
            }
            for (const auto& t : round_.form.lines[at].terms) stack.push_back(t.line);
        }
    }
}

void Declarations::check_result() {
    if (!result_decl_) return;
    ResultRow row;
    row.label = result_decl_->label;
    row.negated = result_decl_->negated;
    row.values = amounts(*result_source_, result_decl_->values);
    if (row.values.empty() || row.values.size() > round_.years.size()) return;   // no `years`: reported apart
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
            const Texts how = row.negated ? Texts{"−(summan av ramarna)", "−(the sum of the frames)"}
                                          : Texts{"summan av ramarna", "the sum of the frames"};
            error(*result_source_, *result_decl_,
                  both({"{} {} är {} men {} är {} (skillnad {} {})", "{} {} is {} but {} is {} (difference {} {})"},
                       row.label, round_.years[y], fmt_frame(row.values[y]), how, fmt_frame(expected), fmt_frame(diff),
                       unit));
        }
    }
    round_.result = std::move(row);
}

// The round itself first, so that values can be checked against its years and unit.
void Declarations::declare_round(const std::vector<SourcedStatement>& statements) {
    for (const auto& [source, statement] : statements) {
        if (const auto* s = boost::get<ast::RoundTitle>(statement)) {
            once(*source, *s, round_seen_, "round");
            round_.title = s->title;
        } else if (const auto* s = boost::get<ast::Years>(statement)) {
            once(*source, *s, years_seen_, "years");
            bool increasing = true;
            for (std::size_t i = 1; i < s->years.size(); ++i) increasing = increasing && s->years[i] == s->years[i - 1] + 1;
            if (!increasing)
                error(*source, *s, {"åren ska följa på varandra, t.ex. 2024 2025 2026",
                                    "the years must be consecutive, e.g. 2024 2025 2026"});
            round_.years = s->years;
        } else if (const auto* s = boost::get<ast::UnitDecl>(statement)) {
            once(*source, *s, unit_seen_, "unit");
            round_.unit = round_.frame_unit = s->unit;
        }
    }
    const SourceText* first_source = statements.empty() ? nullptr : statements.front().source;
    if (first_source && !round_seen_)
        diagnostics_.push_back({first_source->location(first_source->text().cbegin()),
                                {"round saknas: filen ska ange budgetomgångens titel, t.ex. round \"Budget 2024\"",
                                 "round is missing: the file must give the round's title, e.g. round \"Budget 2024\""}});
    if (first_source && !years_seen_)
        diagnostics_.push_back({first_source->location(first_source->text().cbegin()),
                                {"years saknas: ange budgetåret och planåren, t.ex. years 2024 2025 2026",
                                 "years is missing: give the budget year and plan years, e.g. years 2024 2025 2026"}});
    for (const auto& [source, statement] : statements) {
        if (const auto* s = boost::get<ast::ToleranceDecl>(statement)) {
            once(*source, *s, s->frames ? frame_tolerance_seen_ : tolerance_seen_, s->frames ? "tolerance frames" : "tolerance");
            Tolerance& t = s->frames ? round_.frame_tolerance : round_.tolerance;
            if (auto n = number(*source, s->value)) {
                if (n->is_percent) t = {true, percent(n->value)};
                else if (auto unit = amount_unit(*source, s->value, round_.unit, false)) t = {false, to_kronor(n->value, *unit)};
            }
        }
    }
    if (!frame_tolerance_seen_) round_.frame_tolerance = round_.tolerance;
}

Round Declarations::run(const std::vector<SourcedStatement>& statements) {
    declare_round(statements);
    for (const auto& [source, statement] : statements) {
        if (const auto* s = boost::get<ast::IndexDecl>(statement)) {
            if (std::any_of(round_.indices.begin(), round_.indices.end(), [&](const auto& i) { return i.name == s->name.text; })) {
                error(*source, s->name, both({"indexet {} finns redan", "the index {} already exists"}, s->name.text));
                continue;
            }
            round_.indices.push_back({s->name.text, s->title.value_or(s->name.text), rates(*source, s->values)});
        } else if (const auto* s = boost::get<ast::ConstantDecl>(statement)) {
            if (std::any_of(round_.constants.begin(), round_.constants.end(), [&](const auto& c) { return c.name == s->name.text; })) {
                error(*source, s->name, both({"konstanten {} finns redan",
                                              "the constant {} already exists"}, s->name.text));
                continue;
            }
            if (auto n = number(*source, s->value)) {
                Constant c{s->name.text, n->value, ValueKind::ratio, n->is_percent};
                if (n->is_percent) c.value = percent(n->value);
                else if (auto unit = amount_unit(*source, s->value, round_.unit, true); unit && s->value.unit) {
                    c.value = to_kronor(n->value, *unit);
                    c.kind = ValueKind::amount;
                }
                round_.constants.push_back(c);
            }
        } else if (const auto* s = boost::get<ast::Committee>(statement)) {
            declare_committee(*source, *s);
        } else if (const auto* s = boost::get<ast::Bridge>(statement)) {
            bridges_.push_back({source, s});
        } else if (const auto* s = boost::get<ast::Form>(statement)) {
            declare_form(*source, *s);
        } else if (const auto* s = boost::get<ast::ResultDecl>(statement)) {
            once(*source, *s, result_seen_, "result");
            result_decl_ = s;
            result_source_ = source;
        }
    }
    for (const auto& [source, bridge] : bridges_) declare_bridge(*source, *bridge);
    for (const auto& [source, list] : list_committees_) {
        std::vector<std::string> known;
        for (const auto& c : round_.committees) {
            known.push_back(c.code);
            for (const auto& p : c.parts) known.push_back(p.code);
        }
        for (const auto& code : list->only)
            if (!round_.committee_of(code.text))
                error(*source, code, both({"okänd nämnd \"{}\"{}", "unknown committee \"{}\"{}"}, code.text,
                                          did_you_mean(code.text, known)));
    }
    check_totals();
    check_result();
    for (const auto& constant : round_.constants) {
        if (auto it = line_places_.find(constant.name); it != line_places_.end())
            error(*it->second.source, *it->second.node,
                  both({"{} är både en rad och en konstant", "{} is both a line and a constant"}, constant.name));
    }
    return std::move(round_);
}

}  // namespace ramkoll::rules::detail
