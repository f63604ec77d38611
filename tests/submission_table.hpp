// A submission held in memory, filled by name: the rules' SubmissionValues without a workbook,
// for tests of the evaluator, consolidation and the annexes.
#pragma once

#include "rules/evaluator.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::test {

// A submission held in memory, filled by name; the simplest SubmissionValues.
// Example: SubmissionTable s(round, "RS"); s.set_line("Drift", 2024, to_kronor(Money::whole(100), Unit::tkr));
class SubmissionTable : public rules::SubmissionValues {
public:
    SubmissionTable(const rules::Round& round, std::string committee);

    // Unknown names throw std::invalid_argument.
    void set_line(std::string_view line, int year, Money kronor);
    std::size_t add_row(std::string_view list);
    void set_text(std::string_view list, std::size_t row, std::string_view column, std::string text);
    void set_amount(std::string_view list, std::size_t row, std::string_view column, int year, Money kronor);

    std::string committee() const override { return committee_; }
    std::optional<Money> line(std::size_t line, int year) const override;
    std::size_t rows(std::size_t list) const override;
    std::optional<Money> amount(std::size_t list, std::size_t row, std::size_t column, int year) const override;
    std::string text(std::size_t list, std::size_t row, std::size_t column) const override;

private:
    struct Row {
        std::map<std::size_t, std::string> texts;
        std::map<std::pair<std::size_t, int>, Money> amounts;
    };
    std::size_t list_index(std::string_view list) const;
    std::size_t column_index(std::size_t list, std::string_view column) const;

    const rules::Round& round_;
    std::string committee_;
    std::map<std::pair<std::size_t, int>, Money> lines_;
    std::map<std::size_t, std::vector<Row>> lists_;
};

inline SubmissionTable::SubmissionTable(const rules::Round& round, std::string committee)
    : round_(round), committee_(std::move(committee)) {}

inline std::size_t SubmissionTable::list_index(std::string_view list) const {
    const rules::FormList* l = round_.form.list(list);
    if (!l) throw std::invalid_argument(fmt::format("okänd lista {}", list));
    return static_cast<std::size_t>(l - round_.form.lists.data());
}

inline std::size_t SubmissionTable::column_index(std::size_t list, std::string_view column) const {
    const rules::FormList& l = round_.form.lists[list];
    const rules::FormColumn* c = l.column(column);
    if (!c) throw std::invalid_argument(fmt::format("okänd kolumn {} i {}", column, l.name));
    return static_cast<std::size_t>(c - l.columns.data());
}

inline void SubmissionTable::set_line(std::string_view line, int year, Money kronor) {
    auto index = round_.form.line_index(line);
    if (!index) throw std::invalid_argument(fmt::format("okänd rad {}", line));
    lines_[{*index, year}] = kronor;
}

inline std::size_t SubmissionTable::add_row(std::string_view list) {
    auto& rows = lists_[list_index(list)];
    rows.emplace_back();
    return rows.size() - 1;
}

inline void SubmissionTable::set_text(std::string_view list, std::size_t row, std::string_view column, std::string text) {
    std::size_t l = list_index(list);
    lists_.at(l).at(row).texts[column_index(l, column)] = std::move(text);
}

inline void SubmissionTable::set_amount(std::string_view list, std::size_t row, std::string_view column, int year,
                                 Money kronor) {
    std::size_t l = list_index(list);
    std::size_t c = column_index(l, column);
    if (round_.form.lists[l].columns[c].kind == rules::ColumnKind::amount) year = 0;
    lists_.at(l).at(row).amounts[{c, year}] = kronor;
}

inline std::optional<Money> SubmissionTable::line(std::size_t line, int year) const {
    auto it = lines_.find({line, year});
    if (it == lines_.end()) return std::nullopt;
    return it->second;
}

inline std::size_t SubmissionTable::rows(std::size_t list) const {
    auto it = lists_.find(list);
    return it == lists_.end() ? 0 : it->second.size();
}

inline std::optional<Money> SubmissionTable::amount(std::size_t list, std::size_t row, std::size_t column, int year) const {
    if (round_.form.lists[list].columns[column].kind == rules::ColumnKind::amount) year = 0;
    const auto& amounts = lists_.at(list).at(row).amounts;
    auto it = amounts.find({column, year});
    if (it == amounts.end()) return std::nullopt;
    return it->second;
}

inline std::string SubmissionTable::text(std::size_t list, std::size_t row, std::size_t column) const {
    const auto& texts = lists_.at(list).at(row).texts;
    auto it = texts.find(column);
    return it == texts.end() ? std::string() : it->second;
}

}  // namespace ramkoll::test
