// Collecting each text column's declared values from the compiled rules and annexes, and the
// column each list's readers all select its rows by.
#include "rules/column_values.hpp"

#include "rules/agreements.hpp"

#include <algorithm>

namespace ramkoll::rules {

namespace {

void add(FormColumn& column, const std::string& value) {
    if (value.empty() || std::find(column.values.begin(), column.values.end(), value) != column.values.end()) return;
    column.values.push_back(value);
}

// How a list's rows are read: by no one, whole (a read without a text filter, an items or
// agreements annex), or only by the values of one text column (a column index).
constexpr std::ptrdiff_t unread = -1, whole = -2;

void read_by(std::vector<std::ptrdiff_t>& reads, std::size_t list, std::ptrdiff_t how) {
    auto& r = reads.at(list);
    if (r == unread) r = how;
    else if (r != how) r = whole;
}

void collect(Round& round, const Program& program, std::vector<std::ptrdiff_t>& reads) {
    for (const auto& in : program) {
        if (in.op != Instruction::Op::list_column || in.index < 0) continue;
        const auto l = static_cast<std::size_t>(in.index);
        auto& list = round.form.lists.at(l);
        if (in.filter_column < 0 || list.columns.at(static_cast<std::size_t>(in.filter_column)).kind != ColumnKind::text) {
            read_by(reads, l, whole);
            continue;
        }
        add(list.columns.at(static_cast<std::size_t>(in.filter_column)), in.filter_text);
        read_by(reads, l, in.filter_column);
    }
}

}  // namespace

void declare_column_values(Round& round) {
    std::vector<std::ptrdiff_t> reads(round.form.lists.size(), unread);
    for (const auto& rule : round.rules) {
        collect(round, rule.actual, reads);
        collect(round, rule.expected, reads);
    }
    for (const auto& annex : round.annexes) {
        if (const auto* rows = std::get_if<RowsTable>(&annex.table))
            for (const auto& row : rows->rows) collect(round, row.program, reads);
        if (const auto list = list_read(annex.table)) read_by(reads, *list, whole);
        const auto* agreements = std::get_if<AgreementsTable>(&annex.table);
        if (!agreements) continue;
        auto& role = round.form.lists.at(agreements->list).columns.at(agreements->role_column);
        if (role.kind != ColumnKind::text) continue;
        add(role, agreements->seller);
        add(role, agreements->buyer);
        role.closed = true;
    }
    if (const auto agreements = agreements_list(round)) {
        read_by(reads, agreements->list, whole);   // ramkoll check pairs every row
        auto& role = round.form.lists.at(agreements->list).columns.at(agreements->role);
        add(role, agreements->seller);
        add(role, agreements->buyer);
        role.closed = true;
    }
    for (std::size_t l = 0; l < round.form.lists.size(); ++l) {
        auto& list = round.form.lists[l];
        for (auto& column : list.columns) std::sort(column.values.begin(), column.values.end());
        if (reads[l] >= 0) list.selected_by = static_cast<std::size_t>(reads[l]);
    }
}

}  // namespace ramkoll::rules
