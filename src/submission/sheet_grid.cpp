// Reading a worksheet into a SheetGrid (cells, date cells' years, hidden rows and columns) and
// interpreting its cells as amounts.
#include "submission/sheet_grid.hpp"

#include "common/swedish_number.hpp"
#include "submission/stored_number.hpp"
#include "xlsx/dates.hpp"
#include "xlsx/sheet_reader.hpp"

namespace ramkoll::submission {

SheetGrid SheetGrid::read(const xlsx::Workbook& book, std::size_t sheet) {
    SheetGrid grid;
    grid.name_ = book.sheets()[sheet].name;
    if (book.sheets()[sheet].kind != xlsx::SheetKind::worksheet) return grid;
    auto reader = book.read_sheet(sheet);
    xlsx::Cell cell;
    while (reader.next(cell)) {
        std::optional<int> year;
        if (cell.type == xlsx::CellType::number && (cell.iso_date || book.is_date_style(cell.style)))
            if (const auto iso = xlsx::serial_to_iso(cell.number, book.date_system()); iso && iso->size() >= 4)
                year = std::stoi(iso->substr(0, 4));
        grid.cells_[{cell.ref.row, cell.ref.col}] =
            GridCell{cell.type, std::string(cell.raw), std::string(cell.text), std::string(cell.formula), year};
    }
    grid.hidden_rows_.insert(reader.layout().hidden_rows.begin(), reader.layout().hidden_rows.end());
    grid.hidden_cols_.insert(reader.layout().hidden_cols.begin(), reader.layout().hidden_cols.end());
    return grid;
}

SheetGrid SheetGrid::transposed() const {
    SheetGrid t;
    t.name_ = name_;
    for (const auto& [key, cell] : cells_) t.cells_.emplace(std::pair(key.second, key.first), cell);
    t.hidden_rows_ = hidden_cols_;
    t.hidden_cols_ = hidden_rows_;
    return t;
}

const GridCell* SheetGrid::at(xlsx::CellRef ref) const {
    auto it = cells_.find({ref.row, ref.col});
    return it == cells_.end() ? nullptr : &it->second;
}

AmountReading read_amount(const GridCell* cell) {
    if (cell == nullptr) return {};
    switch (cell->type) {
    case xlsx::CellType::empty: return {};
    case xlsx::CellType::number:
        if (auto value = parse_stored_number(cell->raw)) return {AmountReading::Kind::number, *value, {}};
        return {AmountReading::Kind::not_a_number, {}, cell->raw};
    case xlsx::CellType::string: {
        if (cell->text.find_first_not_of(" \t\r\n") == std::string::npos) return {};
        auto number = parse_swedish_number(cell->text);
        if (number && !number->is_percent) return {AmountReading::Kind::number_as_text, number->value, cell->text};
        return {AmountReading::Kind::not_a_number, {}, cell->text};
    }
    case xlsx::CellType::boolean: return {AmountReading::Kind::not_a_number, {}, cell->raw == "1" ? "TRUE" : "FALSE"};
    case xlsx::CellType::error: return {AmountReading::Kind::error, {}, cell->text};
    case xlsx::CellType::uncomputed: return {AmountReading::Kind::uncomputed, {}, cell->formula};
    }
    return {};
}

std::string cell_text(const GridCell* cell) {
    if (cell == nullptr) return {};
    if (cell->type == xlsx::CellType::string) return cell->text;
    if (cell->type == xlsx::CellType::number) return cell->raw;
    return {};
}

}  // namespace ramkoll::submission
