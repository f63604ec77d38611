// The internal agreements annex: per year a seller × buyer matrix of what the buyers budget as
// cost, one of what the sellers budget as revenue (as a positive amount), and their difference
// as formulas, highlighted where seller and buyer do not agree.
#include "consolidate/builders.hpp"

#include <algorithm>
#include <map>

namespace ramkoll::consolidate::detail {

namespace {

// The committee a counterpart cell names, by code or name (a part counts as its committee).
const rules::Committee* counterpart(const Units& units, const std::string& text) {
    if (const auto* c = units.round().committee_of(text)) return c;
    for (const auto& c : units.round().committees) {
        if (c.name == text) return &c;
        for (const auto& p : c.parts)
            if (p.name == text) return &c;
    }
    return nullptr;
}

}  // namespace

void agreement_table(const Units& units, const rules::AgreementsTable& annex, Lang lang, Table& table) {
    const auto& round = units.round();
    // (reporting committee, counterpart, role is seller) → amount per year index
    using Key = std::tuple<const rules::Committee*, const rules::Committee*, bool>;
    std::map<Key, std::vector<std::optional<Money>>> reported;
    std::vector<bool> involved(round.committees.size(), false);
    auto index_of = [&](const rules::Committee* c) { return static_cast<std::size_t>(c - round.committees.data()); };
    for (const auto& c : round.committees) {
        for (const auto* s : units.of_committee(c)) {
            for (std::size_t r = 0; r < s->rows(annex.list); ++r) {
                const std::string role = s->text(annex.list, r, annex.role_column);
                if (role != annex.seller && role != annex.buyer) continue;
                const auto* other = counterpart(units, s->text(annex.list, r, annex.counterpart_column));
                if (!other) continue;
                involved[index_of(&c)] = involved[index_of(other)] = true;
                auto& values = reported[{&c, other, role == annex.seller}];
                values.resize(round.years.size());
                for (std::size_t y = 0; y < round.years.size(); ++y)
                    if (auto v = s->amount(annex.list, r, annex.amount_column, round.years[y]))
                        values[y] = values[y].value_or(Money{}) + *v;
            }
        }
    }
    std::vector<const rules::Committee*> parties;
    for (std::size_t i = 0; i < round.committees.size(); ++i)
        if (involved[i]) parties.push_back(&round.committees[i]);

    table.text_headers = {std::string(tr(lang, "Säljare \\ köpare", "Seller \\ buyer"))};
    for (const auto* p : parties) table.value_headers.push_back(p->code);
    auto value = [&](const rules::Committee* reporter, const rules::Committee* other, bool as_seller, std::size_t y) {
        auto it = reported.find({reporter, other, as_seller});
        if (it == reported.end() || !it->second[y]) return std::optional<Money>();
        return as_seller ? std::optional<Money>(-*it->second[y]) : it->second[y];
    };
    for (std::size_t y = 0; y < round.years.size(); ++y) {
        const int year = round.years[y];
        std::vector<std::size_t> costs, revenues;
        table.rows.push_back({RowKind::heading, {fmt::format("{}: {}", year, tr(lang, "köparnas kostnad", "the buyers' cost"))}, 0, {}, {}, false, false});
        for (const auto* seller : parties) {
            Row row{RowKind::item, {seller->name}, 1, {}, {}, false, false};
            for (const auto* buyer : parties) row.values.push_back(value(buyer, seller, false, y));
            table.rows.push_back(std::move(row));
            costs.push_back(table.rows.size() - 1);
        }
        table.rows.push_back({RowKind::heading, {fmt::format("{}: {}", year, tr(lang, "säljarnas intäkt", "the sellers' revenue"))}, 0, {}, {}, false, false});
        for (const auto* seller : parties) {
            Row row{RowKind::item, {seller->name}, 1, {}, {}, false, false};
            for (const auto* buyer : parties) row.values.push_back(value(seller, buyer, true, y));
            table.rows.push_back(std::move(row));
            revenues.push_back(table.rows.size() - 1);
        }
        table.rows.push_back({RowKind::heading, {fmt::format("{}: {}", year, tr(lang, "skillnad, intäkt − kostnad", "difference, revenue − cost"))}, 0, {}, {}, false, false});
        for (std::size_t i = 0; i < parties.size(); ++i) {
            Row row{RowKind::subtotal, {parties[i]->name}, 1, {}, Formula{{{1, revenues[i]}, {-1, costs[i]}}, false}, true, false};
            compute(table, row);
            table.rows.push_back(std::move(row));
        }
    }
    if (parties.empty())
        table.notes.push_back(std::string(tr(lang, "Inga interna överenskommelser i underlagen.", "No internal agreements in the submissions.")));
}

}  // namespace ramkoll::consolidate::detail
