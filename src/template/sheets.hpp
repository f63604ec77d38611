// The parts of a template, one function per sheet, and the looks they share. Internal to
// src/template/: template.cpp calls them in sheet order.
#pragma once

#include "rules/model.hpp"
#include "xlsx/writer.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ramkoll::templates {

// Rows of each list sheet left empty for input (more can be inserted above the sum row).
inline constexpr std::uint32_t list_input_rows = 20;

// An amount in kronor as the number a cell holds in the round's unit (4 328 900 for tkr).
double cell_amount(const rules::Round& round, Money kronor);
// Decimals shown for amounts: none for kr, one for tkr and mnkr.
int amount_decimals(const rules::Round& round);

namespace look {
inline constexpr std::uint32_t input_fill = 0xFFF2CC;    // light yellow: type here
inline constexpr std::uint32_t header_fill = 0xD9E1F2;   // light blue
inline const xlsx::CellFormat title{.bold = true};
inline const xlsx::CellFormat header{.bold = true, .wrap = true, .fill = header_fill};
inline const xlsx::CellFormat label{};
inline const xlsx::CellFormat note{.italic = true};
inline const xlsx::CellFormat input_text{.fill = input_fill, .unlocked = true};
xlsx::CellFormat input_amount(const rules::Round& round);
xlsx::CellFormat amount(const rules::Round& round);
xlsx::CellFormat total(const rules::Round& round);
}  // namespace look

// The choices of a committee's drop-downs, one column each on the hidden sheet Listor
// (choices_sheet): the committee codes when a list it fills has a committee column, then every
// closed text column with declared values of the lists it fills.
struct Choices {
    struct Column {
        std::string header;
        std::vector<std::string> values;
    };
    std::vector<Column> columns;
    std::optional<std::size_t> committees;                               // the column of the codes
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> of_column;   // (list, column) → column
    // The cells holding the values of `column`, on choices_sheet, below its header.
    xlsx::RangeRef range(std::size_t column) const;
};
Choices choices_of(const rules::Round& round, const rules::Committee& committee);

// `text` as a drop-down's or an input cell's help text when it fits Excel's 255 characters,
// else `shorter` (which must fit).
std::string help_text(std::string text, std::string_view shorter);

void write_instruction_sheet(xlsx::SheetWriter& sheet, const rules::Round& round,
                             const rules::Committee& committee);
void write_budget_sheet(xlsx::WorkbookWriter& book, xlsx::SheetWriter& sheet, const rules::Round& round,
                        const rules::Committee& committee);
void write_list_sheet(xlsx::WorkbookWriter& book, xlsx::SheetWriter& sheet, const rules::Round& round,
                      const rules::Committee& committee, std::size_t list, const Choices& choices);
void write_metadata(xlsx::WorkbookWriter& book, xlsx::SheetWriter& sheet, const rules::Round& round,
                    const rules::Committee& committee);
void write_choices_sheet(xlsx::SheetWriter& sheet, const Choices& choices);

}  // namespace ramkoll::templates
