// The words people read for the model's enumerations, in Swedish or English: one place for
// `rules show`, the templates' instruction sheet and every report of findings.
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"

#include <string_view>

namespace ramkoll::rules {

std::string_view scope_text(Scope scope, Lang lang);            // "varje år", "each year"
std::string_view severity_word(Severity severity, Lang lang);   // "fel", "varning", "info"
std::string_view sign_text(Sign sign, Lang lang);               // "negativ", "positive", …
std::string_view column_kind_text(ColumnKind kind, Lang lang);  // "nämnd", "amount per year", …

}  // namespace ramkoll::rules
