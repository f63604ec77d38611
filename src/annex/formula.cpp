// Formula text for sum and result rows.
#include "annex/formula.hpp"

#include "xlsx/cell_ref.hpp"

namespace ramkoll::annex::detail {

std::string formula_text(const consolidate::Formula& formula, std::uint32_t column,
                         const std::vector<std::uint32_t>& sheet_row) {
    auto cell = [&](std::size_t row) { return xlsx::to_string(xlsx::CellRef{sheet_row[row], column}); };
    std::string body;
    const auto& terms = formula.terms;
    for (std::size_t i = 0; i < terms.size();) {
        // A run of added rows that are consecutive on the sheet.
        std::size_t j = i;
        while (terms[i].first > 0 && j + 1 < terms.size() && terms[j + 1].first > 0 &&
               sheet_row[terms[j + 1].second] == sheet_row[terms[j].second] + 1)
            ++j;
        if (!body.empty() || terms[i].first < 0) body += terms[i].first < 0 ? "-" : "+";
        if (j - i >= 2) {
            body += "SUM(" + cell(terms[i].second) + ":" + cell(terms[j].second) + ")";
            i = j + 1;
        } else {
            body += cell(terms[i].second);
            ++i;
        }
    }
    if (body.empty()) body += '0';
    std::string out = formula.negated ? "=-(" : "=";
    out += body;
    if (formula.negated) out += ')';
    return out;
}

}  // namespace ramkoll::annex::detail
