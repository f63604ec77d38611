// The budget sheet: the form's lines as rows and the round's years as columns, totals as
// formulas over their terms, the frame pre-filled and the difference to it highlighted.
#include "print/print_setup.hpp"
#include "template/names.hpp"
#include "template/sheets.hpp"

#include <fmt/format.h>

namespace ramkoll::templates {

namespace {

constexpr std::uint32_t header_row = 5;
constexpr std::uint32_t first_line_row = 6;
constexpr std::uint32_t label_col = 1;
constexpr std::uint32_t first_year_col = 2;

std::string sign_hint(rules::Sign sign) {
    switch (sign) {
    case rules::Sign::negative: return "anges negativt, med minustecken";
    case rules::Sign::positive: return "anges positivt, utan minustecken";
    case rules::Sign::any: break;
    }
    return "kan vara positivt eller negativt";
}

}  // namespace

void write_budget_sheet(xlsx::WorkbookWriter& book, xlsx::SheetWriter& sheet, const rules::Round& round,
                        const rules::Committee& committee) {
    const auto& lines = round.form.lines;
    const auto years = static_cast<std::uint32_t>(round.years.size());
    const std::uint32_t last_year_col = first_year_col + years - 1;
    const std::string unit(unit_name(round.unit));
    auto line_row = [](std::size_t line) { return first_line_row + static_cast<std::uint32_t>(line); };
    auto cell = [](std::uint32_t row, std::uint32_t col) { return xlsx::to_string(xlsx::CellRef{row, col}); };

    sheet.write_text({1, 1}, fmt::format("Budgetunderlag {}–{}: {} ({})", round.years.front(), round.years.back(),
                                         committee.name, committee.code), look::title);
    sheet.write_text({2, 1}, round.title, look::label);
    sheet.write_text({3, 1}, fmt::format("Belopp i {}. Fyll i de gula cellerna; intäkter anges negativa och "
                                         "kostnader positiva.", unit), look::note);

    sheet.write_text({header_row, label_col}, fmt::format("Rad ({})", unit), look::header);
    for (std::uint32_t y = 0; y < years; ++y)
        sheet.write_number({header_row, first_year_col + y}, round.years[y], look::header);
    book.define_name(years_name, sheet.name(), {{header_row, first_year_col}, {header_row, last_year_col}});

    std::optional<std::size_t> net_total;   // the last total: the net cost compared with the frame
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        const auto row = line_row(i);
        const xlsx::RangeRef area{{row, first_year_col}, {row, last_year_col}};
        book.define_name(line_name(line.name), sheet.name(), area);
        if (!line.is_total()) {
            sheet.write_text({row, label_col}, line.label, look::label);
            for (std::uint32_t c = first_year_col; c <= last_year_col; ++c)
                sheet.write_blank({row, c}, look::input_amount(round));
            sheet.validate_decimal(area, -1e12, 1e12,
                                   {.input = help_text(fmt::format("{} i {}: {}.", line.label, unit, sign_hint(line.sign)),
                                                       fmt::format("Belopp i {}: {}.", unit, sign_hint(line.sign))),
                                    .error = fmt::format("Skriv ett belopp i {}, t.ex. 86075,1 eller -3400.", unit)});
            continue;
        }
        net_total = i;
        sheet.write_text({row, label_col}, line.label, {.bold = true, .top_border = true});
        for (std::uint32_t c = first_year_col; c <= last_year_col; ++c) {
            std::string formula = "=";
            for (std::size_t t = 0; t < line.terms.size(); ++t) {
                const auto& term = line.terms[t];
                if (term.sign < 0) formula += "-";
                else if (t > 0) formula += "+";
                formula += cell(line_row(term.line), c);
            }
            sheet.write_formula({row, c}, formula, 0.0, look::total(round));   // every input is blank
        }
    }

    const auto frame_row = line_row(lines.size()) + 1;
    std::uint32_t last_row = frame_row;
    sheet.write_text({frame_row, label_col}, "Ram", look::label);
    for (std::uint32_t y = 0; y < years; ++y)
        sheet.write_number({frame_row, first_year_col + y}, cell_amount(round, committee.frame[y]), look::amount(round));
    book.define_name(frame_name, sheet.name(), {{frame_row, first_year_col}, {frame_row, last_year_col}});

    if (net_total) {
        const auto row = frame_row + 1;
        const auto& total = lines[*net_total];
        sheet.write_text({row, label_col}, fmt::format("Skillnad mot ram ({} − Ram)", total.label), {.bold = true});
        for (std::uint32_t y = 0; y < years; ++y) {
            const auto c = first_year_col + y;
            sheet.write_formula({row, c}, fmt::format("={}-{}", cell(line_row(*net_total), c), cell(frame_row, c)),
                                -cell_amount(round, committee.frame[y]), {.decimals = amount_decimals(round), .bold = true});
        }
        const xlsx::RangeRef area{{row, first_year_col}, {row, last_year_col}};
        book.define_name(difference_name, sheet.name(), area);
        sheet.conditional_format(area, fmt::format("=ROUND({},{})<>0", cell(row, first_year_col), amount_decimals(round)),
                                 {.bold = true, .fill = 0xF8CBAD, .font_color = 0x9C0006});
        sheet.write_text({row + 1, label_col}, "Skillnaden ska vara 0 varje år; den blir röd annars.", look::note);
        last_row = row + 1;
    }

    sheet.set_column_width(label_col, label_col, 36);
    sheet.set_column_width(first_year_col, last_year_col, 14);
    sheet.freeze_panes(header_row, 1);
    std::vector<double> widths{36};
    widths.insert(widths.end(), years, 14);
    print::set_up(sheet, {.title = fmt::format("Budgetunderlag {}–{}: {}", round.years.front(), round.years.back(), committee.name),
                          .footer_left = fmt::format("{} {}", committee.code, round.years.front()),
                          .column_widths = widths,
                          .last_row = last_row,
                          .header_rows = xlsx::PageSetup::Rows{header_row, header_row}});
    sheet.protect();
}

}  // namespace ramkoll::templates
