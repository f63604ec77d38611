// Value-by-value and finding-by-finding comparison of two archived versions.
#include "archive/diff.hpp"

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

}  // namespace

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
