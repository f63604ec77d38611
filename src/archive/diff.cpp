// Value-by-value, list-row-by-list-row and finding-by-finding comparison of two archived versions.
#include "archive/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace ramkoll::archive {
namespace {

using FindingKey = std::tuple<std::string, std::string, std::string, std::string, std::optional<int>>;

FindingKey key(const StoredFinding& f) { return {f.kind, f.severity, f.rule, f.location, f.year}; }

// Findings of `from` whose key `other` does not have as often (a key may repeat).
std::vector<StoredFinding> missing_in(const std::vector<StoredFinding>& from, const std::vector<StoredFinding>& other) {
    std::map<FindingKey, int> available;
    for (const auto& f : other) ++available[key(f)];
    std::vector<StoredFinding> out;
    for (const auto& f : from)
        if (available[key(f)]-- <= 0) out.push_back(f);
    return out;
}

// One list row of a version: its values in stored order, and its texts column by column (what
// tells it from the other rows).
struct ListRow {
    std::string list;
    int row = 0;
    std::string label;
    std::vector<const StoredListValue*> values;
    std::string texts, amounts;
};

std::vector<ListRow> rows_of(const std::vector<StoredListValue>& values) {
    std::vector<ListRow> out;
    for (const auto& v : values) {
        if (out.empty() || out.back().list != v.list || out.back().row != v.row) out.push_back({v.list, v.row, v.label, {}, {}, {}});
        out.back().values.push_back(&v);
        if (v.kronor)
            out.back().amounts += fmt::format("{}\x1f{}\x1f{}\x1e", v.column, v.year, v.kronor->raw());
        else
            out.back().texts += v.column + '\x1f' + v.text + '\x1e';
    }
    return out;
}

// The values that differ between a row's two versions (either may be missing: added, removed).
void compare_rows(const ListRow* older, const ListRow* newer, std::vector<ListChange>& out) {
    const ListRow& shown = newer != nullptr ? *newer : *older;
    auto change = [&](const StoredListValue* b, const StoredListValue* a) {
        const StoredListValue& v = a != nullptr ? *a : *b;
        out.push_back({shown.list, shown.row, shown.label, v.column, v.year,
                       b != nullptr ? std::optional(*b) : std::nullopt, a != nullptr ? std::optional(*a) : std::nullopt});
    };
    std::map<std::pair<std::string, int>, const StoredListValue*> old;
    if (older != nullptr)
        for (const auto* v : older->values) old[{v->column, v->year}] = v;
    if (newer != nullptr)
        for (const auto* v : newer->values) {
            const auto it = old.find({v->column, v->year});
            if (it == old.end()) {
                change(nullptr, v);
                continue;
            }
            if (it->second->kronor != v->kronor || it->second->text != v->text) change(it->second, v);
            old.erase(it);
        }
    if (older != nullptr)
        for (const auto* v : older->values)
            if (old.contains({v->column, v->year})) change(v, nullptr);
}

}  // namespace

std::vector<ListChange> diff_list_values(const std::vector<StoredListValue>& before,
                                         const std::vector<StoredListValue>& after) {
    const auto old_rows = rows_of(before), new_rows = rows_of(after);
    std::vector<std::optional<std::size_t>> match(new_rows.size());   // the older row of each newer one
    std::vector<bool> taken(old_rows.size(), false);
    auto pair_up = [&](auto same) {
        for (std::size_t n = 0; n < new_rows.size(); ++n)
            for (std::size_t o = 0; o < old_rows.size() && !match[n]; ++o)
                if (!taken[o] && old_rows[o].list == new_rows[n].list && same(old_rows[o], new_rows[n])) {
                    match[n] = o;
                    taken[o] = true;
                }
    };
    pair_up([](const ListRow& o, const ListRow& n) { return o.texts == n.texts; });
    pair_up([](const ListRow& o, const ListRow& n) { return !n.amounts.empty() && o.amounts == n.amounts; });   // renamed
    pair_up([](const ListRow& o, const ListRow& n) { return o.row == n.row; });

    std::vector<std::string> lists;
    for (const auto* rows : {&new_rows, &old_rows})
        for (const auto& r : *rows)
            if (std::find(lists.begin(), lists.end(), r.list) == lists.end()) lists.push_back(r.list);
    std::vector<ListChange> out;
    for (const auto& list : lists) {
        for (std::size_t n = 0; n < new_rows.size(); ++n)
            if (new_rows[n].list == list) compare_rows(match[n] ? &old_rows[*match[n]] : nullptr, &new_rows[n], out);
        for (std::size_t o = 0; o < old_rows.size(); ++o)
            if (old_rows[o].list == list && !taken[o]) compare_rows(&old_rows[o], nullptr, out);
    }
    return out;
}

std::vector<AmountChange> diff_amounts(const std::vector<StoredAmount>& before, const std::vector<StoredAmount>& after) {
    std::map<std::pair<std::string, int>, const StoredAmount*> old;
    for (const auto& a : before) old[{a.line, a.year}] = &a;
    std::vector<AmountChange> out;
    for (const auto& a : after) {
        const auto it = old.find({a.line, a.year});
        if (it == old.end()) {
            out.push_back({a.line, a.year, std::nullopt, a.kronor, a.cell});
            continue;
        }
        if (it->second->kronor != a.kronor) out.push_back({a.line, a.year, it->second->kronor, a.kronor, a.cell});
        old.erase(it);
    }
    for (const auto& a : before)
        if (old.contains({a.line, a.year})) out.push_back({a.line, a.year, a.kronor, std::nullopt, a.cell});
    return out;
}

FindingChanges diff_findings(const std::vector<StoredFinding>& before, const std::vector<StoredFinding>& after) {
    return {missing_in(after, before), missing_in(before, after)};
}

}  // namespace ramkoll::archive
