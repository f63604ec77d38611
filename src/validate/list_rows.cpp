// The sign of every list amount against its column's declared sign, and the list rows no rule or
// annex reads (see list_rows.hpp).
#include "validate/list_rows.hpp"

#include "common/message.hpp"
#include "common/swedish_number.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::validate {

namespace {

// "rad 3 (Nya lokaler)": the row's number in the list and its first text, when it has one.
std::string row_text(const rules::FormList& list, const submission::ListRow& row, std::size_t index, Lang lang) {
    for (std::size_t c = 0; c < list.columns.size(); ++c) {
        if (list.columns[c].kind != rules::ColumnKind::text) continue;
        const auto it = row.texts.find(c);
        if (it != row.texts.end() && !it->second.value.empty())
            return say(lang, {"rad {} ({})", "row {} ({})"}, index + 1, it->second.value);
    }
    return say(lang, {"rad {}", "row {}"}, index + 1);
}

bool wrong_sign(rules::Sign sign, Money amount) {
    return (sign == rules::Sign::positive && amount < Money()) || (sign == rules::Sign::negative && Money() < amount);
}

}  // namespace

std::vector<Finding> check_list_signs(const rules::Round& round,
                                      const std::vector<const submission::Submission*>& submissions, Lang lang) {
    std::vector<Finding> out;
    for (const auto* sub : submissions) {
        for (std::size_t l = 0; l < round.form.lists.size() && l < sub->lists.size(); ++l) {
            const auto& list = round.form.lists[l];
            for (std::size_t r = 0; r < sub->lists[l].size(); ++r) {
                const auto& row = sub->lists[l][r];
                for (const auto& [key, amount] : row.amounts) {
                    const auto& column = list.columns.at(key.first);
                    if (amount.blank || !wrong_sign(column.sign, amount.kronor)) continue;
                    const std::string shown =
                        format_swedish(from_kronor(amount.kronor, round.unit), 1) + " " + std::string(unit_name(round.unit));
                    const std::string year = key.second == 0 ? std::string() : fmt::format(" {}", key.second);
                    Finding f{FindingKind::rule, sub->committee_code, sub->file(), amount.source.sheet, amount.source.cell,
                              fmt::format("{}{}.{}", tr(lang, "Tecken: ", "Sign: "), list.name, column.name),
                              rules::Severity::error,
                              key.second == 0 ? std::nullopt : std::optional<int>(key.second), {},
                              say(lang, {"{} {} {}{} är {}; beloppen skrivs {}", "{} {} {}{} is {}; the amounts are written {}"},
                                  list.label, row_text(list, row, r, lang), column.label, year, shown,
                                  column.sign == rules::Sign::positive ? Texts{"positiva", "positive"}
                                                                       : Texts{"negativa", "negative"})};
                    out.push_back(std::move(f));
                }
            }
        }
    }
    return out;
}

std::vector<Finding> check_unread_list_rows(const rules::Round& round,
                                            const std::vector<const submission::Submission*>& submissions, Lang lang) {
    std::vector<Finding> out;
    for (const auto* sub : submissions) {
        for (std::size_t l = 0; l < round.form.lists.size() && l < sub->lists.size(); ++l) {
            const auto& list = round.form.lists[l];
            if (!list.selected_by) continue;
            const auto& column = list.columns.at(*list.selected_by);
            for (std::size_t r = 0; r < sub->lists[l].size(); ++r) {
                const auto& row = sub->lists[l][r];
                const auto text = row.texts.find(*list.selected_by);
                const std::string value = text == row.texts.end() ? std::string() : text->second.value;
                const bool amounts = std::any_of(row.amounts.begin(), row.amounts.end(), [](const auto& a) { return !a.second.blank; });
                if (!amounts || std::binary_search(column.values.begin(), column.values.end(), value)) continue;
                const auto& source = text != row.texts.end() ? text->second.source : row.amounts.begin()->second.source;
                std::string values;
                for (const auto& v : column.values) values += fmt::format("{}\"{}\"", values.empty() ? "" : ", ", v);
                out.push_back({FindingKind::rule, sub->committee_code, sub->file(), source.sheet, source.cell,
                               fmt::format("{}{}.{}", tr(lang, "Oläst rad: ", "Unread row: "), list.name, column.name),
                               rules::Severity::warning, std::nullopt, {},
                               say(lang, {"{} {}: {} \"{}\" läses inte av någon regel eller bilaga, som bara tar {}; radens belopp används inte",
                                          "{} {}: {} \"{}\" is read by no rule or annex, which take only {}; the row's amounts are not used"},
                                   list.label, row_text(list, row, r, lang), column.label, value, values)});
            }
        }
    }
    return out;
}

}  // namespace ramkoll::validate
