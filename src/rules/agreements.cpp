// Finding the internal agreements list of a form (see agreements.hpp).
#include "rules/agreements.hpp"

namespace ramkoll::rules {

std::optional<AgreementsList> agreements_list(const Form& form) {
    for (std::size_t l = 0; l < form.lists.size(); ++l) {
        AgreementsList found{l, 0, 0, 0, {}};
        bool counterpart = false, role = false, amount = false;
        for (std::size_t c = 0; c < form.lists[l].columns.size(); ++c) {
            const auto& column = form.lists[l].columns[c];
            if (column.kind == ColumnKind::committee && !counterpart) {
                found.counterpart = c;
                counterpart = true;
            } else if (column.kind == ColumnKind::text && column.name == "Roll") {
                found.role = c;
                role = true;
            } else if (column.kind == ColumnKind::text && column.name == "Avser") {
                found.about = c;
            } else if (column.kind == ColumnKind::amount_per_year && !amount) {
                found.amount = c;
                amount = true;
            }
        }
        if (counterpart && role && amount) return found;
    }
    return std::nullopt;
}

std::optional<AgreementsList> agreements_list(const Round& round) {
    auto found = agreements_list(round.form);
    if (!found) return found;
    for (const auto& annex : round.annexes)
        if (const auto* t = std::get_if<AgreementsTable>(&annex.table);
            t && t->list == found->list && t->role_column == found->role) {
            found->seller = t->seller;
            found->buyer = t->buyer;
            break;
        }
    return found;
}

std::string_view agreements_rule_title(Lang lang) {
    return tr(lang, "Interna överenskommelser stämmer", "Internal agreements match");
}

}  // namespace ramkoll::rules
