// One annex as a sheet: title, unit line, draft notice, header row, the rows with formulas and
// their cached values, a bar chart where declared, and the print setup of the printed plan.
#include "annex/annex.hpp"
#include "annex/formula.hpp"
#include "common/message.hpp"

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

// '&' starts a code in Excel's header and footer texts.
std::string header_text(std::string_view text) {
    std::string out;
    for (char c : text) out += c == '&' ? std::string("&&") : std::string(1, c);
    return out;
}

}  // namespace

void write_sheet(xlsx::WorkbookWriter& book, const consolidate::Table& table, const Options& options) {
    const Lang lang = options.lang;
    auto& sheet = book.add_sheet(table.name);
    const auto text_columns = static_cast<std::uint32_t>(table.text_headers.size());
    const auto value_columns = static_cast<std::uint32_t>(table.value_headers.size());
    const std::uint32_t first_value = text_columns + 1;
    const std::uint32_t last_column = std::max(text_columns + value_columns, 1u);

    // Title, unit, the draft notice and notes.
    std::uint32_t row = 1;
    sheet.write_text({row++, 1}, table.title, {.bold = true});
    sheet.write_text({row++, 1}, unit_line(table.unit, lang), {.italic = true});
    const std::string draft_text(tr(lang, "UTKAST – underlaget innehåller fel", "DRAFT – the submissions contain errors"));
    if (options.draft) {
        sheet.write_text({row++, 1}, draft_text, {.bold = true, .font_color = alert_font});
        std::string list;
        for (const auto& c : options.committees_in_error) list += (list.empty() ? "" : ", ") + c;
        sheet.write_text({row++, 1}, fmt::format("{}: {}", tr(lang, "Nämnder med fel", "Committees with errors"), list),
                         {.font_color = alert_font});
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
        else sheet.write_text({header_row, first_value + c}, header, {.bold = true, .fill = header_fill});
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

    // The chart's data: the charted rows' first value column, gathered where they are adjacent.
    std::vector<std::size_t> charted;
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        if (table.rows[i].in_chart) charted.push_back(i);
    if (table.chart && !charted.empty() && value_columns > 0) {
        ++row;
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
        sheet.insert_bar_chart({header_row, last_column + 2},
                               {.title = say(lang, {"Nettokostnad {} per nämnd", "Net cost {} per committee"},
                                             table.value_headers[0]),
                                .categories = {{first, 1}, {row - 1, 1}},
                                .values = {{first, first_value}, {row - 1, first_value}},
                                .value_format = xlsx::amount_format(std::min(table.decimals, 1))});
    }

    sheet.set_column_width(1, 1, 46);
    if (text_columns > 1) sheet.set_column_width(2, text_columns, 40);
    if (value_columns > 0) sheet.set_column_width(first_value, first_value + value_columns - 1, 13);
    sheet.freeze_panes(header_row);
    sheet.set_page_setup({.landscape = true, .fit_to_width = true, .repeat_rows = xlsx::PageSetup::Rows{header_row, header_row},
                          .header = options.draft ? "&C&\"-,Bold\"" + header_text(draft_text) : "&C" + header_text(table.title),
                          .footer = fmt::format("&R{} &P {} &N", tr(lang, "Sida", "Page"), tr(lang, "av", "of"))});
}

}  // namespace ramkoll::annex
