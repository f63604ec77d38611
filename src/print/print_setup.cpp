// The page setup of a sheet for A4 and the page breaks ramkoll chooses itself (print_setup.hpp).
#include "print/print_setup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ramkoll::print {

namespace {

// A4 in points, and libxlsxwriter's default margins: 0.7 in left and right, 0.75 in at the top
// and bottom, where the page header and footer print.
constexpr double a4_short = 595.28, a4_long = 841.89;
constexpr double side_margins = 2 * 0.7 * 72, top_and_bottom = 2 * 0.75 * 72;
constexpr double line_height = 15;   // points, one line of the default 11 pt font
// Pages are filled to this share of the height at the scale fit to width gives, so that a
// program measuring rows a little taller than ramkoll does never adds a page of its own.
constexpr double page_fill = 0.92;

// Excel's limit on a header's or footer's text, codes included, in characters.
constexpr std::size_t header_footer_max = 255;

std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// '&' starts a code in Excel's header and footer texts. A text longer than `room` characters
// (once escaped) is cut at a character and ends with "…", so that a long committee name or
// title never makes a sheet unwritable: the page header only repeats what the sheet shows.
std::string escaped(std::string_view text, std::size_t room = header_footer_max) {
    std::string out;
    for (char c : text) out += c == '&' ? std::string("&&") : std::string(1, c);
    if (characters(out) <= room) return out;
    std::string cut;
    std::size_t used = 0;
    for (std::size_t i = 0; i < out.size();) {
        std::size_t length = 1;
        if (out[i] == '&') length = 2;
        else
            while (i + length < out.size() && (static_cast<unsigned char>(out[i + length]) & 0xC0) == 0x80) ++length;
        const std::size_t counted = out[i] == '&' ? 2 : 1;
        if (used + counted + 1 > room) break;   // room for the "…"
        cut.append(out, i, length);
        used += counted;
        i += length;
    }
    return cut + "…";
}

// The rows that start a new page: each page takes rows while their height fits `room`, a
// group of rows kept together moves whole to the next page unless it alone is too tall.
std::vector<std::uint32_t> page_breaks(const Sheet& layout, double room) {
    std::vector<double> height(layout.last_row + 1, line_height);
    for (const auto& tall : layout.tall_rows)
        if (tall.row <= layout.last_row) height[tall.row] = std::clamp(tall.lines * line_height, line_height, 409.0);
    double repeated = 0;   // the header rows printed again at the top of every further page
    if (layout.header_rows)
        for (auto r = layout.header_rows->first; r <= layout.header_rows->last && r <= layout.last_row; ++r)
            repeated += height[r];

    auto height_of = [&](std::uint32_t first, std::uint32_t last) {
        double sum = 0;
        for (auto r = first; r <= last; ++r) sum += height[r];
        return sum;
    };
    std::vector<std::uint32_t> breaks;
    double used = 0;
    auto group = layout.keep_together.begin();
    for (std::uint32_t r = 1; r <= layout.last_row;) {
        while (group != layout.keep_together.end() && group->last < r) ++group;
        std::uint32_t last = r;   // the block placed next: a group kept together, or one row
        if (group != layout.keep_together.end() && group->first == r &&
            repeated + height_of(r, std::min(group->last, layout.last_row)) <= room)
            last = std::min(group->last, layout.last_row);
        const double block = height_of(r, last);
        if (used > repeated && used + block > room) {
            breaks.push_back(r);
            used = repeated;
        }
        used += block;
        r = last + 1;
    }
    return breaks;
}

}  // namespace

double column_pixels(double characters) { return characters * 7 + 5; }

double wrapped_lines(std::string_view text, double width) {
    double characters = 0;
    for (unsigned char c : text) characters += (c & 0xC0) != 0x80 ? 1 : 0;   // UTF-8 lead bytes
    // Words wrap before the edge: count a line as 80 % of the column.
    return std::max(1.0, std::ceil(characters / std::max(1.0, width * 0.8)));
}

std::uint32_t set_up(xlsx::SheetWriter& sheet, const Sheet& layout) {
    double table = 0;
    for (double w : layout.column_widths) table += column_pixels(w) * 0.75;   // points
    const bool landscape = table > a4_short - side_margins;
    const double width = (landscape ? a4_long : a4_short) - side_margins;
    const double height = (landscape ? a4_short : a4_long) - top_and_bottom;
    const double scale = table > width ? width / table : 1.0;
    const auto breaks = page_breaks(layout, height * page_fill / scale);
    const auto pages = static_cast<std::uint32_t>(breaks.size() + 1);

    std::string notice;
    if (!layout.notice.empty()) notice = "&R&\"-,Bold\"" + escaped(layout.notice, header_footer_max / 2);
    const std::string header = "&L" + escaped(layout.title, header_footer_max - 2 - characters(notice)) + notice;
    const auto page = fmt::format("&R{} &P {} {}", tr(layout.lang, "Sida", "Page"), tr(layout.lang, "av", "of"), pages);
    std::string footer;
    if (!layout.footer_left.empty()) footer += "&L" + escaped(layout.footer_left, header_footer_max - 2 - characters(page));
    footer += page;
    for (const auto& tall : layout.tall_rows)
        if (tall.lines > 1) sheet.set_row_height(tall.row, std::min(409.0, tall.lines * line_height));
    const auto columns = static_cast<std::uint32_t>(std::max<std::size_t>(layout.column_widths.size(), 1));
    sheet.set_page_setup({.landscape = landscape,
                          .fit_to_width = true,
                          .repeat_rows = layout.header_rows,
                          .header = header,
                          .footer = footer,
                          .print_area = xlsx::RangeRef{{1, 1}, {layout.last_row, columns}},
                          .page_breaks = breaks});
    return pages;
}

}  // namespace ramkoll::print
