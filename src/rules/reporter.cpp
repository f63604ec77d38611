// Reading numbers and units for the checker's passes (see reporter.hpp).
#include "rules/reporter.hpp"

namespace ramkoll::rules::detail {

std::string join_years(const std::vector<int>& years) {
    std::string out;
    for (int y : years) {
        if (!out.empty()) out += ' ';
        out += std::to_string(y);
    }
    return out;
}

std::optional<SwedishNumber> Reporter::number(const SourceText& source, const ast::Quantity& q) {
    auto n = parse_swedish_number(q.number);
    if (!n) {
        error(source, q, both({"ogiltigt tal \"{}\": skriv t.ex. 4 328,9 (högst sex decimaler)",
                               "invalid number \"{}\": write e.g. 4 328,9 (at most six decimals)"}, q.number));
    }
    if (n && q.unit == WrittenUnit::percent) n->is_percent = true;
    return n;
}

std::optional<Unit> Reporter::amount_unit(const SourceText& source, const ast::Quantity& q, Unit unwritten,
                                          bool allow_percent) {
    if (!q.unit) return unwritten;
    if (*q.unit == WrittenUnit::tkr) return Unit::tkr;
    if (*q.unit == WrittenUnit::mnkr) return Unit::mnkr;
    if (!allow_percent)
        error(source, q, both({"här ska det stå ett belopp (tkr eller mnkr), inte {}",
                               "an amount (tkr or mnkr) is needed here, not {}"}, keyword(*q.unit)));
    return std::nullopt;
}

}  // namespace ramkoll::rules::detail
