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
    // Committee identity (nsw-files).
    committee_conflict,    // the file name names another committee than the template's metadata
                           // (subject: the name's code, found: the metadata's); used for neither

    // Free-form tables: ambiguity, units and layouts (part "nsw-free").
    budget_sheet_more_complete, // other sheets look like the budget too: the one with most years and lines is read (warning)
    budget_sheet_active,        // sheets look equally like the budget: the active one is read (warning)
    budget_sheet_ambiguous,     // sheets look equally like the budget, none active: the first is read (error)
    hidden_row_skipped,         // a hidden row with amounts under a line's label: the visible row is read (warning)
    hidden_row_read,            // a line's only row is hidden: it is read (warning)
    hidden_column,              // a hidden column with amounts in the table: not read (warning)
    year_column_twice,          // two columns for one year: the first is read (error)
    line_row_twice,             // two visible rows for one line (a label and its synonym): the first is read (error)
    row_not_on_form,            // an amount row in the table whose label is no line of the form (error)
    unit_converted,             // the table declares another unit than the round's: converted (info)
    unit_conflict,              // the table declares different units: the amounts are not read (error)
    unit_unsupported,           // a unit that cannot be converted (mdkr): the amounts are not read (error)
    transposed_layout,          // the years down a column, the lines across: read that way (info)
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
