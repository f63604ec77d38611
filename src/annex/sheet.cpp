// One annex as a sheet: title, unit line, draft notice, header row, the rows with formulas and
// their cached values, a bar chart under them where declared (its data below the printed
// area), and the print setup of the printed plan (print/print_setup.hpp).
#include "annex/annex.hpp"
#include "annex/formula.hpp"
#include "common/message.hpp"
#include "print/print_setup.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::annex {

namespace {

using consolidate::RowKind;

constexpr std::uint32_t header_fill = 0xD9E1F2;   // light blue
constexpr std::uint32_t alert_fill = 0xFFC7CE;    // light red
constexpr std::uint32_t alert_font = 0x9C0006;    // dark red

// An amount in kronor as the number of the annex's unit the cell holds (exact to the krona).
double cell_value(Money kronor, Unit unit) {
    return static_cast<double>(from_kronor(kronor, unit).raw()) / static_cast<double>(Money::scale);
}

std::string unit_line(Unit unit, Lang lang) {
    switch (unit) {
    case Unit::mnkr: return std::string(tr(lang, "Alla belopp i miljoner kr.", "All amounts in millions of kronor."));
    case Unit::tkr: return std::string(tr(lang, "Alla belopp i tusentals kronor.", "All amounts in thousands of kronor."));
    case Unit::kr: break;
    }
    return std::string(tr(lang, "Alla belopp i kronor.", "All amounts in kronor."));
}

constexpr double label_width = 46, text_width = 40, value_width = 13;
constexpr std::uint32_t chart_rows = 18;   // the chart's height in rows of 20 pixels

// The rows a page break must not split: a heading with the rows under it up to the next
// heading (a committee in Sammanställning), or a row with its varav rows. `sheet_row` gives
// the sheet row of a table row.
std::vector<print::Rows> kept_together(const consolidate::Table& table, const std::vector<std::uint32_t>& sheet_row) {
    std::vector<print::Rows> groups;
    const auto& rows = table.rows;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t end = i + 1;
        if (rows[i].kind == RowKind::heading)
            while (end < rows.size() && rows[end].kind != RowKind::heading) ++end;
        else
            while (end < rows.size() && rows[end].kind == RowKind::part) ++end;
        if (end > i + 1) groups.push_back({sheet_row[i], sheet_row[end - 1]});
        i = end;
    }
    return groups;
}

// Widths in characters of the table's columns (at least one): the label, other texts, amounts.
std::vector<double> column_widths(std::uint32_t text_columns, std::uint32_t value_columns) {
    std::vector<double> widths;
    for (std::uint32_t c = 0; c < text_columns; ++c) widths.push_back(c == 0 ? label_width : text_width);
    widths.insert(widths.end(), value_columns, value_width);
    if (widths.empty()) widths.push_back(label_width);
    return widths;
}

}  // namespace

void write_sheet(xlsx::WorkbookWriter& book, const consolidate::Table& table, const Options& options) {
    const Lang lang = options.lang;
    auto& sheet = book.add_sheet(table.name);
    const auto text_columns = static_cast<std::uint32_t>(table.text_headers.size());
    const auto value_columns = static_cast<std::uint32_t>(table.value_headers.size());
    const std::uint32_t first_value = text_columns + 1;
    const auto widths = column_widths(text_columns, value_columns);
    std::vector<print::TallRow> tall_rows;

    // Title, unit, the draft notice and notes.
    std::uint32_t row = 1;
    sheet.write_text({row++, 1}, table.title, {.bold = true});
    sheet.write_text({row++, 1}, unit_line(table.unit, lang), {.italic = true});
    const std::string draft_text(tr(lang, "UTKAST – underlaget innehåller fel", "DRAFT – the submissions contain errors"));
    if (options.draft) {
        sheet.write_text({row++, 1}, draft_text, {.bold = true, .font_color = alert_font});
        std::string list;
        for (const auto& c : options.committees_in_error) list += (list.empty() ? "" : ", ") + c;
        // Wrapped in the first column: a long list must not widen the printed page.
        const auto notice = fmt::format("{}: {}", tr(lang, "Nämnder med fel", "Committees with errors"), list);
        tall_rows.push_back({row, print::wrapped_lines(notice, label_width)});
        sheet.write_text({row++, 1}, notice, {.wrap = true, .font_color = alert_font});
    }
    for (const auto& note : table.notes) sheet.write_text({row++, 1}, note, {.italic = true});
    ++row;

    // The header row, repeated on every printed page.
    const std::uint32_t header_row = row++;
    for (std::uint32_t c = 0; c < text_columns; ++c)
        sheet.write_text({header_row, c + 1}, table.text_headers[c], {.bold = true, .wrap = true, .fill = header_fill});
    for (std::uint32_t c = 0; c < value_columns; ++c) {
        // A year is written as a number, so it lines up with the amounts under it.
        const auto& header = table.value_headers[c];
        const bool year = !header.empty() && header.find_first_not_of("0123456789") == std::string::npos && header.size() <= 4;
        if (year) sheet.write_number({header_row, first_value + c}, std::stoi(header), {.bold = true, .fill = header_fill});
        else sheet.write_text({header_row, first_value + c}, header, {.bold = true, .right = true, .fill = header_fill});
    }

    // The rows. Their sheet rows first, so a formula can point at any of them.
    std::vector<std::uint32_t> sheet_row;
    for (std::size_t i = 0; i < table.rows.size(); ++i) sheet_row.push_back(row + static_cast<std::uint32_t>(i));
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& r = table.rows[i];
        const std::uint32_t at = sheet_row[i];
        const bool sum = r.kind == RowKind::subtotal || r.kind == RowKind::total;
        xlsx::CellFormat label{.bold = sum || r.kind == RowKind::heading, .italic = r.kind == RowKind::part,
                               .indent = static_cast<std::uint8_t>(std::clamp(r.indent, 0, 15)), .top_border = sum};
        xlsx::CellFormat amount{.decimals = table.decimals, .bold = sum, .italic = r.kind == RowKind::part, .top_border = sum};
        for (std::uint32_t c = 0; c < text_columns; ++c) {
            const std::string text = c < r.texts.size() ? r.texts[c] : std::string();
            xlsx::CellFormat look = label;
            if (c > 0) look.indent = 0;
            if (text.empty()) {
                if (sum) sheet.write_blank({at, c + 1}, look);
            } else {
                sheet.write_text({at, c + 1}, text, look);   // text from a submission stays text
            }
        }
        if (r.kind == RowKind::heading) continue;
        for (std::uint32_t c = 0; c < value_columns; ++c) {
            const xlsx::CellRef cell{at, first_value + c};
            const auto& value = c < r.values.size() ? r.values[c] : std::nullopt;
            if (r.formula) {
                sheet.write_formula(cell, detail::formula_text(*r.formula, first_value + c, sheet_row),
                                    cell_value(value.value_or(Money{}), table.unit), amount);
            } else if (value) {
                sheet.write_number(cell, cell_value(*value, table.unit), amount);
            } else if (sum) {
                sheet.write_blank(cell, amount);
            }
        }
        if (r.highlight_nonzero && value_columns > 0) {
            const xlsx::CellRef first{at, first_value};
            sheet.conditional_format({first, {at, first_value + value_columns - 1}},
                                     fmt::format("=ROUND({},{})<>0", xlsx::to_string(first), table.decimals),
                                     {.bold = true, .fill = alert_fill, .font_color = alert_font});
        }
    }
    row += static_cast<std::uint32_t>(table.rows.size());
    std::uint32_t last_printed = row - 1;
    auto keep = kept_together(table, sheet_row);

    // The chart under the table, printed on one page; its data below it, not printed: the
    // charted rows' first value column, gathered where they are adjacent.
    std::vector<std::size_t> charted;
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        if (table.rows[i].in_chart) charted.push_back(i);
    if (table.chart && !charted.empty() && value_columns > 0) {
        const std::uint32_t chart_row = ++row;
        last_printed = chart_row + chart_rows - 1;
        keep.push_back({chart_row, last_printed});
        row = last_printed + 2;
        const std::string heading = say(lang, {"Diagramunderlag: nettokostnad {} per nämnd",
                                               "Chart data: net cost {} per committee"},
                                        table.value_headers[0]);
        sheet.write_text({row++, 1}, heading, {.italic = true});
        const std::uint32_t first = row;
        for (std::size_t i : charted) {
            const auto& r = table.rows[i];
            sheet.write_text({row, 1}, r.texts.empty() ? std::string() : r.texts[0]);
            const std::string source = xlsx::to_string(xlsx::CellRef{sheet_row[i], first_value});
            sheet.write_formula({row, first_value}, "=" + source,
                                cell_value(r.values.empty() ? Money{} : r.values[0].value_or(Money{}), table.unit),
                                {.decimals = table.decimals});
            ++row;
        }
        // As wide as the table (at most 640 pixels), so the chart never widens the page; the
        // axis in whole units of the annex.
        double pixels = 0;
        for (double w : widths) pixels += print::column_pixels(w);
        sheet.insert_bar_chart({chart_row, 1},
                               {.title = say(lang, {"Nettokostnad {} per nämnd", "Net cost {} per committee"},
                                             table.value_headers[0]),
                                .categories = {{first, 1}, {row - 1, 1}},
                                .values = {{first, first_value}, {row - 1, first_value}},
                                .value_format = xlsx::amount_format(0),
                                .width = static_cast<std::uint32_t>(std::min(640.0, pixels)),
                                .height = chart_rows * 20});
    }

    for (std::uint32_t c = 0; c < widths.size(); ++c) sheet.set_column_width(c + 1, c + 1, widths[c]);
    sheet.freeze_panes(header_row);
    print::set_up(sheet, {.title = table.title,
                          .notice = options.draft ? draft_text : std::string(),
                          .lang = lang,
                          .column_widths = widths,
                          .last_row = last_printed,
                          .header_rows = xlsx::PageSetup::Rows{header_row, header_row},
                          .keep_together = keep,
                          .tall_rows = tall_rows});
}

}  // namespace ramkoll::annex
