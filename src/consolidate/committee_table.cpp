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

// A part's net cost; when only its committee submitted (one workbook for the whole committee),
// the part's decided frame, and `framed` is set so the annex can say so.
std::vector<std::optional<Money>> part_values(const Units& units, const rules::Committee& c, const rules::Part& p,
                                              bool& framed) {
    auto values = net_values(units, c, p.code);
    if (units.submission(c.code) == nullptr) return values;
    for (std::size_t y = 0; y < values.size() && y < p.frame.size(); ++y) {
        if (values[y]) continue;
        values[y] = p.frame[y];
        framed = true;
    }
    return values;
}

// Seed 000: the committee, then its parts as varav rows ("Varav Regionstaben"), not added again.
// A part without a submission of its own shows its decided frame.
std::size_t varav_after(const Units& units, const rules::Committee& c, Lang lang, Table& table, bool& framed) {
    Row row{RowKind::item, {c.name}, 0, net_values(units, c, c.code), {}, false, true};
    table.rows.push_back(std::move(row));
    const std::size_t index = table.rows.size() - 1;
    for (const auto& p : c.parts)
        table.rows.push_back({RowKind::part, {fmt::format("{} {}", tr(lang, "Varav", "Of which"), p.name)}, p.depth,
                              part_values(units, c, p, framed), {}, false, false});
    return index;
}

// Seed 003: the parts first, a part with parts of its own under a heading, then "Totalt <name>"
// as a formula of the rows directly under it.
// A part without a submission of its own shows its decided frame, as in varav_after.
std::size_t parts_first(const Units& units, const rules::Committee& c, const rules::Part* part, int depth, Lang lang,
                        Table& table, bool& framed) {
    const std::string& code = part ? part->code : c.code;
    const std::string& name = part ? part->name : c.name;
    std::vector<const rules::Part*> children;
    for (const auto& p : c.parts)
        if (p.parent == code) children.push_back(&p);
    const int indent = depth > 0 ? depth - 1 : 0;
    if (children.empty()) {
        table.rows.push_back({RowKind::item, {name}, indent,
                              part ? part_values(units, c, *part, framed) : net_values(units, c, code), {}, false, false});
        return table.rows.size() - 1;
    }
    if (depth > 0) table.rows.push_back({RowKind::heading, {name}, indent, {}, {}, false, false});
    std::vector<std::size_t> terms;
    for (const auto* p : children) terms.push_back(parts_first(units, c, p, depth + 1, lang, table, framed));
    const std::size_t total = add_sum(table, RowKind::subtotal, {fmt::format("{} {}", tr(lang, "Totalt", "Total"), name)}, terms);
    table.rows[total].indent = indent;
    return total;
}

}  // namespace

void committee_table(const Units& units, const rules::CommitteesTable& annex, Lang lang, Table& table) {
    const auto& round = units.round();
    table.text_headers = {std::string(tr(lang, "Nämnd", "Committee"))};
    table.chart = annex.chart;
    std::vector<std::size_t> committees;
    bool framed = false;
    for (const auto& c : round.committees) {
        std::size_t row = annex.parts_first ? parts_first(units, c, nullptr, 0, lang, table, framed)
                                            : varav_after(units, c, lang, table, framed);
        table.rows[row].in_chart = true;
        committees.push_back(row);
    }
    const std::string label = round.result ? round.result->label : std::string(tr(lang, "Summa", "Total"));
    add_sum(table, RowKind::total, {label}, committees, round.result && round.result->negated);
    if (framed)
        table.notes.push_back(std::string(tr(lang, "Delar (varav-rader) utan eget underlag visar den beslutade ramen.",
                                             "Parts (of-which rows) without a submission of their own show the decided frame.")));
}

}  // namespace ramkoll::consolidate::detail
