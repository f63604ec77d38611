// Collecting each text column's declared values from the compiled rules and annexes.
#include "rules/column_values.hpp"

#include "rules/agreements.hpp"

#include <algorithm>

namespace ramkoll::rules {

namespace {

void add(FormColumn& column, const std::string& value) {
    if (value.empty() || std::find(column.values.begin(), column.values.end(), value) != column.values.end()) return;
    column.values.push_back(value);
}

void collect(Round& round, const Program& program) {
    for (const auto& in : program) {
        if (in.op != Instruction::Op::list_column || in.filter_column < 0 || in.index < 0) continue;
        auto& list = round.form.lists.at(static_cast<std::size_t>(in.index));
        auto& column = list.columns.at(static_cast<std::size_t>(in.filter_column));
        if (column.kind == ColumnKind::text) add(column, in.filter_text);
    }
}

}  // namespace

void declare_column_values(Round& round) {
    for (const auto& rule : round.rules) {
        collect(round, rule.actual);
        collect(round, rule.expected);
    }
    for (const auto& annex : round.annexes) {
        if (const auto* rows = std::get_if<RowsTable>(&annex.table))
            for (const auto& row : rows->rows) collect(round, row.program);
        const auto* agreements = std::get_if<AgreementsTable>(&annex.table);
        if (!agreements) continue;
        auto& role = round.form.lists.at(agreements->list).columns.at(agreements->role_column);
        if (role.kind != ColumnKind::text) continue;
        add(role, agreements->seller);
        add(role, agreements->buyer);
        role.closed = true;
    }
    if (const auto agreements = agreements_list(round)) {
        auto& role = round.form.lists.at(agreements->list).columns.at(agreements->role);
        add(role, agreements->seller);
        add(role, agreements->buyer);
        role.closed = true;
    }
    for (auto& list : round.form.lists)
        for (auto& column : list.columns) std::sort(column.values.begin(), column.values.end());
}

}  // namespace ramkoll::rules
