// The tests' view of a worksheet as the reader hands it out: every cell copied (its views
// outlive next()), the layout and the sheet's info; fixture paths and the tests' own A1 parser.
#pragma once

#include "xlsx/cell.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ramkoll::test {

using xlsx::CellRef;
using xlsx::CellType;
using xlsx::RangeRef;
using xlsx::StringOrigin;

inline std::filesystem::path fixture(std::string_view name) {
    return std::filesystem::path(RAMKOLL_SOURCE_DIR) / "tests" / "fixtures" / std::string(name);
}

// "B6" -> {6, 2}. The tests' own parser, so that a reader bug in parse_cell_ref cannot hide.
inline CellRef a1(std::string_view text) {
    CellRef ref;
    std::size_t i = 0;
    while (i < text.size() && text[i] >= 'A' && text[i] <= 'Z') {
        ref.col = ref.col * 26 + static_cast<std::uint32_t>(text[i] - 'A' + 1);
        ++i;
    }
    while (i < text.size()) {
        ref.row = ref.row * 10 + static_cast<std::uint32_t>(text[i] - '0');
        ++i;
    }
    return ref;
}

inline RangeRef range(std::string_view first, std::string_view last) { return {a1(first), a1(last)}; }

struct OwnedCell {
    CellRef ref;
    CellType type = CellType::empty;
    StringOrigin origin = StringOrigin::none;
    bool iso_date = false;
    double number = 0.0;
    std::string raw, text, formula;
    bool has_formula = false;
    std::uint32_t style = 0;
};

struct SheetDump {
    std::vector<OwnedCell> cells;   // in the order next() handed them out
    xlsx::SheetLayout layout;
    xlsx::SheetInfo info;

    const OwnedCell* find(std::string_view ref) const {
        const CellRef want = a1(ref);
        for (const auto& c : cells)
            if (c.ref == want) return &c;
        return nullptr;
    }
    // The cell at `ref`; fails the test when the reader did not hand it out.
    const OwnedCell& at(std::string_view ref) const {
        const OwnedCell* c = find(ref);
        INFO("cell " << ref << " in sheet '" << info.name << "'");
        REQUIRE(c != nullptr);
        return *c;
    }
};

inline SheetDump dump_sheet(const xlsx::Workbook& wb, std::size_t index) {
    SheetDump d;
    xlsx::SheetReader reader = wb.read_sheet(index);
    xlsx::Cell cell;
    while (reader.next(cell)) {
        OwnedCell o;
        o.ref = cell.ref;
        o.type = cell.type;
        o.origin = cell.origin;
        o.iso_date = cell.iso_date;
        o.number = cell.number;
        o.raw = std::string(cell.raw);
        o.text = std::string(cell.text);
        o.formula = std::string(cell.formula);
        o.has_formula = cell.has_formula;
        o.style = cell.style;
        d.cells.push_back(std::move(o));
    }
    d.layout = reader.layout();
    d.info = reader.info();
    return d;
}

}  // namespace ramkoll::test
