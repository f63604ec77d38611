// Streams the cells of one worksheet in document order without building the sheet in
// memory. Row and sheet layout (hidden rows, merged ranges, the dimension hint) is
// collected as the stream passes and is complete once next() has returned false.
#pragma once

#include "xlsx/byte_source.hpp"
#include "xlsx/cell.hpp"
#include "xlsx/workbook.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace ramkoll::xlsx {

struct SheetLayout {
    std::optional<RangeRef> dimension;       // the <dimension> hint as written, if any
    std::optional<RangeRef> used;            // the range actually covered by non-empty cells
    std::vector<RangeRef> merged;
    std::vector<std::uint32_t> hidden_rows;  // 1-based, ascending
    std::vector<std::uint32_t> hidden_cols;  // 1-based, ascending
    std::uint64_t cell_count = 0;            // cells handed out by next()
};

class SheetReader {
public:
    SheetReader(SheetReader&&) noexcept;
    SheetReader& operator=(SheetReader&&) noexcept;
    ~SheetReader();

    // Fills `cell` with the next cell that has a value or a formula; false at the end.
    // Throws xlsx::Error on malformed XML, bad references or passed limits.
    bool next(Cell& cell);

    // A worksheet part from any byte source, outside a workbook (the fuzz targets feed it
    // bytes from memory); `strings` must outlive the reader.
    static SheetReader parse(std::unique_ptr<ByteSource> source, const SheetInfo& info, const SharedStrings& strings,
                             DateSystem date_system, const ReadLimits& limits);

    const SheetInfo& info() const;
    const SheetLayout& layout() const;

private:
    struct Impl;
    explicit SheetReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
    friend class Workbook;
};

}  // namespace ramkoll::xlsx
