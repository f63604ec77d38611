// The words for the model's enumerations in both languages (see words.hpp).
#include "rules/words.hpp"

namespace ramkoll::rules {

std::string_view scope_text(Scope s, Lang lang) {
    switch (s) {
    case Scope::each_submission: return tr(lang, "varje underlag", "each submission");
    case Scope::each_year: return tr(lang, "varje år", "each year");
    case Scope::each_year_after_first: return tr(lang, "varje år efter det första", "each year after the first");
    case Scope::across_submissions: return tr(lang, "alla underlag tillsammans", "across all submissions");
    }
    return "";
}

std::string_view severity_word(Severity s, Lang lang) {
    switch (s) {
    case Severity::error: return tr(lang, "fel", "error");
    case Severity::warning: return tr(lang, "varning", "warning");
    case Severity::info: return tr(lang, "info", "info");
    }
    return "";
}

std::string_view sign_text(Sign s, Lang lang) {
    switch (s) {
    case Sign::negative: return tr(lang, "negativ", "negative");
    case Sign::positive: return tr(lang, "positiv", "positive");
    case Sign::any: return tr(lang, "valfritt", "any");
    }
    return "";
}

std::string_view column_kind_text(ColumnKind k, Lang lang) {
    switch (k) {
    case ColumnKind::text: return "text";
    case ColumnKind::committee: return tr(lang, "nämnd", "committee");
    case ColumnKind::amount: return tr(lang, "belopp", "amount");
    case ColumnKind::amount_per_year: return tr(lang, "belopp per år", "amount per year");
    }
    return "";
}

}  // namespace ramkoll::rules
