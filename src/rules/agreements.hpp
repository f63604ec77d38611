// The form's list of internal agreements between committees: where the built-in check of
// `ramkoll check` (validate/internal_agreements.hpp) finds its rows, and what a template's
// instructions say about it.
//
//   if (auto a = rules::agreements_list(round.form)) fmt::print("{}\n", round.form.lists[a->list].label);
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace ramkoll::rules {

// Indices into Form::lists and that list's columns.
struct AgreementsList {
    std::size_t list = 0;
    std::size_t counterpart = 0;        // the committee column (Motpart)
    std::size_t role = 0;               // text column "Roll": `seller` or `buyer` below
    std::size_t amount = 0;             // the first amount-per-year column (Belopp)
    std::optional<std::size_t> about;   // text column "Avser", when the list has one
    std::string seller = "säljare";     // the role texts, as an agreements annex declares them
    std::string buyer = "köpare";
};

// The first list with a committee column, a text column named "Roll" and an amount-per-year
// column; nullopt when the form has none.
// The role texts are the ones an agreements annex on that list and role column declares
// (`seller "säljare" buyer "köpare"`), else "säljare" and "köpare".
std::optional<AgreementsList> agreements_list(const Form& form);
std::optional<AgreementsList> agreements_list(const Round& round);

// The name of the built-in check: "Interna överenskommelser stämmer" / "Internal agreements match".
std::string_view agreements_rule_title(Lang lang);

}  // namespace ramkoll::rules
