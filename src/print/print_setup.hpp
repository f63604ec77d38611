// How every sheet ramkoll writes is printed in a Swedish office (annexes, the combined book,
// review reports, templates): A4, portrait unless the columns are too wide for it, one page
// wide and as many tall as needed, the header rows on every page, the title (and a draft's
// notice) in the page header, "Sida N av M" in the footer counted per sheet.
//
// ramkoll breaks the pages itself, with room to spare, between the groups of rows a caller
// keeps together (a committee's rows), so it knows M: LibreOffice counts &N through the whole
// workbook and Excel per sheet, so the footer states M as a number, and &P restarts per sheet.
//
//   print::set_up(sheet, {.title = "Bilaga 2. Nämndbudget", .lang = Lang::sv,
//                         .column_widths = {46, 13, 13, 13}, .last_row = 30,
//                         .header_rows = xlsx::PageSetup::Rows{6, 6}, .keep_together = {{7, 11}}});
#pragma once

#include "common/lang.hpp"
#include "xlsx/writer.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::print {

// Rows first..last printed on one page when they fit on one.
struct Rows {
    std::uint32_t first = 1, last = 1;
};

// A row taller than one line of text, as wrapped text; set_up() gives it that height.
struct TallRow {
    std::uint32_t row = 1;
    double lines = 1;
};

struct Sheet {
    std::string title{};                      // page header, left
    std::string notice{};                     // page header, right, bold; the draft's "UTKAST …"
    std::string footer_left{};                // footer, left (as "HSN 2025")
    Lang lang = Lang::sv;
    std::vector<double> column_widths{};      // columns 1.. as set, in Excel's characters; all printed
    std::uint32_t last_row = 1;               // rows 1..last_row are printed
    std::optional<xlsx::PageSetup::Rows> header_rows{};   // repeated on every page
    std::vector<Rows> keep_together{};        // ascending, not overlapping
    std::vector<TallRow> tall_rows{};
};

// Width in pixels of a column `characters` wide, as Excel and LibreOffice draw it: 7 pixels a
// character of the default font and 5 of padding.
double column_pixels(double characters);

// Lines that `text` takes wrapped in a column `width` characters wide, counted generously.
double wrapped_lines(std::string_view text, double width);

// Sets the sheet's page setup, page breaks and tall rows' heights; returns the number of pages
// it prints on.
std::uint32_t set_up(xlsx::SheetWriter& sheet, const Sheet& layout);

}  // namespace ramkoll::print
