// Severity and wording of the findings made while reading a submission.
#include "submission/reading_finding.hpp"

#include "common/message.hpp"

#include <fmt/format.h>

namespace ramkoll::submission {

std::string title(ReadingProblem problem, Lang lang) {
    using P = ReadingProblem;
    switch (problem) {
    case P::number_as_text: return std::string(tr(lang, "Tal skrivet som text", "Number stored as text"));
    case P::uncomputed_formula: return std::string(tr(lang, "Formel utan värde", "Uncalculated formula"));
    case P::not_a_number: return std::string(tr(lang, "Text i beloppscell", "Text in an amount cell"));
    case P::error_value: return std::string(tr(lang, "Felvärde i beloppscell", "Error value in an amount cell"));
    case P::line_missing: return std::string(tr(lang, "Rad saknas", "Line missing"));
    case P::year_missing: return std::string(tr(lang, "År saknas", "Year missing"));
    case P::column_missing: return std::string(tr(lang, "Kolumn saknas", "Column missing"));
    case P::committee_unknown: return std::string(tr(lang, "Okänd nämnd", "Unknown committee"));
    case P::round_mismatch: return std::string(tr(lang, "Mall för annan omgång", "Template of another round"));
    case P::template_damaged: return std::string(tr(lang, "Skadad mall", "Damaged template"));
    case P::macros_ignored: return std::string(tr(lang, "Makron körs inte", "Macros ignored"));
    case P::external_link_ignored: return std::string(tr(lang, "Extern länk följs inte", "External link not followed"));
    case P::data_connection_ignored: return std::string(tr(lang, "Dataanslutning uppdateras inte", "Data connection not refreshed"));
    case P::committee_conflict: return std::string(tr(lang, "Filnamn och mall anger olika nämnder", "File name and template give different committees"));
    case P::budget_sheet_more_complete:
    case P::budget_sheet_active: return std::string(tr(lang, "Flera budgetblad", "Several budget sheets"));
    case P::budget_sheet_ambiguous: return std::string(tr(lang, "Oklart budgetblad", "Ambiguous budget sheet"));
    case P::hidden_row_skipped:
    case P::hidden_row_read: return std::string(tr(lang, "Dold rad med belopp", "Hidden row with amounts"));
    case P::hidden_column: return std::string(tr(lang, "Dold kolumn med belopp", "Hidden column with amounts"));
    case P::year_column_twice: return std::string(tr(lang, "År i flera kolumner", "Year in several columns"));
    case P::line_row_twice: return std::string(tr(lang, "Rad flera gånger", "Line more than once"));
    case P::row_not_on_form: return std::string(tr(lang, "Rad utanför blanketten", "Row not on the form"));
    case P::unit_converted: return std::string(tr(lang, "Enhet omräknad", "Unit converted"));
    case P::unit_conflict: return std::string(tr(lang, "Motstridiga enheter", "Conflicting units"));
    case P::unit_unsupported: return std::string(tr(lang, "Okänd enhet", "Unsupported unit"));
    case P::transposed_layout: return std::string(tr(lang, "Transponerad tabell", "Transposed table"));
    case P::value_not_allowed: return std::string(tr(lang, "Otillåtet värde", "Value not allowed"));
    case P::seller_amount_positive:
    case P::buyer_amount_negative: return std::string(tr(lang, "Belopp med fel tecken", "Amount with the wrong sign"));
    case P::list_sum_short: return std::string(tr(lang, "Summaraden täcker inte alla rader", "Sum row does not cover every row"));
    }
    return {};
}

rules::Severity severity(ReadingProblem problem) {
    switch (problem) {
    case ReadingProblem::number_as_text:
    case ReadingProblem::round_mismatch:
    case ReadingProblem::macros_ignored:
    case ReadingProblem::external_link_ignored:
    case ReadingProblem::data_connection_ignored: return rules::Severity::warning;
    case ReadingProblem::budget_sheet_more_complete:
    case ReadingProblem::budget_sheet_active:
    case ReadingProblem::hidden_row_skipped:
    case ReadingProblem::hidden_row_read:
    case ReadingProblem::hidden_column: return rules::Severity::warning;
    case ReadingProblem::unit_converted:
    case ReadingProblem::transposed_layout: return rules::Severity::info;
    case ReadingProblem::budget_sheet_ambiguous:
    case ReadingProblem::year_column_twice:
    case ReadingProblem::line_row_twice:
    case ReadingProblem::row_not_on_form:
    case ReadingProblem::unit_conflict:
    case ReadingProblem::unit_unsupported: return rules::Severity::error;
    case ReadingProblem::list_sum_short: return rules::Severity::warning;
    case ReadingProblem::value_not_allowed:
    case ReadingProblem::seller_amount_positive:
    case ReadingProblem::buyer_amount_negative: return rules::Severity::error;
    case ReadingProblem::uncomputed_formula:
    case ReadingProblem::not_a_number:
    case ReadingProblem::error_value:
    case ReadingProblem::line_missing:
    case ReadingProblem::year_missing:
    case ReadingProblem::column_missing:
    case ReadingProblem::committee_unknown:
    case ReadingProblem::template_damaged:
    case ReadingProblem::committee_conflict: return rules::Severity::error;
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
    case ReadingProblem::committee_conflict:
        what = say(lang, {"filnamnet anger {0} men mallens metadata anger {1}; filen används varken för {0} eller {1} "
                          "(ange nämnden med --committee {1}=FIL eller {0}=FIL om den är rätt)",
                          "the file name says {0} but the template's metadata says {1}; the file is used for neither {0} "
                          "nor {1} (give its committee with --committee {1}=FILE or {0}=FILE if it is right)"},
                   s, f.found);
        break;
    case ReadingProblem::budget_sheet_more_complete:
        what = say(lang, {"också {1} ser ut som budgeten; {0} läses eftersom det har flest av omgångens år och rader",
                          "{1} also looks like the budget; {0} is read because it has the most of the round's years and lines"}, s, f.found);
        break;
    case ReadingProblem::budget_sheet_active:
        what = say(lang, {"{1} ser lika mycket ut som budgeten som {0}; {0} läses eftersom det är det aktiva bladet (det som visas när filen öppnas)",
                          "{1} looks as much like the budget as {0}; {0} is read because it is the active sheet (the one shown when the file opens)"}, s, f.found);
        break;
    case ReadingProblem::budget_sheet_ambiguous:
        what = say(lang, {"{0} och {1} ser lika mycket ut som budgeten och inget av dem är det aktiva bladet; {0} (det första) läses, "
                          "men det går inte att avgöra vilket som gäller: ta bort eller dölj det som inte gäller",
                          "{0} and {1} look equally like the budget and neither is the active sheet; {0} (the first) is read, "
                          "but which one is meant cannot be told: delete or hide the one that does not apply"}, s, f.found);
        break;
    case ReadingProblem::hidden_row_skipped:
        what = say(lang, {"en dold rad \"{}\" har belopp ({}); den läses inte, den synliga raden med samma etikett läses",
                          "a hidden row \"{}\" has amounts ({}); it is not read, the visible row with the same label is"}, s, f.found);
        break;
    case ReadingProblem::hidden_row_read:
        what = say(lang, {"den enda raden för {} är dold; den läses ({}): visa raden, eller ta bort den om den inte gäller",
                          "the only row for {} is hidden; it is read ({}): unhide it, or delete it if it does not apply"}, s, f.found);
        break;
    case ReadingProblem::hidden_column:
        what = say(lang, {"kolumnen \"{}\" är dold och har belopp ({}); den läses inte",
                          "the column \"{}\" is hidden and has amounts ({}); it is not read"}, s, f.found);
        break;
    case ReadingProblem::year_column_twice:
        what = say(lang, {"{} har flera kolumner: {}; den första läses, men det går inte att avgöra vilken som gäller",
                          "{} has several columns: {}; the first is read, but which one is meant cannot be told"}, s, f.found);
        break;
    case ReadingProblem::line_row_twice:
        what = say(lang, {"raden {} finns flera gånger: {}; den första läses, men det går inte att avgöra vilken som gäller",
                          "the line {} is there more than once: {}; the first is read, but which one is meant cannot be told"}, s, f.found);
        break;
    case ReadingProblem::row_not_on_form:
        what = say(lang, {"raden \"{}\" har belopp ({}) men finns inte i blanketten; beloppen räknas inte in i någon rad",
                          "the row \"{}\" has amounts ({}) but is not on the form; they are not counted in any line"}, s, f.found);
        break;
    case ReadingProblem::unit_converted:
        what = say(lang, {"beloppen är angivna i {} och räknas om till omgångens {}",
                          "the amounts are given in {} and are converted to the round's {}"}, s, f.found);
        break;
    case ReadingProblem::unit_conflict:
        what = say(lang, {"tabellen anger olika enheter ({}); beloppen för {} läses inte",
                          "the table declares different units ({}); the amounts for {} are not read"}, f.found, s);
        break;
    case ReadingProblem::unit_unsupported:
        what = say(lang, {"enheten \"{}\" kan inte räknas om till {}; beloppen läses inte",
                          "the unit \"{}\" cannot be converted to {}; the amounts are not read"}, s, f.found);
        break;
    case ReadingProblem::transposed_layout:
        what = std::string(tr(lang, "tabellen har åren nedåt i en kolumn och raderna i sidled; den läses så",
                              "the table has the years down a column and the lines across; it is read that way"));
        break;
    case ReadingProblem::value_not_allowed:
        what = f.found.empty() ? say(lang, {"{} är tom; tillåtna värden: {}", "{} is empty; allowed values: {}"}, s, f.expected)
                               : say(lang, {"{} är \"{}\", som inte är ett tillåtet värde; tillåtna värden: {}",
                                            "{} is \"{}\", which is not an allowed value; allowed values: {}"},
                                     s, f.found, f.expected);
        break;
    case ReadingProblem::seller_amount_positive:
        what = say(lang, {"{} är {} på en säljares rad; säljarens belopp är en intäkt och skrivs negativt (intäkter negativa, kostnader positiva)",
                          "{} is {} on a seller's row; the seller's amount is revenue and is written negative (revenue negative, costs positive)"},
                   s, f.found);
        break;
    case ReadingProblem::buyer_amount_negative:
        what = say(lang, {"{} är {} på en köpares rad; köparens belopp är en kostnad och skrivs positivt (intäkter negativa, kostnader positiva)",
                          "{} is {} on a buyer's row; the buyer's amount is cost and is written positive (revenue negative, costs positive)"},
                   s, f.found);
        break;
    case ReadingProblem::list_sum_short:
        what = say(lang, {"summaraden {} är {}, men listans rader summerar till {}; summaformeln täcker inte alla rader",
                          "the sum row {} is {}, but the list's rows add up to {}; the sum formula does not cover every row"},
                   s, f.found, f.expected);
        break;
    }
    return fmt::format("{}: {}", to_string(f.where), what);
}

}  // namespace ramkoll::submission
