// Opening an .xlsx workbook: its sheets, defined names, styles and shared strings, and
// streaming readers over each worksheet. Nothing is ever written to the input file.
//
//   auto wb = xlsx::Workbook::open("HSN.xlsx");
//   auto sheet = wb.read_sheet(*wb.find_sheet("Budget"));
//   xlsx::Cell cell;
//   while (sheet.next(cell)) { ... }
#pragma once

#include "xlsx/cell.hpp"
#include "xlsx/limits.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::xlsx {

class SheetReader;
class Styles;
class SharedStrings;

enum class SheetState : std::uint8_t { visible, hidden, very_hidden };
enum class SheetKind : std::uint8_t { worksheet, chartsheet, other };
enum class DateSystem : std::uint8_t { d1900, d1904 };

struct SheetInfo {
    std::string name;
    SheetState state = SheetState::visible;
    SheetKind kind = SheetKind::worksheet;
    std::string part;   // zip entry name, e.g. "xl/worksheets/sheet1.xml"
};

struct DefinedName {
    std::string name;
    std::optional<std::size_t> sheet;   // local to this sheet index; nullopt = workbook scope
    std::string ref;                    // the formula text, e.g. "Budget!$B$3:$D$9"
    bool hidden = false;
};

// What a workbook carries that could act on its own when opened in Excel. ramkoll never
// runs a macro, follows a link or refreshes a connection: it only says they are there.
struct ActiveContent {
    bool macros = false;                       // a VBA project (vbaProject.bin) or Excel 4.0 macro sheets
    std::vector<std::string> external_links;   // the workbooks linked to, as written ("file:///C:/x.xlsx")
    bool data_connections = false;             // xl/connections.xml: queries, ODBC, web sources
};

std::string_view to_string(SheetState state);   // "visible", "hidden", "veryHidden"

class Workbook {
public:
    // Throws xlsx::Error with a specific kind for every way a file can be unreadable.
    static Workbook open(const std::filesystem::path& path, const ReadLimits& limits = {});

    Workbook(Workbook&&) noexcept;
    Workbook& operator=(Workbook&&) noexcept;
    ~Workbook();

    const std::filesystem::path& path() const;
    const std::vector<SheetInfo>& sheets() const;
    const std::vector<DefinedName>& defined_names() const;
    DateSystem date_system() const;
    // The sheet shown when the workbook opens (workbookView activeTab, 0 when not written).
    std::size_t active_sheet() const;
    const Styles& styles() const;
    const SharedStrings& shared_strings() const;
    const ActiveContent& active_content() const;

    std::optional<std::size_t> find_sheet(std::string_view name) const;   // exact name
    // The number format code of a cell style ("General", "0.00", "yyyy-mm-dd", ...).
    std::string_view number_format(std::uint32_t style) const;
    bool is_date_style(std::uint32_t style) const;

    // Streams one worksheet. The reader borrows this workbook: keep it alive meanwhile.
    SheetReader read_sheet(std::size_t index) const;

private:
    struct Impl;
    explicit Workbook(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
    friend class SheetReader;
};

}  // namespace ramkoll::xlsx
