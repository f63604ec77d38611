// Lookups by name in the checked round, and the sums of a frame bridge's lines.
#include "rules/model.hpp"

#include <algorithm>

namespace ramkoll::rules {

const FormColumn* FormList::column(std::string_view name) const {
    auto it = std::find_if(columns.begin(), columns.end(), [&](const FormColumn& c) { return c.name == name; });
    return it == columns.end() ? nullptr : &*it;
}

std::optional<std::size_t> Form::line_index(std::string_view name) const {
    auto it = std::find_if(lines.begin(), lines.end(), [&](const FormLine& l) { return l.name == name; });
    if (it == lines.end()) return std::nullopt;
    return static_cast<std::size_t>(it - lines.begin());
}

const FormList* Form::list(std::string_view name) const {
    auto it = std::find_if(lists.begin(), lists.end(), [&](const FormList& l) { return l.name == name; });
    return it == lists.end() ? nullptr : &*it;
}

const Committee* Round::committee(std::string_view code) const {
    if (const auto known = committee_positions.find(std::string(code)); known != committee_positions.end() &&
        known->second < committees.size() && committees[known->second].code == code)
        return &committees[known->second];
    auto it = std::find_if(committees.begin(), committees.end(), [&](const Committee& c) { return c.code == code; });
    return it == committees.end() ? nullptr : &*it;
}

const Bridge* Round::bridge(int year) const {
    auto it = std::find_if(bridges.begin(), bridges.end(), [&](const Bridge& b) { return b.year == year; });
    return it == bridges.end() ? nullptr : &*it;
}

const Committee* Round::committee_of(std::string_view code) const {
    if (const Committee* c = committee(code)) return c;
    for (const auto& c : committees)
        for (const auto& p : c.parts)
            if (p.code == code) return &c;
    return nullptr;
}

bool Round::named(const std::vector<std::string>& codes, std::string_view code) const {
    if (std::find(codes.begin(), codes.end(), code) != codes.end()) return true;
    const Committee* c = committee_of(code);
    return c && std::find(codes.begin(), codes.end(), c->code) != codes.end();
}

bool Round::fills(const FormList& list, std::string_view code) const { return list.only.empty() || named(list.only, code); }

Money BridgeLine::sum() const {
    Money out;
    for (const auto& step : steps)
        if (step) out += *step;
    return out;
}

std::optional<std::size_t> Round::year_index(int year) const {
    auto it = std::find(years.begin(), years.end(), year);
    if (it == years.end()) return std::nullopt;
    return static_cast<std::size_t>(it - years.begin());
}

bool Round::has_year(int year) const {
    return in_round(year) ||
           std::any_of(form.lists.begin(), form.lists.end(), [year](const FormList& l) { return l.has_year(year); }) ||
           std::any_of(annexes.begin(), annexes.end(), [year](const Annex& a) { return a.has_column(year); });
}

}  // namespace ramkoll::rules
