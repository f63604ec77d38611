// Reading a worksheet into a SheetGrid (cells, date cells' years, hidden rows and columns) and
// interpreting its cells as amounts.
#include "submission/sheet_grid.hpp"

#include "common/swedish_number.hpp"
#include "submission/stored_number.hpp"
#include "xlsx/dates.hpp"
#include "xlsx/sheet_reader.hpp"

#include <algorithm>

namespace ramkoll::submission {

SheetGrid SheetGrid::read(const xlsx::Workbook& book, std::size_t sheet) {
    SheetGrid grid;
    grid.name_ = book.sheets()[sheet].name;
    if (book.sheets()[sheet].kind != xlsx::SheetKind::worksheet) return grid;
    auto reader = book.read_sheet(sheet);
    xlsx::Cell cell;
    auto& arena = *grid.arena_;
    bool reserved = false;
    while (reader.next(cell)) {
        // The <dimension> hint, known once the first cell is read, sizes the grid (within reason).
        if (!reserved && (reserved = true, reader.layout().dimension)) {
            const auto& d = *reader.layout().dimension;
            const std::uint64_t area = std::uint64_t{d.last.row - d.first.row + 1} * (d.last.col - d.first.col + 1);
            grid.cells_.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(area, 1 << 16)));
        }
        std::optional<int> year;
        if (cell.type == xlsx::CellType::number && (cell.iso_date || book.is_date_style(cell.style)))
            if (const auto iso = xlsx::serial_to_iso(cell.number, book.date_system()); iso && iso->size() >= 4)
                year = std::stoi(iso->substr(0, 4));
        grid.cells_.emplace_back(Key{cell.ref.row, cell.ref.col},
                                 GridCell{cell.type, arena.keep(cell.raw), arena.keep(cell.text), arena.keep(cell.formula), year});
    }
    grid.sort_cells();
    grid.hidden_rows_.insert(reader.layout().hidden_rows.begin(), reader.layout().hidden_rows.end());
    grid.hidden_cols_.insert(reader.layout().hidden_cols.begin(), reader.layout().hidden_cols.end());
    return grid;
}

void SheetGrid::Arena::grow(std::size_t at_least) {
    // Blocks double from 4 KB (a submission's list sheet fits in a few), up to 1 MB.
    const std::size_t last = blocks_.empty() ? 2048 : static_cast<std::size_t>(end_ - blocks_.back().get());
    const std::size_t size = std::max(at_least, std::min<std::size_t>(last * 2, 1 << 20));
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    next_ = blocks_.back().get();
    end_ = next_ + size;
}

SheetGrid SheetGrid::transposed() const {
    SheetGrid t;
    t.name_ = name_;
    t.arena_ = arena_;
    t.cells_.reserve(cells_.size());
    for (const auto& [key, cell] : cells_) t.cells_.emplace_back(Key(key.second, key.first), cell);
    t.sort_cells();
    t.hidden_rows_ = hidden_cols_;
    t.hidden_cols_ = hidden_rows_;
    return t;
}

void SheetGrid::sort_cells() {
    // A sheet's cells come in order already; only an odd file needs the sort.
    if (std::adjacent_find(cells_.begin(), cells_.end(), [](const auto& a, const auto& b) { return !(a.first < b.first); }) !=
        cells_.end()) {
        std::stable_sort(cells_.begin(), cells_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        // Of equal addresses the last one read is kept.
        Cells unique;
        unique.reserve(cells_.size());
        for (auto& entry : cells_) {
            if (!unique.empty() && unique.back().first == entry.first) unique.back() = std::move(entry);
            else unique.push_back(std::move(entry));
        }
        cells_ = std::move(unique);
    }
    row_first_.clear();
    const std::size_t rows = cells_.empty() ? 0 : std::size_t{cells_.back().first.first} + 2;
    if (rows > 4 * cells_.size() + 1024) return;   // a few cells far down: no index
    row_first_.resize(rows);
    std::size_t i = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        while (i < cells_.size() && cells_[i].first.first < r) ++i;
        row_first_[r] = static_cast<std::uint32_t>(i);
    }
}

SheetGrid::Cells::const_iterator SheetGrid::from(Key key) const {
    auto first = cells_.begin(), last = cells_.end();
    if (!row_first_.empty()) {
        if (key.first + std::size_t{1} >= row_first_.size()) return cells_.end();
        first += row_first_[key.first];
        last = cells_.begin() + row_first_[key.first + 1];
        if (first == last) return first;
    }
    const auto it = std::lower_bound(first, last, key, [](const auto& entry, const Key& k) { return entry.first < k; });
    return it;
}

const GridCell* SheetGrid::at(xlsx::CellRef ref) const {
    const auto it = from({ref.row, ref.col});
    return it == cells_.end() || it->first != Key(ref.row, ref.col) ? nullptr : &it->second;
}

bool is_blank(const GridCell* cell) {
    return cell == nullptr || cell->type == xlsx::CellType::empty ||
           (cell->type == xlsx::CellType::string && cell->text.find_first_not_of(" \t\r\n") == std::string::npos);
}

AmountReading read_amount(const GridCell* cell) {
    if (is_blank(cell)) return {};
    switch (cell->type) {
    case xlsx::CellType::empty: return {};
    case xlsx::CellType::number:
        if (auto value = parse_stored_number(cell->raw)) return {AmountReading::Kind::number, *value, {}};
        return {AmountReading::Kind::not_a_number, {}, std::string(cell->raw)};
    case xlsx::CellType::string: {
        auto number = parse_swedish_number(cell->text);
        if (number && !number->is_percent) return {AmountReading::Kind::number_as_text, number->value, std::string(cell->text)};
        return {AmountReading::Kind::not_a_number, {}, std::string(cell->text)};
    }
    case xlsx::CellType::boolean: return {AmountReading::Kind::not_a_number, {}, cell->raw == "1" ? "TRUE" : "FALSE"};
    case xlsx::CellType::error: return {AmountReading::Kind::error, {}, std::string(cell->text)};
    case xlsx::CellType::uncomputed: return {AmountReading::Kind::uncomputed, {}, std::string(cell->formula)};
    }
    return {};
}

std::string cell_text(const GridCell* cell) {
    if (cell == nullptr) return {};
    if (cell->type == xlsx::CellType::string) return std::string(cell->text);
    if (cell->type == xlsx::CellType::number) return std::string(cell->raw);
    return {};
}

}  // namespace ramkoll::submission
