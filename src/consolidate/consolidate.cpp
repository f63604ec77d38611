// Consolidation: one table per declared annex, each built by the function for its kind.
#include "consolidate/consolidate.hpp"

#include "consolidate/builders.hpp"

#include <algorithm>

namespace ramkoll::consolidate {

const Row* Table::find(std::string_view label) const {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return !r.texts.empty() && r.texts[0] == label; });
    return it == rows.end() ? nullptr : &*it;
}

namespace detail {

void compute(Table& table, Row& row) {
    row.values.assign(table.value_headers.size(), Money{});
    for (std::size_t c = 0; c < row.values.size(); ++c) {
        Money sum;
        for (const auto& [sign, index] : row.formula->terms) {
            const auto& values = table.rows[index].values;
            Money v = c < values.size() && values[c] ? *values[c] : Money{};
            sum = sign < 0 ? sum - v : sum + v;
        }
        row.values[c] = row.formula->negated ? -sum : sum;
    }
}

void add_sum_column(Table& table, const std::string& header) {
    table.value_headers.push_back(header);
    for (auto& row : table.rows) {
        std::optional<Money> sum;   // blank when the row has no values at all (a heading)
        for (const auto& v : row.values)
            if (v) sum = sum.value_or(Money{}) + *v;
        row.values.push_back(sum);
    }
}

std::size_t add_sum(Table& table, RowKind kind, std::vector<std::string> texts, const std::vector<std::size_t>& terms,
                    bool negated) {
    Row row;
    row.kind = kind;
    row.texts = std::move(texts);
    row.formula = Formula{{}, negated};
    for (std::size_t t : terms) row.formula->terms.push_back({1, t});
    compute(table, row);
    table.rows.push_back(std::move(row));
    return table.rows.size() - 1;
}

}  // namespace detail

std::vector<Table> consolidate(const rules::Round& round, const Submissions& submissions, Lang lang) {
    const detail::Units units(round, submissions);
    std::vector<Table> tables;
    for (const auto& annex : round.annexes) {
        Table table;
        table.name = annex.name;
        table.title = annex.title;
        table.unit = annex.unit;
        table.decimals = annex.decimals;
        // A column per year, except a matrix of agreements (the buyers) and a bridge (its steps).
        if (!std::holds_alternative<rules::AgreementsTable>(annex.table) && !std::holds_alternative<rules::BridgeTable>(annex.table))
            for (const auto& c : annex.columns) table.value_headers.push_back(c.header);
        struct Builder {
            const detail::Units& units;
            const Submissions& submissions;
            const rules::Annex& annex;
            Lang lang;
            Table& table;
            void operator()(const rules::CommitteesTable& t) const { detail::committee_table(units, t, lang, table); }
            void operator()(const rules::LinesTable&) const { detail::line_table(units, lang, table); }
            void operator()(const rules::ItemsTable& t) const { detail::item_table(units, t, annex.columns, lang, table); }
            void operator()(const rules::AgreementsTable& t) const { detail::agreement_table(units, t, lang, table); }
            void operator()(const rules::RowsTable& t) const { detail::row_table(units, submissions, t, annex.columns, table); }
            void operator()(const rules::BridgeTable& t) const { detail::bridge_table(units, t, lang, table); }
        };
        std::visit(Builder{units, submissions, annex, lang, table}, annex.table);
        if (annex.sum_column) detail::add_sum_column(table, *annex.sum_column);
        tables.push_back(std::move(table));
    }
    return tables;
}

}  // namespace ramkoll::consolidate
