// One function per kind of annex (internal to src/consolidate/), each in its own file; they
// fill the rows of a Table whose name, title, unit, decimals and year headers (the annex's
// columns) consolidate() has set.
#pragma once

#include "consolidate/units.hpp"

#include <fmt/format.h>

namespace ramkoll::consolidate::detail {

void committee_table(const Units& units, const rules::CommitteesTable& annex, Lang lang, Table& table);
void line_table(const Units& units, Lang lang, Table& table);
void item_table(const Units& units, const rules::ItemsTable& annex, const std::vector<rules::AnnexColumn>& columns, Lang lang,
                Table& table);
void agreement_table(const Units& units, const rules::AgreementsTable& annex, Lang lang, Table& table);
void bridge_table(const Units& units, const rules::BridgeTable& annex, Lang lang, Table& table);
void row_table(const Units& units, const Submissions& submissions, const rules::RowsTable& annex,
               const std::vector<rules::AnnexColumn>& columns, Table& table);
// A formula row's exact values: Σ sign × the term rows' values per column (empty terms: 0).
// A column where a term is empty counts that term as 0, as a spreadsheet does.
void compute(Table& table, Row& row);
// Appends a last value column `header` holding each row's sum over its values; a row with
// none stays blank. Formula rows' sums are the sums of their terms' sums, so they still hold.
void add_sum_column(Table& table, const std::string& header);
// Appends a formula row over `terms` (each +1) and computes it.
std::size_t add_sum(Table& table, RowKind kind, std::vector<std::string> texts, const std::vector<std::size_t>& terms,
                    bool negated = false);

}  // namespace ramkoll::consolidate::detail
