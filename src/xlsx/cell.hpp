// One cell as the streaming sheet reader hands it out. Views point into the reader's
// buffers and stay valid only until the next call to SheetReader::next().
#pragma once

#include "xlsx/cell_ref.hpp"

#include <cstdint>
#include <string_view>

namespace ramkoll::xlsx {

enum class CellType : std::uint8_t {
    empty,        // a <c> with no value (only a style), or a formula with an empty string result
    number,       // value in `number`, the exact source text in `raw`
    string,       // value in `text`; `origin` says where it came from
    boolean,      // `number` is 0 or 1
    error,        // `text` is the error value, e.g. "#DIV/0!"
    uncomputed,   // a formula without a cached value: never read as 0
};

enum class StringOrigin : std::uint8_t {
    none,
    shared,        // t="s": an index into the shared strings table
    shared_rich,   // t="s" whose shared string has rich-text runs
    inline_plain,  // t="inlineStr" with a single <t>
    inline_rich,   // t="inlineStr" with rich-text runs
    formula,       // t="str": the cached string result of a formula
};

struct Cell {
    CellRef ref;
    CellType type = CellType::empty;
    StringOrigin origin = StringOrigin::none;
    bool iso_date = false;           // t="d": `raw` is the ISO 8601 text, `number` its serial
    double number = 0.0;
    std::string_view raw;            // <v> text exactly as stored (numbers: for exact decimals)
    std::string_view text;           // string value or error text
    std::string_view formula;        // formula text without '=', empty when the cell has none
    bool has_formula = false;
    std::uint32_t style = 0;         // index into the workbook's cellXfs
};

}  // namespace ramkoll::xlsx
