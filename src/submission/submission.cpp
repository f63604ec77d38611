// The Submission model's lookups, as the rules evaluator asks for them.
#include "submission/submission.hpp"

namespace ramkoll::submission {

const Amount* Submission::line_amount(std::size_t line, int year) const {
    auto it = lines.find({line, year});
    return it == lines.end() ? nullptr : &it->second;
}

std::optional<Money> Submission::line(std::size_t line, int year) const {
    if (const auto* a = line_amount(line, year)) return a->kronor;
    return std::nullopt;
}

std::optional<Money> Submission::amount(std::size_t list, std::size_t row, std::size_t column, int year) const {
    const auto& columns = round_->form.lists.at(list).columns;
    const int key_year = columns.at(column).kind == rules::ColumnKind::amount_per_year ? year : 0;
    const auto& amounts = lists.at(list).at(row).amounts;
    auto it = amounts.find({column, key_year});
    if (it == amounts.end() || it->second.blank) return std::nullopt;   // an empty cell has no amount
    return it->second.kronor;
}

std::string Submission::text(std::size_t list, std::size_t row, std::size_t column) const {
    const auto& texts = lists.at(list).at(row).texts;
    auto it = texts.find(column);
    return it == texts.end() ? std::string() : it->second.value;
}

}  // namespace ramkoll::submission
