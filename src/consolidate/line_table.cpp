// "Sammanställning per nämnd och rad": each committee's form lines per year with its totals as
// formulas of their terms, then every line summed over the committees.
#include "consolidate/builders.hpp"

namespace ramkoll::consolidate::detail {

namespace {

// Appends one block: a heading, a row per form line (values from `value`, or for a total a
// formula of its terms), and returns the row index of every line.
template <typename Value>
std::vector<std::size_t> block(const rules::Round& round, const std::string& heading, Table& table, Value value) {
    table.rows.push_back({RowKind::heading, {heading, ""}, 0, {}, {}, false, false});
    std::vector<std::size_t> rows;
    for (const auto& line : round.form.lines) {
        Row row{line.is_total() ? RowKind::subtotal : RowKind::item, {"", line.label}, 1, {}, {}, false, false};
        if (line.is_total()) row.formula = Formula{};
        table.rows.push_back(std::move(row));
        rows.push_back(table.rows.size() - 1);
    }
    for (std::size_t i = 0; i < round.form.lines.size(); ++i) {
        Row& row = table.rows[rows[i]];
        if (!row.formula) value(i, row);
    }
    // Totals last, in form order, so a total of totals sees its terms computed.
    for (std::size_t i = 0; i < round.form.lines.size(); ++i) {
        Row& row = table.rows[rows[i]];
        if (!row.formula) continue;
        for (const auto& t : round.form.lines[i].terms) row.formula->terms.push_back({t.sign, rows[t.line]});
        compute(table, row);
    }
    return rows;
}

}  // namespace

void line_table(const Units& units, Lang lang, Table& table) {
    const auto& round = units.round();
    table.text_headers = {std::string(tr(lang, "Nämnd", "Committee")), std::string(tr(lang, "Rad", "Line"))};
    std::vector<std::vector<std::size_t>> blocks;
    for (const auto& c : round.committees) {
        blocks.push_back(block(round, c.name, table, [&](std::size_t line, Row& row) {
            for (std::size_t y = 0; y < round.years.size(); ++y) row.values.push_back(units.line(c, line, y));
        }));
    }
    block(round, std::string(tr(lang, "Alla nämnder", "All committees")), table, [&](std::size_t line, Row& row) {
        row.kind = RowKind::subtotal;
        row.formula = Formula{};
        for (const auto& b : blocks) row.formula->terms.push_back({1, b[line]});
        compute(table, row);
    });
    table.rows.back().kind = RowKind::total;
}

}  // namespace ramkoll::consolidate::detail
