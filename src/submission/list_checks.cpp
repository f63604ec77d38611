// The agreements' sign convention and the sum row of a list, checked while a template is read.
#include "submission/list_checks.hpp"

#include "common/swedish_number.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace ramkoll::submission {

namespace {

std::string shown(const rules::Round& round, Money kronor) {
    return format_swedish(from_kronor(kronor, round.unit), 1) + " " + std::string(unit_name(round.unit));
}

// The range of a formula "SUM(B5:B24)" (with or without $), else nullopt.
std::optional<xlsx::RangeRef> sum_range(std::string_view formula) {
    std::string text;
    for (char c : formula)
        if (c != '$' && c != ' ') text += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    if (!text.starts_with("SUM(") || !text.ends_with(")")) return std::nullopt;
    return xlsx::parse_range_ref(std::string_view(text).substr(4, text.size() - 5));
}

}  // namespace

void check_agreement_signs(Submission& out, const rules::Round& round, const rules::AgreementsList& agreements,
                           const ListRow& row, const std::function<std::string(int)>& subject) {
    const auto role = row.texts.find(agreements.role);
    if (role == row.texts.end()) return;
    const bool seller = role->second.value == agreements.seller;
    if (!seller && role->second.value != agreements.buyer) return;
    for (const auto& [key, amount] : row.amounts) {
        if (key.first != agreements.amount) continue;
        if (seller ? amount.kronor > Money{} : amount.kronor < Money{})
            out.findings.push_back({seller ? ReadingProblem::seller_amount_positive : ReadingProblem::buyer_amount_negative,
                                    amount.source, subject(key.second), shown(round, amount.kronor)});
    }
}

void check_list_sum(Submission& out, const rules::Round& round, const SheetGrid& grid, xlsx::CellRef ref,
                    const std::vector<std::pair<std::uint32_t, Money>>& amounts, const std::string& subject) {
    Money rows_sum;
    for (const auto& [row, kronor] : amounts) rows_sum += kronor;
    const auto* cell = grid.at(ref);
    if (!cell) return;
    std::optional<Money> value;
    const auto reading = read_amount(cell);
    if (reading.kind == AmountReading::Kind::number) {
        try {
            value = to_kronor(reading.value, round.unit);
        } catch (const std::overflow_error&) {
            return;
        }
    } else if (reading.kind == AmountReading::Kind::uncomputed) {
        const auto covered = sum_range(cell->formula);
        if (!covered || covered->first.col != ref.col || covered->last.col != ref.col) return;
        value = Money{};
        for (const auto& [row, kronor] : amounts)
            if (row >= covered->first.row && row <= covered->last.row) *value += kronor;
    }
    if (!value || *value == rows_sum) return;
    out.findings.push_back({ReadingProblem::list_sum_short, {out.file(), grid.name(), ref},
                            fmt::format("{} ({})", subject, xlsx::to_string(ref)), shown(round, *value), shown(round, rows_sum)});
}

}  // namespace ramkoll::submission
