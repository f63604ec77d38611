// The item annexes (Förfogandeanslaget, Särskilda satsningar, Effektiviseringar): every row of
// a list section from the committees' submissions (plain: one row per label, the committees'
// amounts of the same item added), a sum per committee, a SUMMA row and, when
// a requirement is declared, each committee's sum against it (rate × the committee's frame,
// taken as a positive amount: Finansförvaltningen's frame is negative).
#include "consolidate/builders.hpp"

#include "common/swedish_number.hpp"

#include <algorithm>

namespace ramkoll::consolidate::detail {

namespace {

bool selected(const rules::ItemsTable& annex, const rules::Committee& committee, const std::string& code) {
    if (annex.committees.empty()) return true;
    const bool named = std::find(annex.committees.begin(), annex.committees.end(), code) != annex.committees.end() ||
                       std::find(annex.committees.begin(), annex.committees.end(), committee.code) != annex.committees.end();
    return named == (annex.mode == rules::SelectionMode::only);
}

// A plain table's row with this label: one row per item, whichever committees list it.
std::optional<std::size_t> same_label(const Table& table, const std::string& label) {
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        if (table.rows[i].kind == RowKind::item && table.rows[i].texts.back() == label) return i;
    return std::nullopt;
}

// Adds a list row's amounts to a table row; a year no one filled in stays blank.
void add_amounts(Row& row, const rules::SubmissionValues& s, const rules::ItemsTable& annex, std::size_t r,
                 const std::vector<int>& years) {
    for (std::size_t y = 0; y < years.size(); ++y) {
        const auto amount = s.amount(annex.list, r, annex.amount_column, years[y]);
        if (!amount) continue;
        row.values[y] = row.values[y] ? std::optional<Money>(*row.values[y] + *amount) : amount;
    }
}

}  // namespace

void item_table(const Units& units, const rules::ItemsTable& annex, const std::vector<rules::AnnexColumn>& columns, Lang lang,
                Table& table) {
    const auto& round = units.round();
    std::vector<int> years;
    for (const auto& c : columns) years.push_back(c.year);
    const auto& list = round.form.lists[annex.list];
    table.text_headers = {std::string(tr(lang, "Nämnd", "Committee")),
                          annex.label_header.value_or(list.columns[annex.label_column].label)};
    if (annex.plain) table.text_headers.erase(table.text_headers.begin());
    std::vector<std::size_t> sums;
    for (const auto& c : round.committees) {
        std::vector<std::size_t> items;
        for (const auto* s : units.of_committee(c)) {
            if (!selected(annex, c, s->committee())) continue;
            for (std::size_t r = 0; r < s->rows(annex.list); ++r) {
                const auto label = s->text(annex.list, r, annex.label_column);
                if (annex.plain) {
                    if (const auto same = same_label(table, label)) {   // the committees' parts of one item
                        add_amounts(table.rows[*same], *s, annex, r, years);
                        continue;
                    }
                }
                Row row{RowKind::item, {c.name, label}, 0, {}, {}, false, false};
                if (annex.plain) row.texts.erase(row.texts.begin());
                row.values.resize(years.size());
                add_amounts(row, *s, annex, r, years);
                table.rows.push_back(std::move(row));
                items.push_back(table.rows.size() - 1);
            }
        }
        const bool required = annex.requirement && selected(annex, c, c.code);
        if (annex.plain) {   // every item goes straight into the total
            sums.insert(sums.end(), items.begin(), items.end());
            continue;
        }
        if (items.empty() && !required) continue;
        const std::size_t sum = add_sum(table, RowKind::subtotal, {fmt::format("{} {}", tr(lang, "Summa", "Total"), c.name), ""}, items);
        sums.push_back(sum);
        if (!required) continue;
        const auto& rate = round.constants[*annex.requirement];
        Row requirement{RowKind::item,
                        {"", fmt::format("{} ({} {})", tr(lang, "Krav", "Requirement"),
                                         format_swedish_percent(rate.value, 1), tr(lang, "av ramen", "of the frame"))},
                        1, {}, {}, false, false};
        for (int year : years) {
            const auto y = round.year_index(year);
            requirement.values.push_back(y && *y < c.frame.size() ? std::optional<Money>(rate.value * c.frame[*y].abs()) : std::nullopt);
        }
        table.rows.push_back(std::move(requirement));
        Row difference{RowKind::subtotal, {"", std::string(tr(lang, "Skillnad mot kravet", "Difference from the requirement"))},
                       1, {}, Formula{{{1, sum}, {-1, table.rows.size() - 1}}, false}, false, false};
        compute(table, difference);
        table.rows.push_back(std::move(difference));
    }
    std::vector<std::string> total{annex.total_label.value_or(std::string(tr(lang, "SUMMA totalt", "TOTAL"))), ""};
    if (annex.plain) total.pop_back();
    add_sum(table, RowKind::total, std::move(total), sums);
}

}  // namespace ramkoll::consolidate::detail
