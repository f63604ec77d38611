// The state of a streaming worksheet read (shared with workbook.cpp, which creates it).
#pragma once

#include "xlsx/error.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/shared_strings.hpp"
#include "xlsx/xml_scanner.hpp"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace ramkoll::xlsx {

struct SheetReader::Impl {
    Impl(const SheetInfo& info, std::unique_ptr<ByteSource> source, const SharedStrings& strings,
         DateSystem date_system, const ReadLimits& limits, std::string file);

    bool next(Cell& cell);
    void read_cell(Cell& cell);
    void read_plain_cell(Cell& cell, const XmlScanner::PlainCell& plain);
    CellRef cell_ref(std::string_view text) const;
    void place_cell(Cell& cell, std::optional<CellRef> ref);
    void start_row(std::optional<std::string_view> r, bool hidden);
    void count_cell(const Cell& cell);
    void sync_used();   // layout.used from used_box
    void read_value(Cell& cell, std::string_view type, std::string_view value, bool has_value);
    void finish_layout();
    [[noreturn]] void fail_cell(ErrorKind kind, const Cell& cell, const std::string& detail) const;

    struct SharedFormula {
        CellRef anchor;
        std::string text;
    };

    SheetInfo info;
    std::unique_ptr<ByteSource> source;
    const SharedStrings& strings;
    DateSystem date_system;
    ReadLimits limits;
    std::string file;
    XmlScanner xml;
    SheetLayout layout;   // `used` is set from the box below by sync_used()
    RangeRef used_box{{max_rows + 1, max_cols + 1}, {0, 0}};   // the cells' box so far (empty: inverted)

    bool in_data = false;
    bool done = false;
    std::uint32_t row = 0;        // current row number
    std::uint32_t last_col = 0;   // column of the previous cell in this row
    std::string value;            // <v> text of the current cell
    std::string formula;          // formula text of the current cell
    std::string inline_text;      // <is> string of the current cell
    std::unordered_map<std::string, SharedFormula> shared_formulas;
};

}  // namespace ramkoll::xlsx
