// The shared strings table, read once per workbook into one arena: a cell's t="s"
// index becomes a view without any further allocation.
#pragma once

#include "xlsx/zip_archive.hpp"
#include "xlsx/xml_scanner.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::xlsx {

class SharedStrings {
public:
    SharedStrings() = default;
    static SharedStrings read(ZipArchive& zip, std::string_view part, const ReadLimits& limits);
    // The same from any byte source (the fuzz targets feed it bytes from memory).
    static SharedStrings parse(ByteSource& source, std::string_view part, const ReadLimits& limits);

    std::size_t size() const { return rich_.size(); }
    std::string_view at(std::size_t index) const {
        return std::string_view(arena_).substr(starts_[index], starts_[index + 1] - starts_[index]);
    }
    bool is_rich(std::size_t index) const { return rich_[index] != 0; }

private:
    std::string arena_;
    std::vector<std::size_t> starts_{0};
    std::vector<std::uint8_t> rich_;
};

// Reads the string of an <si> or <is> element (the scanner is on its start tag): plain
// <t>, or rich-text runs <r><t> joined, phonetic runs <rPh> left out, _xHHHH_ decoded.
// As in Excel, each <t> without xml:space="preserve" (on it or an ancestor in the item)
// loses its leading and trailing XML white space, before _xHHHH_ is decoded.
// Appends to `out`; returns true when the string had rich-text runs.
bool read_string_item(XmlScanner& xml, std::string& out);

// Decodes Excel's _xHHHH_ escapes in place ("_x000D_" -> CR, "_x005F_" -> "_").
void decode_excel_escapes(std::string& text, std::size_t from);

}  // namespace ramkoll::xlsx
