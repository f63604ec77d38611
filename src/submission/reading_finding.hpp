// What reading a submission noticed, as values with the cell concerned: a number typed as
// text, a formula never calculated, text where an amount belongs, a line or year not found.
// `ramkoll check` reports them next to the rules' findings.
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"
#include "submission/source.hpp"

#include <string>

namespace ramkoll::submission {

enum class ReadingProblem {
    number_as_text,        // "1 234,5" stored as text: read, but reported (warning)
    uncomputed_formula,    // a formula without a cached value: not read
    not_a_number,          // text that is no number in an amount cell
    error_value,           // #REF!, #DIV/0!, … in an amount cell
    line_missing,          // no row for a form line
    year_missing,          // no column for a year of the round
    column_missing,        // a list sheet without one of the list's columns
    committee_unknown,     // the committee could not be determined or is not in the round
    round_mismatch,        // a template made for another round
    template_damaged,      // a defined name of the template is gone or points nowhere
    macros_ignored,        // the workbook has macros: never run, values read as stored (warning)
    external_link_ignored, // a link to another workbook: never followed, cached values read (warning)
    data_connection_ignored, // queries or data connections: never refreshed (warning)
    // lists (nsw-lists): declared values, the agreements' sign convention, a list's sum row
    value_not_allowed,     // a list cell outside its column's declared values (or empty in a filled row)
    seller_amount_positive,   // an agreements row of the seller with a positive amount (revenue is negative)
    buyer_amount_negative,    // an agreements row of the buyer with a negative amount (cost is positive)
    list_sum_short,        // a list's sum row does not add up to its rows (warning)
};

struct ReadingFinding {
    ReadingProblem problem;
    Source where;
    std::string subject;   // what was being read: "Drift 2025", "Satsningar rad 3 Belopp 2024", a name
    std::string found;     // the cell's text or value, the name or committee seen; may be empty
    std::string expected{};   // what was allowed or expected: the declared values, the rows' sum
};

rules::Severity severity(ReadingProblem problem);

// The name a reading finding is listed under, as a rule's name is: "Tal skrivet som text".
std::string title(ReadingProblem problem, Lang lang);

// One sentence, e.g. "HSN-2024.xlsx, Budget!C7: Drift 2025 är text (\"1 234,5\"), läst som tal".
std::string describe(const ReadingFinding& finding, Lang lang);

}  // namespace ramkoll::submission
