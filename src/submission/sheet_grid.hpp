// One worksheet read into memory (submissions are small): the cells by address in one sorted
// vector, their texts in one arena the grid owns (no allocation per cell), and how a cell reads
// as an amount of the submission.
#pragma once

#include "common/money.hpp"
#include "common/name.hpp"
#include "xlsx/cell.hpp"
#include "xlsx/workbook.hpp"

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ramkoll::submission {

// The texts are views into the arena of the SheetGrid the cell is in, valid as long as it.
struct GridCell {
    xlsx::CellType type = xlsx::CellType::empty;
    std::string_view raw;       // stored number text
    std::string_view text;      // string value or error text
    std::string_view formula;   // without '='
    std::optional<int> date_year;   // a date cell (date format or ISO date): its year
};

class SheetGrid {
public:
    using Key = std::pair<std::uint32_t, std::uint32_t>;   // {row, col}
    using Cells = std::vector<std::pair<Key, GridCell>>;

    static SheetGrid read(const xlsx::Workbook& book, std::size_t sheet);

    Name name() const { return name_; }
    const GridCell* at(xlsx::CellRef ref) const;
    // The cells in row order, then column order, each address once.
    const Cells& cells() const { return cells_; }
    // The first cell at `key` or after it in that order.
    Cells::const_iterator from(Key key) const;
    bool row_hidden(std::uint32_t row) const { return hidden_rows_.count(row) != 0; }
    bool col_hidden(std::uint32_t col) const { return hidden_cols_.count(col) != 0; }
    // The same sheet with rows and columns swapped (for a table with the years down a column).
    SheetGrid transposed() const;

private:
    // Sorts cells_ by address, of the cells given twice keeping the last (as Excel does), and
    // indexes the rows.
    void sort_cells();

    // The cells' texts, back to back in blocks that never move. A bump pointer kept inline:
    // a grid keeps a text for nearly every cell it reads.
    class Arena {
    public:
        std::string_view keep(std::string_view text) {   // a copy of `text`
            if (text.empty()) return {};
            if (static_cast<std::size_t>(end_ - next_) < text.size()) grow(text.size());
            char* copy = next_;
            std::memcpy(copy, text.data(), text.size());
            next_ += text.size();
            return {copy, text.size()};
        }

    private:
        void grow(std::size_t at_least);
        std::vector<std::unique_ptr<char[]>> blocks_;
        char* next_ = nullptr;
        char* end_ = nullptr;
    };

    Name name_;
    // Shared with a transposed() copy, whose cells view the same texts.
    std::shared_ptr<Arena> arena_ = std::make_shared<Arena>();
    Cells cells_;
    // row_first_[r]: the index in cells_ of the first cell in row r or below it, for every row
    // up to the last one; empty for a sheet whose rows lie too far apart for that (at() then
    // searches all cells).
    std::vector<std::uint32_t> row_first_;
    std::set<std::uint32_t> hidden_rows_, hidden_cols_;
};

// How a cell reads as an amount (in the unit it is written in).
struct AmountReading {
    enum class Kind { blank, number, number_as_text, uncomputed, not_a_number, error } kind = Kind::blank;
    Money value;          // for number and number_as_text
    std::string found;    // the text, formula or error for the other kinds
};
AmountReading read_amount(const GridCell* cell);
// Whether read_amount() gives blank: no cell, an empty one, or only spaces (no number parsed).
bool is_blank(const GridCell* cell);

// A cell's value as text: strings as they are, numbers as stored ("2024"), else empty.
std::string cell_text(const GridCell* cell);

}  // namespace ramkoll::submission
