// The template's metadata (round, committee, template version, years, unit), written twice:
// on a hidden sheet, which the reader uses, and as custom document properties for people
// and other tools (File > Properties).
#include "print/print_setup.hpp"
#include "template/names.hpp"
#include "template/sheets.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::templates {

namespace {

// A custom property's value holds at most 255 characters (Excel's limit); a longer one (a long
// round title) is cut at a character and ends with "…". The sheet keeps the whole value and is
// what the reader uses.
std::string property_text(const std::string& value) {
    auto starts = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
    if (std::count_if(value.begin(), value.end(), starts) <= 255) return value;
    std::string out;
    std::size_t characters = 0;
    for (char c : value) {
        if (starts(c) && ++characters > 254) break;
        out += c;
    }
    return out + "…";
}

}  // namespace

void write_metadata(xlsx::WorkbookWriter& book, xlsx::SheetWriter& sheet, const rules::Round& round,
                    const rules::Committee& committee) {
    std::string years;
    for (int y : round.years) {
        if (!years.empty()) years += ' ';
        years += std::to_string(y);
    }
    const std::pair<std::string_view, std::string> entries[] = {
        {key_version, std::string(template_version)},
        {key_round, round.title},
        {key_committee, committee.code},
        {key_committee_name, committee.name},
        {key_years, years},
        {key_unit, std::string(unit_name(round.unit))},
    };
    sheet.write_text({1, 1}, metadata_marker, {.bold = true});
    sheet.write_text({1, 2}, "Läses av ramkoll: ändra inte.");
    std::uint32_t row = 2;
    for (const auto& [key, value] : entries) {
        sheet.write_text({row, 1}, key);
        sheet.write_text({row, 2}, value);
        book.set_custom_property(fmt::format("ramkoll-{}", key), property_text(value));
        ++row;
    }
    book.define_name(metadata_name, sheet.name(), {{1, 1}, {row - 1, 2}});
    sheet.set_column_width(1, 1, 16);
    sheet.set_column_width(2, 2, 50);
    print::set_up(sheet, {.title = std::string(metadata_marker), .column_widths = {16, 50}, .last_row = row - 1});
    sheet.hide();
    sheet.protect();
}

}  // namespace ramkoll::templates
