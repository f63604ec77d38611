// Checks the annex declarations of a rule file: one table per annex, lists and columns that
// exist and fit, known committees and constants, row expressions compiled across submissions.
#include "rules/checker_state.hpp"
#include "rules/suggest.hpp"

#include <algorithm>

namespace ramkoll::rules {

std::string_view annex_kind_name(AnnexKind kind) {
    switch (kind) {
    case AnnexKind::committees: return "committees";
    case AnnexKind::lines: return "lines";
    case AnnexKind::items: return "items";
    case AnnexKind::agreements: return "agreements";
    case AnnexKind::rows: return "rows";
    }
    return "";
}

namespace detail {

bool Checker::known_committees(const SourceText& source, const std::vector<ast::Name>& codes) {
    bool ok = true;
    std::vector<std::string> known;   // committees and their parts (a part may submit its own)
    for (const auto& c : round_.committees) {
        known.push_back(c.code);
        for (const auto& p : c.parts) known.push_back(p.code);
    }
    for (const auto& code : codes) {
        if (std::find(known.begin(), known.end(), code.text) != known.end()) continue;
        auto hint = closest_name(code.text, known);
        error(source, code, both({"okänd nämnd \"{}\"{}",
                                  "unknown committee \"{}\"{}"}, code.text, did_you_mean(hint)));
        ok = false;
    }
    return ok;
}

// The index of a column of `list`; `amount`: it must hold amounts per year, else text.
std::optional<std::size_t> Checker::list_column(const SourceText& source, const FormList& list, const ast::Name& name,
                                                bool amount) {
    const FormColumn* c = list.column(name.text);
    if (!c) {
        std::vector<std::string> names;
        for (const auto& col : list.columns) names.push_back(col.name);
        auto hint = closest_name(name.text, names);
        error(source, name, both({"okänd kolumn \"{}\" i {}{}",
                                  "unknown column \"{}\" in {}{}"}, name.text, list.name, did_you_mean(hint)));
        return std::nullopt;
    }
    if (amount && c->kind != ColumnKind::amount_per_year) {
        error(source, name, both({"kolumnen {} ska vara amount per year",
                                  "the column {} must be amount per year"}, name.text));
        return std::nullopt;
    }
    if (!amount && c->kind == ColumnKind::amount_per_year) {
        error(source, name, both({"kolumnen {} ska vara text, inte belopp",
                                  "the column {} must be text, not amounts"}, name.text));
        return std::nullopt;
    }
    return static_cast<std::size_t>(c - list.columns.data());
}

void Checker::declare_annex(const SourceText& source, const ast::Annex& a) {
    for (const auto& other : round_.annexes) {
        if (other.name == a.name.text) {
            error(source, a.name, both({"bilagan {} finns redan (rad {})",
                                        "the annex {} already exists (line {})"}, a.name.text, other.where.line));
            return;
        }
    }
    Annex annex;
    annex.name = a.name.text;
    annex.title = a.title;
    annex.unit = a.unit == "mnkr" ? Unit::mnkr : Unit::tkr;
    annex.decimals = a.decimals;
    annex.where = source.location(a);
    bool ok = true;
    if (a.name.text == "Bilagor") {   // the combined workbook is Bilagor.xlsx
        error(source, a.name, {"namnet Bilagor är upptaget av arbetsboken med alla bilagor",
                               "the name Bilagor is taken by the workbook with every annex"});
        ok = false;
    }
    if (a.name.text.size() > 31) {   // it names a sheet; Excel allows 31 characters
        error(source, a.name, {"bilagans namn får vara högst 31 tecken (det blir bladets namn)",
                               "an annex name may have at most 31 characters (it names the sheet)"});
        ok = false;
    }
    if (a.decimals > 6) {
        error(source, a, {"högst 6 decimaler", "at most 6 decimals"});
        ok = false;
    }
    std::optional<AnnexKind> kind;
    auto set_kind = [&](AnnexKind k, const x3::position_tagged& at) {
        if (kind && (*kind != AnnexKind::rows || k != AnnexKind::rows)) {
            error(source, at,
                  both({"en bilaga är en tabell: {} går inte att blanda med {}",
                        "an annex is one table: {} cannot be mixed with {}"},
                       annex_kind_name(k), annex_kind_name(*kind)));
            ok = false;
            return false;
        }
        kind = k;
        return true;
    };
    auto find_list = [&](const ast::Name& name) -> const FormList* {
        const FormList* list = round_.form.list(name.text);
        if (!list) {
            std::vector<std::string> names;
            for (const auto& l : round_.form.lists) names.push_back(l.name);
            auto hint = closest_name(name.text, names);
            error(source, name, both({"okänd lista \"{}\"{}", "unknown list \"{}\"{}"}, name.text, did_you_mean(hint)));
            ok = false;
        }
        return list;
    };
    for (const auto& item : a.items) {
        if (const auto* t = boost::get<ast::CommitteeTable>(&item)) {
            if (!set_kind(AnnexKind::committees, *t)) continue;
            annex.parts_first = t->parts_first;
            annex.chart = t->chart;
        } else if (const auto* t = boost::get<ast::LineTable>(&item)) {
            set_kind(AnnexKind::lines, *t);
        } else if (const auto* t = boost::get<ast::ItemTable>(&item)) {
            if (!set_kind(AnnexKind::items, *t)) continue;
            const FormList* list = find_list(t->list);
            if (!list) continue;
            annex.list = static_cast<std::size_t>(list - round_.form.lists.data());
            auto amount = list_column(source, *list, t->amount, true);
            auto label = list_column(source, *list, t->label, false);
            ok = ok && amount && label;
            if (amount) annex.amount_column = *amount;
            if (label) annex.label_column = *label;
            if (t->selection) {
                ok = known_committees(source, t->selection->committees) && ok;
                annex.except = t->selection->mode == "except";
                for (const auto& c : t->selection->committees) annex.committees.push_back(c.text);
            }
            if (t->requirement) {
                auto it = std::find_if(round_.constants.begin(), round_.constants.end(),
                                       [&](const Constant& c) { return c.name == t->requirement->text; });
                if (it == round_.constants.end() || it->kind != ValueKind::ratio) {
                    std::vector<std::string> names;
                    for (const auto& c : round_.constants)
                        if (c.kind == ValueKind::ratio) names.push_back(c.name);
                    auto hint = closest_name(t->requirement->text, names);
                    error(source, *t->requirement,
                          both({"kravet ska vara en konstant i procent, t.ex. constant effektiviseringskrav = 1,5 %{}",
                                "the requirement must be a percentage constant, e.g. constant effektiviseringskrav = 1,5 %{}"},
                               did_you_mean(hint)));
                    ok = false;
                } else {
                    annex.requirement = static_cast<std::size_t>(it - round_.constants.begin());
                }
            }
        } else if (const auto* t = boost::get<ast::AgreementTable>(&item)) {
            if (!set_kind(AnnexKind::agreements, *t)) continue;
            const FormList* list = find_list(t->list);
            if (!list) continue;
            annex.list = static_cast<std::size_t>(list - round_.form.lists.data());
            auto amount = list_column(source, *list, t->amount, true);
            auto role = list_column(source, *list, t->role, false);
            auto counterpart = list_column(source, *list, t->counterpart, false);
            const bool committee_column = counterpart && list->columns[*counterpart].kind == ColumnKind::committee;
            if (counterpart && !committee_column)
                error(source, t->counterpart, both({"kolumnen {} ska vara committee",
                                                    "the column {} must be committee"}, t->counterpart.text));
            ok = ok && amount && role && committee_column;
            if (amount) annex.amount_column = *amount;
            if (role) annex.role_column = *role;
            if (committee_column) annex.label_column = *counterpart;
            annex.seller = t->seller;
            annex.buyer = t->buyer;
        } else if (const auto* r = boost::get<ast::AnnexRow>(&item)) {
            if (!set_kind(AnnexKind::rows, *r)) continue;
            AnnexRow row{r->name.text, r->label, {}, {}, {}};
            ok = known_committees(source, r->only) && ok;
            for (const auto& c : r->only) row.only.push_back(c.text);
            Context cx{&source, Scope::across_submissions};
            if (kind_of(cx, r->expression) == Kind::ratio) {
                error(source, r->expression, {"en rad i en bilaga ska vara ett belopp, inte en andel",
                                              "an annex row must be an amount, not a ratio"});
                cx.ok = false;
            }
            if (cx.ok) emit(cx, r->expression, Kind::amount, row.program);
            ok = ok && cx.ok;
            annex.rows.push_back(std::move(row));
        } else if (const auto* t = boost::get<ast::AnnexTotal>(&item)) {
            if (!set_kind(AnnexKind::rows, *t)) continue;
            AnnexRow row{t->name.text, t->label, {}, {}, {}};
            for (const auto& term : t->terms) {
                auto it = std::find_if(annex.rows.begin(), annex.rows.end(),
                                       [&](const AnnexRow& earlier) { return earlier.name == term.line.text; });
                if (it == annex.rows.end()) {
                    std::vector<std::string> names;
                    for (const auto& earlier : annex.rows) names.push_back(earlier.name);
                    auto hint = closest_name(term.line.text, names);
                    error(source, term.line,
                          both({"okänd rad \"{}\" i bilagan (raden måste stå före){}",
                                "unknown row \"{}\" in the annex (it must come first){}"},
                               term.line.text, did_you_mean(hint)));
                    ok = false;
                    continue;
                }
                row.terms.push_back({term.sign == '-' ? -1 : 1, static_cast<std::size_t>(it - annex.rows.begin())});
            }
            annex.rows.push_back(std::move(row));
        }
    }
    if (kind == AnnexKind::rows) {
        for (std::size_t i = 0; i < annex.rows.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (annex.rows[i].name == annex.rows[j].name) {
                    error(source, a, both({"raden {} finns två gånger i bilagan {}",
                                           "the row {} appears twice in the annex {}"},
                                          annex.rows[i].name, annex.name));
                    ok = false;
                }
    }
    if (!kind) {
        error(source, a.name,
              {"bilagan saknar innehåll: committees, lines, items, agreements eller rader (row, total)",
               "the annex has no content: committees, lines, items, agreements or rows (row, total)"});
        return;
    }
    annex.kind = *kind;
    if (ok) round_.annexes.push_back(std::move(annex));
}

}  // namespace detail

}  // namespace ramkoll::rules
