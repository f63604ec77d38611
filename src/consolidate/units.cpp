// The units of a round (committees and their varav parts) and the numbers their submissions give.
#include "consolidate/units.hpp"

#include <algorithm>

namespace ramkoll::consolidate::detail {

Units::Units(const rules::Round& round, const Submissions& submissions) : round_(round) {
    for (const auto* s : submissions) by_code_.try_emplace(s->committee(), s);
    for (std::size_t i = round.form.lines.size(); i-- > 0;)
        if (round.form.lines[i].is_total()) {
            net_line_ = i;
            break;
        }
}

const rules::SubmissionValues* Units::submission(std::string_view code) const {
    auto it = by_code_.find(code);
    return it == by_code_.end() ? nullptr : it->second;
}

Submissions Units::of_committee(const rules::Committee& committee) const {
    Submissions out;
    if (const auto* own = submission(committee.code)) out.push_back(own);
    for (const auto& p : committee.parts)
        if (const auto* s = submission(p.code)) out.push_back(s);
    return out;
}

std::optional<Money> sum_all(const std::vector<std::optional<Money>>& values) {
    Money sum;
    for (const auto& v : values) {
        if (!v) return std::nullopt;
        sum += *v;
    }
    return sum;
}

std::optional<Money> Units::net(const rules::Committee& committee, std::string_view code, std::size_t year) const {
    if (const auto* own = submission(code))
        return net_line_ ? rules::line_value(round_, *own, *net_line_, round_.years[year]) : std::nullopt;
    std::vector<std::optional<Money>> parts;
    for (const auto& p : committee.parts)
        if (p.parent == code) parts.push_back(net(committee, p.code, year));
    if (parts.empty()) return std::nullopt;
    return sum_all(parts);
}

std::optional<Money> Units::line(const rules::Committee& committee, std::size_t line, std::size_t year) const {
    const int y = round_.years[year];
    if (const auto* own = submission(committee.code)) return rules::line_value(round_, *own, line, y);
    std::vector<std::optional<Money>> parts;
    for (const auto& p : committee.parts)
        if (const auto* s = submission(p.code)) parts.push_back(rules::line_value(round_, *s, line, y));
    if (parts.empty()) return std::nullopt;
    return sum_all(parts);
}

}  // namespace ramkoll::consolidate::detail
