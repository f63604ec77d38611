// The hidden sheet Listor with every drop-down's choices, one column each: the round's
// committee codes, then each closed text column's declared values (rules::FormColumn::values).
// The drop-downs refer to these cells, so a list is never too long for Excel (an inline list
// takes at most 255 characters) and a choice may hold a comma.
#include "print/print_setup.hpp"
#include "template/names.hpp"
#include "template/sheets.hpp"

#include <fmt/format.h>

namespace ramkoll::templates {

Choices choices_of(const rules::Round& round, const rules::Committee& committee) {
    Choices out;
    auto needed = [&](auto&& wanted) {
        for (const auto& list : round.form.lists)
            if (round.fills(list, committee.code))
                for (const auto& column : list.columns)
                    if (wanted(column)) return true;
        return false;
    };
    if (needed([](const rules::FormColumn& c) { return c.kind == rules::ColumnKind::committee; })) {
        Choices::Column codes{"Nämnd", {}};
        for (const auto& c : round.committees) codes.values.push_back(c.code);
        out.committees = out.columns.size();
        out.columns.push_back(std::move(codes));
    }
    for (std::size_t l = 0; l < round.form.lists.size(); ++l) {
        const auto& list = round.form.lists[l];
        if (!round.fills(list, committee.code)) continue;
        for (std::size_t c = 0; c < list.columns.size(); ++c) {
            const auto& column = list.columns[c];
            if (column.kind != rules::ColumnKind::text || !column.closed || column.values.empty()) continue;
            out.of_column[{l, c}] = out.columns.size();
            out.columns.push_back({fmt::format("{}: {}", list.label, column.label), column.values});
        }
    }
    return out;
}

xlsx::RangeRef Choices::range(std::size_t column) const {
    const auto col = static_cast<std::uint32_t>(column + 1);
    const auto count = static_cast<std::uint32_t>(columns.at(column).values.size());
    return {{2, col}, {1 + count, col}};
}

void write_choices_sheet(xlsx::SheetWriter& sheet, const Choices& choices) {
    std::vector<double> widths;
    std::uint32_t last_row = 1;
    for (std::size_t i = 0; i < choices.columns.size(); ++i) {
        const auto col = static_cast<std::uint32_t>(i + 1);
        const auto& column = choices.columns[i];
        sheet.write_text({1, col}, column.header, look::header);
        std::uint32_t row = 2;
        for (const auto& value : column.values) sheet.write_text({row++, col}, value);
        last_row = std::max(last_row, row - 1);
        sheet.set_column_width(col, col, 32);
        widths.push_back(32);
    }
    sheet.write_text({last_row + 2, 1}, "Läses av ramkoll: ändra inte.", look::note);
    print::set_up(sheet, {.title = std::string(choices_sheet), .column_widths = widths, .last_row = last_row + 2});
    sheet.hide();
    sheet.protect();
}

}  // namespace ramkoll::templates
