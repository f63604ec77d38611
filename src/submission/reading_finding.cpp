// Severity and wording of the findings made while reading a submission.
#include "submission/reading_finding.hpp"

#include "common/message.hpp"

#include <fmt/format.h>

namespace ramkoll::submission {

rules::Severity severity(ReadingProblem problem) {
    switch (problem) {
    case ReadingProblem::number_as_text:
    case ReadingProblem::round_mismatch:
    case ReadingProblem::macros_ignored:
    case ReadingProblem::external_link_ignored:
    case ReadingProblem::data_connection_ignored: return rules::Severity::warning;
    case ReadingProblem::uncomputed_formula:
    case ReadingProblem::not_a_number:
    case ReadingProblem::error_value:
    case ReadingProblem::line_missing:
    case ReadingProblem::year_missing:
    case ReadingProblem::column_missing:
    case ReadingProblem::committee_unknown:
    case ReadingProblem::template_damaged: return rules::Severity::error;
    }
    return rules::Severity::error;
}

std::string describe(const ReadingFinding& f, Lang lang) {
    const std::string& s = f.subject;
    std::string what;
    switch (f.problem) {
    case ReadingProblem::number_as_text:
        what = say(lang, {"{} är skrivet som text (\"{}\"); läst som tal", "{} is stored as text (\"{}\"); read as a number"}, s, f.found);
        break;
    case ReadingProblem::uncomputed_formula:
        what = say(lang, {"{} är en formel som aldrig räknats ut (={}); spara om filen i Excel eller LibreOffice",
                          "{} is a formula that was never calculated (={}); save the file again in Excel or LibreOffice"}, s, f.found);
        break;
    case ReadingProblem::not_a_number:
        what = say(lang, {"{} ska vara ett belopp men är texten \"{}\"", "{} should be an amount but is the text \"{}\""}, s, f.found);
        break;
    case ReadingProblem::error_value:
        what = say(lang, {"{} är felvärdet {}", "{} is the error value {}"}, s, f.found);
        break;
    case ReadingProblem::line_missing:
        what = say(lang, {"raden {} finns inte", "there is no row for {}"}, s);
        break;
    case ReadingProblem::year_missing:
        what = say(lang, {"kolumnen för {} finns inte", "there is no column for {}"}, s);
        break;
    case ReadingProblem::column_missing:
        what = say(lang, {"kolumnen {} finns inte", "there is no column {}"}, s);
        break;
    case ReadingProblem::committee_unknown:
        what = f.found.empty() ? std::string(tr(lang, "det går inte att se vilken nämnd underlaget gäller",
                                                "cannot tell which committee the submission is for"))
                               : say(lang, {"nämnden {} finns inte i regelfilen", "committee {} is not in the rules"}, f.found);
        break;
    case ReadingProblem::round_mismatch:
        what = say(lang, {"mallen gäller omgången \"{}\", inte \"{}\"", "the template is for the round \"{}\", not \"{}\""}, f.found, s);
        break;
    case ReadingProblem::template_damaged:
        what = say(lang, {"mallens namn {} saknas eller pekar inte på några celler ({})",
                          "the template's name {} is missing or points at no cells ({})"}, s, f.found.empty() ? "-" : f.found);
        break;
    case ReadingProblem::macros_ignored:
        what = std::string(tr(lang, "arbetsboken innehåller makron; de körs aldrig, värdena läses som de är sparade",
                              "the workbook contains macros; they are never run, the values are read as saved"));
        break;
    case ReadingProblem::external_link_ignored:
        what = say(lang, {"arbetsboken länkar till {}; länken följs inte, de sparade värdena läses",
                          "the workbook links to {}; the link is not followed, the saved values are read"},
                   f.found);
        break;
    case ReadingProblem::data_connection_ignored:
        what = std::string(tr(lang, "arbetsboken har dataanslutningar (frågor, externa datakällor); de uppdateras aldrig",
                              "the workbook has data connections (queries, external sources); they are never refreshed"));
        break;
    }
    return fmt::format("{}: {}", to_string(f.where), what);
}

}  // namespace ramkoll::submission
