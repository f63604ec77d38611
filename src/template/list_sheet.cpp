// A list section's sheet (Satsningar, Effektiviseringar, …): a header row, input rows and a
// sum row over every amount column. Committee columns offer the round's committees; a closed
// text column (Roll) offers its declared values (rules::FormColumn::values, column_values.hpp);
// both drop-downs take their choices from the hidden sheet Listor (choices_sheet.cpp).
#include "print/print_setup.hpp"
#include "template/names.hpp"
#include "template/sheets.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::templates {

namespace {

constexpr std::uint32_t header_row = 4;
constexpr std::uint32_t first_input_row = header_row + 1;

struct SheetColumn {
    const rules::FormColumn* column;
    std::string header;
    bool amount = false;
};

std::vector<SheetColumn> sheet_columns(const rules::FormList& list) {
    std::vector<SheetColumn> out;
    for (const auto& column : list.columns) {
        if (column.kind == rules::ColumnKind::amount_per_year) {
            for (int year : list.years) out.push_back({&column, column_header(column.label, year), true});
        } else {
            out.push_back({&column, column.label, column.kind == rules::ColumnKind::amount});
        }
    }
    return out;
}

}  // namespace

void write_list_sheet(xlsx::WorkbookWriter& book, xlsx::SheetWriter& sheet, const rules::Round& round,
                      const rules::Committee& committee, std::size_t list_index, const Choices& choices) {
    const auto& list = round.form.lists[list_index];
    const auto columns = sheet_columns(list);
    const auto last_col = static_cast<std::uint32_t>(columns.size());
    const auto last_input_row = first_input_row + list_input_rows - 1;
    const auto sum_row = last_input_row + 1;
    const std::string unit(unit_name(round.unit));

    sheet.write_text({1, 1}, fmt::format("{}: {} ({})", list.label, committee.name, committee.code), look::title);
    sheet.write_text({2, 1}, fmt::format("En rad per post, belopp i {}.{} Fler rader: ta bort bladskyddet "
                                         "(inget lösenord) och infoga dem ovanför summaraden.", unit, list.optional ? " Frivilligt." : ""), look::note);

    // The sum row's label goes into the first column; other text columns get just the border.
    auto write_sum_label = [&](std::uint32_t c) {
        if (c == 1) sheet.write_text({sum_row, c}, "Summa", {.bold = true, .top_border = true});
        else sheet.write_blank({sum_row, c}, {.top_border = true});
    };
    std::vector<double> widths;
    auto set_width = [&](std::uint32_t c, double width) {
        sheet.set_column_width(c, c, width);
        widths.push_back(width);
    };
    for (std::uint32_t c = 1; c <= last_col; ++c) {
        const auto& col = columns[c - 1];
        sheet.write_text({header_row, c}, col.header, look::header);
        const xlsx::RangeRef area{{first_input_row, c}, {last_input_row, c}};
        for (auto r = first_input_row; r <= last_input_row; ++r)
            sheet.write_blank({r, c}, col.amount ? look::input_amount(round) : look::input_text);
        if (col.amount) {
            sheet.validate_decimal(area, -1e12, 1e12, {.input = help_text(fmt::format("{} i {}.", col.header, unit),
                                                                          fmt::format("Belopp i {}.", unit)),
                                                       .error = fmt::format("Skriv ett belopp i {}.", unit)});
            const auto top = xlsx::to_string(xlsx::CellRef{first_input_row, c});
            const auto bottom = xlsx::to_string(xlsx::CellRef{last_input_row, c});
            sheet.write_formula({sum_row, c}, fmt::format("=SUM({}:{})", top, bottom), 0.0, look::total(round));
            set_width(c, 13);
        } else if (col.column->kind == rules::ColumnKind::committee) {
            sheet.validate_list(area, choices_sheet, choices.range(*choices.committees),
                                {.input = help_text("Nämndens kod, t.ex. " + round.committees.front().code + ".",
                                                    "Nämndens kod."),
                                 .error = "Välj en nämnd i listan."});
            write_sum_label(c);
            set_width(c, 12);
        } else {
            // A closed column (Roll) offers its declared values, the ones reading accepts.
            const auto column = static_cast<std::size_t>(col.column - list.columns.data());
            if (const auto found = choices.of_column.find({list_index, column}); found != choices.of_column.end())
                sheet.validate_list(area, choices_sheet, choices.range(found->second), {.error = "Välj ett värde i listan."});
            write_sum_label(c);
            set_width(c, 32);
        }
    }

    book.define_name(list_header_name(list.name), sheet.name(), {{header_row, 1}, {header_row, last_col}});
    book.define_name(list_rows_name(list.name), sheet.name(), {{first_input_row, 1}, {last_input_row, last_col}});
    book.define_name(list_sum_name(list.name), sheet.name(), {{sum_row, 1}, {sum_row, last_col}});

    sheet.freeze_panes(header_row);
    print::set_up(sheet, {.title = fmt::format("{}: {} ({})", list.label, committee.name, committee.code),
                          .footer_left = fmt::format("{} {}: {}", committee.code, round.years.front(), list.label),
                          .column_widths = widths,
                          .last_row = sum_row,
                          .header_rows = xlsx::PageSetup::Rows{header_row, header_row}});
    sheet.protect();
}

}  // namespace ramkoll::templates
