// The words of the reports (see words.hpp).
#include "report/words.hpp"

namespace ramkoll::report {

std::string_view word(Word w, Lang lang) {
    switch (w) {
    case Word::committee: return tr(lang, "nämnd", "committee");
    case Word::name: return tr(lang, "namn", "name");
    case Word::status: return "status";
    case Word::errors: return tr(lang, "fel", "errors");
    case Word::warnings: return tr(lang, "varningar", "warnings");
    case Word::deadline: return tr(lang, "sista dag", "deadline");
    case Word::days_left: return tr(lang, "dagar kvar", "days left");
    case Word::files: return tr(lang, "filer", "files");
    case Word::version: return "version";
    case Word::new_version: return tr(lang, "ny", "new");
    case Word::cell: return tr(lang, "cell", "cell");
    case Word::rule: return tr(lang, "regel", "rule");
    case Word::severity: return tr(lang, "allvar", "severity");
    case Word::year: return tr(lang, "år", "year");
    case Word::expected: return tr(lang, "väntat", "expected");
    case Word::actual: return tr(lang, "faktiskt", "actual");
    case Word::difference: return tr(lang, "skillnad", "difference");
    case Word::unit: return tr(lang, "enhet", "unit");
    case Word::message: return tr(lang, "meddelande", "message");
    case Word::summary: return tr(lang, "sammanfattning", "summary");
    case Word::findings: return tr(lang, "avvikelser", "findings");
    case Word::unknown_committee: return tr(lang, "okänd nämnd", "unknown committee");
    case Word::all_committees: return tr(lang, "alla nämnder tillsammans", "all committees together");
    }
    return {};
}

std::string heading(Word w, Lang lang) {
    std::string text(word(w, lang));
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string_view status_word(validate::Status status, Lang lang) {
    switch (status) {
    case validate::Status::ok: return "OK";
    case validate::Status::warnings: return tr(lang, "varningar", "warnings");
    case validate::Status::errors: return tr(lang, "fel", "errors");
    }
    return "OK";
}

}  // namespace ramkoll::report
