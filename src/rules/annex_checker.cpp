// Checks the annex declarations of a rule file: one table per annex, with one checker per kind
// of table (lists and columns that exist and fit, known committees and constants, row
// expressions compiled across submissions).
#include "rules/compiler.hpp"
#include "rules/reporter.hpp"
#include "rules/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::rules {

std::optional<std::size_t> list_read(const AnnexTable& table) {
    if (const auto* t = std::get_if<ItemsTable>(&table)) return t->list;
    if (const auto* t = std::get_if<AgreementsTable>(&table)) return t->list;
    return std::nullopt;
}

namespace detail {

namespace {

// The keyword of an annex item, to say which two kinds of table an annex mixes.
std::string_view item_kind(const ast::AnnexItem& item) {
    struct Visitor {
        std::string_view operator()(const ast::AnnexRow&) const { return "rows"; }
        std::string_view operator()(const ast::AnnexTotal&) const { return "rows"; }
        std::string_view operator()(const ast::AnnexHeading&) const { return "rows"; }
        std::string_view operator()(const ast::CommitteeTable&) const { return "committees"; }
        std::string_view operator()(const ast::LineTable&) const { return "lines"; }
        std::string_view operator()(const ast::ItemTable&) const { return "items"; }
        std::string_view operator()(const ast::AgreementTable&) const { return "agreements"; }
        std::string_view operator()(const ast::BridgeTable&) const { return "frame bridge"; }
    };
    return boost::apply_visitor(Visitor{}, item);
}

const x3::position_tagged& item_node(const ast::AnnexItem& item) {
    return boost::apply_visitor([](const auto& node) -> const x3::position_tagged& { return node; }, item);
}

}  // namespace

bool Compiler::known_committees(const SourceText& source, const std::vector<ast::Name>& codes) {
    bool ok = true;
    std::vector<std::string> known;   // committees and their parts (a part may submit its own)
    for (const auto& c : round_.committees) {
        known.push_back(c.code);
        for (const auto& p : c.parts) known.push_back(p.code);
    }
    for (const auto& code : codes) {
        if (std::find(known.begin(), known.end(), code.text) != known.end()) continue;
        error(source, code, both({"okänd nämnd \"{}\"{}",
                                  "unknown committee \"{}\"{}"}, code.text, did_you_mean(code.text, known)));
        ok = false;
    }
    return ok;
}

const FormList* Compiler::find_list(const SourceText& source, const ast::Name& name) {
    const FormList* list = round_.form.list(name.text);
    if (!list) {
        std::vector<std::string> names;
        for (const auto& l : round_.form.lists) names.push_back(l.name);
        error(source, name, both({"okänd lista \"{}\"{}", "unknown list \"{}\"{}"}, name.text, did_you_mean(name.text, names)));
    }
    return list;
}

// The index of a column of `list`; `amount`: it must hold amounts per year, else text.
std::optional<std::size_t> Compiler::list_column(const SourceText& source, const FormList& list, const ast::Name& name,
                                                 bool amount) {
    const FormColumn* c = list.column(name.text);
    if (!c) {
        std::vector<std::string> names;
        for (const auto& col : list.columns) names.push_back(col.name);
        error(source, name, both({"okänd kolumn \"{}\" i {}{}",
                                  "unknown column \"{}\" in {}{}"}, name.text, list.name, did_you_mean(name.text, names)));
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

std::optional<AnnexTable> Compiler::committees_table(const SourceText&, const ast::CommitteeTable& t) {
    return CommitteesTable{t.parts_first, t.chart};
}

std::optional<AnnexTable> Compiler::items_table(const SourceText& source, const ast::ItemTable& t) {
    const FormList* list = find_list(source, t.list);
    if (!list) return std::nullopt;
    ItemsTable table;
    table.list = static_cast<std::size_t>(list - round_.form.lists.data());
    auto amount = list_column(source, *list, t.amount, true);
    auto label = list_column(source, *list, t.label, false);
    bool ok = amount && label;
    if (amount) table.amount_column = *amount;
    if (label) table.label_column = *label;
    if (t.selection) {
        ok = known_committees(source, t.selection->committees) && ok;
        table.mode = t.selection->mode;
        for (const auto& c : t.selection->committees) table.committees.push_back(c.text);
    }
    table.label_header = t.label_header;
    table.plain = t.plain;
    table.total_label = t.total_label;
    if (t.plain && t.requirement) {
        error(source, *t.requirement, {"ett krav jämförs med varje nämnds summa och går inte med plain",
                                       "a requirement is compared with each committee's sum and cannot be plain"});
        ok = false;
    }
    if (t.requirement) {
        auto it = std::find_if(round_.constants.begin(), round_.constants.end(),
                               [&](const Constant& c) { return c.name == t.requirement->text; });
        if (it == round_.constants.end() || it->kind != ValueKind::ratio) {
            std::vector<std::string> names;
            for (const auto& c : round_.constants)
                if (c.kind == ValueKind::ratio) names.push_back(c.name);
            error(source, *t.requirement,
                  both({"kravet ska vara en konstant i procent, t.ex. constant effektiviseringskrav = 1,5 %{}",
                        "the requirement must be a percentage constant, e.g. constant effektiviseringskrav = 1,5 %{}"},
                       did_you_mean(t.requirement->text, names)));
            ok = false;
        } else {
            table.requirement = static_cast<std::size_t>(it - round_.constants.begin());
        }
    }
    if (!ok) return std::nullopt;
    return table;
}

std::optional<AnnexTable> Compiler::agreements_table(const SourceText& source, const ast::AgreementTable& t) {
    const FormList* list = find_list(source, t.list);
    if (!list) return std::nullopt;
    auto amount = list_column(source, *list, t.amount, true);
    auto role = list_column(source, *list, t.role, false);
    auto counterpart = list_column(source, *list, t.counterpart, false);
    const bool committee_column = counterpart && list->columns[*counterpart].kind == ColumnKind::committee;
    if (counterpart && !committee_column)
        error(source, t.counterpart, both({"kolumnen {} ska vara committee",
                                            "the column {} must be committee"}, t.counterpart.text));
    if (!amount || !role || !committee_column) return std::nullopt;
    return AgreementsTable{static_cast<std::size_t>(list - round_.form.lists.data()), *amount, *counterpart, *role,
                           t.seller, t.buyer};
}

std::optional<AnnexTable> Compiler::bridge_table(const SourceText& source, const ast::BridgeTable& t) {
    for (std::size_t b = 0; b < round_.bridges.size(); ++b)
        if (round_.bridges[b].year == t.year) return BridgeTable{b};
    std::vector<std::string> years;
    for (const auto& b : round_.bridges) years.push_back(std::to_string(b.year));
    error(source, t, both({"ingen brygga till {} (bridge … {}){}", "no bridge to {} (bridge … {}){}"}, t.year, t.year,
                          did_you_mean(std::to_string(t.year), years)));
    return std::nullopt;
}

// Rows and totals of earlier rows; every item of the annex is one of them.
std::optional<AnnexTable> Compiler::rows_table(const SourceText& source, const ast::Annex& a) {
    RowsTable table;
    bool ok = true;
    for (const auto& item : a.items) {
        if (const auto* r = boost::get<ast::AnnexRow>(&item)) {
            AnnexRow row{r->name.text, r->label, {}, {}, {}};
            ok = known_committees(source, r->only) && ok;
            for (const auto& c : r->only) row.only.push_back(c.text);
            Context cx{&source, Scope::across_submissions};
            if (type(cx, r->expression) == Kind::ratio) {
                error(source, r->expression, {"en rad i en bilaga ska vara ett belopp, inte en andel",
                                              "an annex row must be an amount, not a ratio"});
                cx.ok = false;
            }
            if (cx.ok) emit(cx, r->expression, Kind::amount, row.program);
            ok = ok && cx.ok;
            table.rows.push_back(std::move(row));
        } else if (const auto* h = boost::get<ast::AnnexHeading>(&item)) {
            AnnexRow row{"", h->label, {}, {}, {}};
            row.heading = true;
            table.rows.push_back(std::move(row));
        } else if (const auto* t = boost::get<ast::AnnexTotal>(&item)) {
            AnnexRow row{t->name.text, t->label, {}, {}, {}};
            for (const auto& term : t->terms) {
                auto it = std::find_if(table.rows.begin(), table.rows.end(), [&](const AnnexRow& earlier) {
                    return !earlier.heading && earlier.name == term.line.text;
                });
                if (it == table.rows.end()) {
                    std::vector<std::string> names;
                    for (const auto& earlier : table.rows)
                        if (!earlier.heading) names.push_back(earlier.name);
                    error(source, term.line,
                          both({"okänd rad \"{}\" i bilagan (raden måste stå före){}",
                                "unknown row \"{}\" in the annex (it must come first){}"},
                               term.line.text, did_you_mean(term.line.text, names)));
                    ok = false;
                    continue;
                }
                row.terms.push_back({term.sign == '-' ? -1 : 1, static_cast<std::size_t>(it - table.rows.begin())});
            }
            table.rows.push_back(std::move(row));
        }
    }
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (!table.rows[i].heading && table.rows[i].name == table.rows[j].name) {
                error(source, a, both({"raden {} finns två gånger i bilagan {}",
                                       "the row {} appears twice in the annex {}"}, table.rows[i].name, a.name.text));
                ok = false;
            }
    if (!ok) return std::nullopt;
    return table;
}

std::optional<Annex> Compiler::annex(const SourceText& source, const ast::Annex& a) {
    for (const auto& other : annexes_) {
        if (other.name == a.name.text) {
            error(source, a.name, both({"bilagan {} finns redan (rad {})",
                                        "the annex {} already exists (line {})"}, a.name.text, other.where.line));
            return std::nullopt;
        }
    }
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
    if (a.items.empty()) {
        error(source, a.name,
              {"bilagan saknar innehåll: committees, lines, items, agreements eller rader (row, total)",
               "the annex has no content: committees, lines, items, agreements or rows (row, total)"});
        return std::nullopt;
    }
    // An annex is one table: a single committees, lines, items or agreements, or only rows.
    const std::string_view kind = item_kind(a.items.front());
    for (std::size_t i = 1; i < a.items.size(); ++i) {
        if (kind == "rows" && item_kind(a.items[i]) == "rows") continue;
        error(source, item_node(a.items[i]),
              both({"en bilaga är en tabell: {} går inte att blanda med {}",
                    "an annex is one table: {} cannot be mixed with {}"}, item_kind(a.items[i]), kind));
        ok = false;
    }
    struct Visitor {
        Compiler& self;
        const SourceText& source;
        const ast::Annex& a;
        std::optional<AnnexTable> operator()(const ast::CommitteeTable& t) const { return self.committees_table(source, t); }
        std::optional<AnnexTable> operator()(const ast::LineTable&) const { return LinesTable{}; }
        std::optional<AnnexTable> operator()(const ast::ItemTable& t) const { return self.items_table(source, t); }
        std::optional<AnnexTable> operator()(const ast::AgreementTable& t) const { return self.agreements_table(source, t); }
        std::optional<AnnexTable> operator()(const ast::BridgeTable& t) const { return self.bridge_table(source, t); }
        std::optional<AnnexTable> operator()(const ast::AnnexRow&) const { return self.rows_table(source, a); }
        std::optional<AnnexTable> operator()(const ast::AnnexTotal&) const { return self.rows_table(source, a); }
        std::optional<AnnexTable> operator()(const ast::AnnexHeading&) const { return self.rows_table(source, a); }
    };
    auto table = boost::apply_visitor(Visitor{*this, source, a}, a.items.front());
    if (!ok || !table) return std::nullopt;
    auto columns = annex_columns(source, a, *table);
    if (!columns) return std::nullopt;
    if (a.sum_column && (std::holds_alternative<AgreementsTable>(*table) || std::holds_alternative<BridgeTable>(*table))) {
        error(source, a.name, {"en summakolumn går bara i bilagor med en kolumn per år",
                               "a sum column needs an annex with a column per year"});
        return std::nullopt;
    }
    return Annex{a.name.text, a.title, a.unit, a.decimals, std::move(*columns), a.sum_column, std::move(*table),
                 source.location(a)};
}

// The annex's value columns: as declared, or the round's years (an items annex: its list's).
// A declared column's values must be there: every row's values in its year.
std::optional<std::vector<AnnexColumn>> Compiler::annex_columns(const SourceText& source, const ast::Annex& a,
                                                                 const AnnexTable& table) {
    const auto* items = std::get_if<ItemsTable>(&table);
    const auto* rows = std::get_if<RowsTable>(&table);
    std::vector<AnnexColumn> out;
    if (a.columns.empty()) {
        for (int year : items ? round_.form.lists[items->list].years : round_.years) out.push_back({std::to_string(year), year});
        return out;
    }
    if (!items && !rows) {
        error(source, a.columns.front(), {"egna kolumner (columns) går bara i bilagor med rader (row, total) eller poster (items)",
                                          "own columns (columns) need an annex of rows (row, total) or items"});
        return std::nullopt;
    }
    bool ok = true;
    for (const auto& c : a.columns) {
        if (std::any_of(out.begin(), out.end(), [&](const AnnexColumn& o) { return o.year == c.year; })) {
            error(source, c, both({"året {} har redan en kolumn i bilagan", "the year {} already has a column in the annex"}, c.year));
            ok = false;
            continue;
        }
        out.push_back({c.header.value_or(std::to_string(c.year)), c.year});
        if (items) {
            const auto& list = round_.form.lists[items->list];
            if (!list.has_year(c.year)) {
                error(source, c, both({"listan {} har inga belopp för {} (dess år: {})", "the list {} has no amounts for {} (its years: {})"},
                                      list.name, c.year, join_years(list.years)));
                ok = false;
            }
            continue;
        }
        for (const auto& row : rows->rows) {
            if (row.heading || row.is_total()) continue;
            if (const auto lacking = lacks(row.program, c.year)) {
                error(source, c, both({"kolumnen \"{}\": raden {} har inget värde för {} ({} finns inte)",
                                       "the column \"{}\": the row {} has no value for {} (there is no {})"},
                                      out.back().header, row.name, c.year, *lacking));
                ok = false;
            }
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

std::vector<Annex> Compiler::annexes(const std::vector<SourcedStatement>& statements) {
    for (const auto& [source, statement] : statements)
        if (const auto* a = boost::get<ast::Annex>(statement))
            if (auto checked = annex(*source, *a)) annexes_.push_back(std::move(*checked));
    return annexes_;
}

}  // namespace detail

}  // namespace ramkoll::rules
