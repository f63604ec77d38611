// The rows annexes (Bilaga 1 Resultatbudget): each declared row evaluated across the
// submissions (of the committees it names), totals as formulas of earlier rows.
#include "consolidate/builders.hpp"

#include <algorithm>

namespace ramkoll::consolidate::detail {

void row_table(const Units& units, const Submissions& submissions, const rules::RowsTable& annex,
               const std::vector<rules::AnnexColumn>& columns, Table& table) {
    const rules::Evaluator evaluator(units.round());
    table.text_headers = {""};
    for (const auto& declared : annex.rows) {
        Row row{RowKind::item, {declared.label}, 0, {}, {}, false, false};
        if (declared.heading) {
            row.kind = RowKind::heading;
            row.values.assign(columns.size(), std::nullopt);
        } else if (declared.is_total()) {
            row.kind = RowKind::subtotal;
            row.formula = Formula{declared.terms, false};
            compute(table, row);
        } else {
            const auto index = static_cast<std::size_t>(&declared - annex.rows.data());
            for (const auto& column : columns)
                row.values.push_back(evaluator.row_value(annex.rows, index, submissions, column.year));
        }
        table.rows.push_back(std::move(row));
    }
    if (!table.rows.empty() && table.rows.back().formula) table.rows.back().kind = RowKind::total;
}

}  // namespace ramkoll::consolidate::detail
