// The committee annex (Bilaga 2 Nämndbudget; seed 003's "Budget per nämnd"): a row per
// committee with its varav parts, and the round's result row as a formula of the committees.
#include "consolidate/builders.hpp"

namespace ramkoll::consolidate::detail {

namespace {

std::vector<std::optional<Money>> net_values(const Units& units, const rules::Committee& c, std::string_view code) {
    std::vector<std::optional<Money>> values;
    for (std::size_t y = 0; y < units.round().years.size(); ++y) values.push_back(units.net(c, code, y));
    return values;
}

// Seed 000: the committee, then its parts as varav rows ("Varav Regionstaben"), not added again.
// A part without a submission of its own shows its decided frame.
std::size_t varav_after(const Units& units, const rules::Committee& c, Lang lang, Table& table, bool& framed) {
    Row row{RowKind::item, {c.name}, 0, net_values(units, c, c.code), {}, false, true};
    table.rows.push_back(std::move(row));
    const std::size_t index = table.rows.size() - 1;
    const bool committee_submitted = units.submission(c.code) != nullptr;
    for (const auto& p : c.parts) {
        Row part{RowKind::part, {fmt::format("{} {}", tr(lang, "Varav", "Of which"), p.name)}, p.depth,
                 net_values(units, c, p.code), {}, false, false};
        for (std::size_t y = 0; y < part.values.size(); ++y) {
            if (part.values[y] || !committee_submitted || y >= p.frame.size()) continue;
            part.values[y] = p.frame[y];
            framed = true;
        }
        table.rows.push_back(std::move(part));
    }
    return index;
}

// Seed 003: the parts first, a part with parts of its own under a heading, then "Totalt <name>"
// as a formula of the rows directly under it.
std::size_t parts_first(const Units& units, const rules::Committee& c, std::string_view code, const std::string& name,
                        int depth, Lang lang, Table& table) {
    std::vector<const rules::Part*> children;
    for (const auto& p : c.parts)
        if (p.parent == code) children.push_back(&p);
    const int indent = depth > 0 ? depth - 1 : 0;
    if (children.empty()) {
        table.rows.push_back({RowKind::item, {name}, indent, net_values(units, c, code), {}, false, false});
        return table.rows.size() - 1;
    }
    if (depth > 0) table.rows.push_back({RowKind::heading, {name}, indent, {}, {}, false, false});
    std::vector<std::size_t> terms;
    for (const auto* p : children) terms.push_back(parts_first(units, c, p->code, p->name, depth + 1, lang, table));
    const std::size_t total = add_sum(table, RowKind::subtotal, {fmt::format("{} {}", tr(lang, "Totalt", "Total"), name)}, terms);
    table.rows[total].indent = indent;
    return total;
}

}  // namespace

void committee_table(const Units& units, const rules::Annex& annex, Lang lang, Table& table) {
    const auto& round = units.round();
    table.text_headers = {std::string(tr(lang, "Nämnd", "Committee"))};
    table.value_headers = year_headers(round);
    table.chart = annex.chart;
    std::vector<std::size_t> committees;
    bool framed = false;
    for (const auto& c : round.committees) {
        std::size_t row = annex.parts_first ? parts_first(units, c, c.code, c.name, 0, lang, table)
                                            : varav_after(units, c, lang, table, framed);
        table.rows[row].in_chart = true;
        committees.push_back(row);
    }
    const std::string label = round.result ? round.result->label : std::string(tr(lang, "Summa", "Total"));
    add_sum(table, RowKind::total, {label}, committees, round.result && round.result->negated);
    if (framed)
        table.notes.push_back(std::string(tr(lang, "Varav-rader utan eget underlag visar den beslutade ramen.",
                                             "Of-which rows without a submission of their own show the decided frame.")));
}

}  // namespace ramkoll::consolidate::detail
