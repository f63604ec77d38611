// Assembles a template workbook: sheets in order (the hidden Listor last, when a drop-down
// needs it), document properties, atomic close.
#include "template/template.hpp"

#include "template/names.hpp"
#include "template/sheets.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::templates {

double cell_amount(const rules::Round& round, Money kronor) {
    return static_cast<double>(from_kronor(kronor, round.unit).raw()) / static_cast<double>(Money::scale);
}

int amount_decimals(const rules::Round& round) { return round.unit == Unit::kr ? 0 : 1; }

namespace look {
xlsx::CellFormat input_amount(const rules::Round& round) {
    return {.decimals = amount_decimals(round), .fill = input_fill, .unlocked = true};
}
xlsx::CellFormat amount(const rules::Round& round) { return {.decimals = amount_decimals(round)}; }
xlsx::CellFormat total(const rules::Round& round) {
    return {.decimals = amount_decimals(round), .bold = true, .top_border = true};
}
}  // namespace look

std::string help_text(std::string text, std::string_view shorter) {
    const auto characters = std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    return characters <= 255 ? text : std::string(shorter);
}

std::string file_name(const rules::Round& round, const rules::Committee& committee) {
    return fmt::format("{}-{}.xlsx", committee.code, round.years.front());
}

void write_template(const rules::Round& round, const rules::Committee& committee,
                    const std::filesystem::path& path) {
    xlsx::WorkbookWriter book(path);
    book.set_properties({.title = fmt::format("Budgetunderlag {}: {}", round.years.front(), committee.name),
                         .subject = round.title,
                         .author = "ramkoll",
                         .comments = "Mall skapad av ramkoll; fyll i de gula cellerna."});
    write_instruction_sheet(book.add_sheet(instruction_sheet), round, committee);
    write_budget_sheet(book, book.add_sheet(budget_sheet), round, committee);
    const auto choices = choices_of(round, committee);
    for (std::size_t i = 0; i < round.form.lists.size(); ++i)
        if (round.fills(round.form.lists[i], committee.code))
            write_list_sheet(book, book.add_sheet(round.form.lists[i].label), round, committee, i, choices);
    write_metadata(book, book.add_sheet(metadata_sheet), round, committee);
    if (!choices.columns.empty()) write_choices_sheet(book.add_sheet(choices_sheet), choices);
    book.close();
}

}  // namespace ramkoll::templates
