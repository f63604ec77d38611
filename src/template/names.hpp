// The contract between a generated template and the reader of a returned one: sheet names,
// defined names of the input areas, the metadata sheet and its keys. Defined names move with
// the cells when a committee inserts rows or columns, so the reader finds every area again.
#pragma once

#include "rules/template_sheets.hpp"

#include <string>
#include <string_view>

namespace ramkoll::templates {

// Bumped whenever the layout changes in a way the reader must know about.
inline constexpr std::string_view template_version = "1";

inline constexpr std::string_view instruction_sheet = rules::template_sheets::instruction;
inline constexpr std::string_view budget_sheet = rules::template_sheets::budget;
// The hidden sheet with the metadata, two columns: key, value.
inline constexpr std::string_view metadata_sheet = rules::template_sheets::metadata;
// The hidden sheet with the drop-downs' choices, one column per drop-down under a header; the
// reader never looks at it (a template is read by its defined names).
inline constexpr std::string_view choices_sheet = rules::template_sheets::choices;
inline constexpr std::string_view metadata_marker = "ramkoll-mall";   // A1 of the metadata sheet

// Metadata keys, in column A of the metadata sheet and as custom document properties
// (prefixed "ramkoll-").
inline constexpr std::string_view key_version = "mallversion";
inline constexpr std::string_view key_round = "omgång";
inline constexpr std::string_view key_committee = "nämnd";
inline constexpr std::string_view key_committee_name = "nämndnamn";
inline constexpr std::string_view key_years = "år";
inline constexpr std::string_view key_unit = "enhet";

// The metadata sheet's key/value area.
inline constexpr std::string_view metadata_name = "Metadata";
// The year header of the budget sheet: one cell per year, holding the year as a number.
inline constexpr std::string_view years_name = "År";
inline constexpr std::string_view frame_name = "Ram";
inline constexpr std::string_view difference_name = "Skillnad_mot_ram";

// "Rad_Drift": the year cells of a form line on the budget sheet.
std::string line_name(std::string_view line);
// "Rubrik_Satsningar": a list's header row; "Lista_Satsningar": its input rows;
// "Summa_Satsningar": its sum row (rows inserted just above it still belong to the list).
std::string list_header_name(std::string_view list);
std::string list_rows_name(std::string_view list);
std::string list_sum_name(std::string_view list);

// The header text of a list column: "Belopp 2025" for a per-year amount, else the label.
std::string column_header(std::string_view label, int year);

}  // namespace ramkoll::templates
