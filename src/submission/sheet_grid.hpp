// One worksheet read into memory (submissions are small): the cells by address, with their
// texts owned, and how a cell reads as an amount of the submission.
#pragma once

#include "common/money.hpp"
#include "xlsx/cell.hpp"
#include "xlsx/workbook.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace ramkoll::submission {

struct GridCell {
    xlsx::CellType type = xlsx::CellType::empty;
    std::string raw;       // stored number text
    std::string text;      // string value or error text
    std::string formula;   // without '='
    std::optional<int> date_year;   // a date cell (date format or ISO date): its year
};

class SheetGrid {
public:
    static SheetGrid read(const xlsx::Workbook& book, std::size_t sheet);

    const std::string& name() const { return name_; }
    const GridCell* at(xlsx::CellRef ref) const;
    // The cells in row order, then column order: key {row, col}.
    const std::map<std::pair<std::uint32_t, std::uint32_t>, GridCell>& cells() const { return cells_; }
    bool row_hidden(std::uint32_t row) const { return hidden_rows_.count(row) != 0; }
    bool col_hidden(std::uint32_t col) const { return hidden_cols_.count(col) != 0; }
    // The same sheet with rows and columns swapped (for a table with the years down a column).
    SheetGrid transposed() const;

private:
    std::string name_;
    std::map<std::pair<std::uint32_t, std::uint32_t>, GridCell> cells_;
    std::set<std::uint32_t> hidden_rows_, hidden_cols_;
};

// How a cell reads as an amount (in the unit it is written in).
struct AmountReading {
    enum class Kind { blank, number, number_as_text, uncomputed, not_a_number, error } kind = Kind::blank;
    Money value;          // for number and number_as_text
    std::string found;    // the text, formula or error for the other kinds
};
AmountReading read_amount(const GridCell* cell);

// A cell's value as text: strings as they are, numbers as stored ("2024"), else empty.
std::string cell_text(const GridCell* cell);

}  // namespace ramkoll::submission
