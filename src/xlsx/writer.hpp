// Writing .xlsx workbooks (the annexes and the submission templates) over libxlsxwriter:
// sheets, values with their formats, formulas with cached results, layout, print setup,
// and the input aids of a template. The file appears at its path only when close()
// succeeds; until then an older file at that path stays as it was.
//
//   xlsx::WorkbookWriter book("out/bilaga1.xlsx");
//   auto& sheet = book.add_sheet("Driftbudget 2027");
//   sheet.write_text({1, 1}, "Nämnd", {.bold = true});
//   sheet.write_number({2, 2}, -1234.5, {.decimals = 1});             // shown "-1 234,5"
//   sheet.write_formula({5, 2}, "=SUM(B2:B4)", 6.0, {.decimals = 1, .bold = true});
//   book.close();
//
// Rows and columns are 1-based everywhere, as in CellRef and in the reader: A1 is {1, 1}.
// Every failure throws std::runtime_error whose text starts with the file's path and names
// the sheet and cell concerned (plus libxlsxwriter's own reason where it refused); a file that
// cannot be written is a WriteError (common/write_error.hpp) with the system's reason.
//
// Number formats: Excel stores format codes in en-US syntax whatever the reader's language:
// ',' groups thousands and '.' marks the decimals. A Swedish Excel or LibreOffice displays the
// stored code "#,##0.0" as "# ##0,0", so -1234.5 appears as "-1 234,5" (a no-break space
// between thousands, decimal comma; LibreOffice in sv-SE shows exactly this). Writing
// "# ##0,0" into the file would be wrong: it would show a literal space and comma in every
// locale. The codes have one section, so a negative number gets a leading hyphen-minus, no
// parentheses and no colour.
#pragma once

#include "xlsx/cell_ref.hpp"

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct lxw_worksheet;

namespace ramkoll::xlsx {

namespace detail { struct WriterState; }

inline constexpr int max_decimals = 10;

// Excel's limit on hyperlinks in one worksheet (SheetWriter::write_file_link).
inline constexpr std::size_t max_links_per_sheet = 65'530;

// Thousands-grouped amount: 0 -> "#,##0", 1 -> "#,##0.0", 2 -> "#,##0.00".
// Throws std::invalid_argument outside 0..max_decimals.
std::string amount_format(int decimals);

// Percentage of a fraction (0.031 is shown "3,1%" in Swedish): 0 -> "0%", 1 -> "0.0%".
// Throws std::invalid_argument outside 0..max_decimals.
std::string percent_format(int decimals);

// How a cell looks. Each distinct CellFormat becomes one style in the file, however many
// cells use it.
//   CellFormat total{.decimals = 0, .bold = true, .top_border = true};
struct CellFormat {
    std::optional<int> decimals{};              // amount_format(decimals): "#,##0.0" for 1
    bool percent = false;                       // percent_format(decimals or 0): "0.0%" for 1
    bool bold = false;
    bool italic = false;
    std::uint8_t indent = 0;                    // indent levels 0..15; makes the cell left aligned
    bool top_border = false;                    // thin line above, as over a total
    bool wrap = false;                          // wrap text within the column width
    bool right = false;                         // right aligned, as a text header over amounts
    std::optional<std::uint32_t> fill{};        // solid background, 0xRRGGBB
    std::optional<std::uint32_t> font_color{};  // 0xRRGGBB
    bool unlocked = false;                      // stays editable when the sheet is protected
    friend bool operator==(const CellFormat&, const CellFormat&) = default;
};

// Printing of one sheet. The paper is always A4 (paperSize 9), and the sheet's pages are
// numbered from 1 (&P) even when the whole workbook is printed at once.
//   sheet.set_page_setup({.landscape = true, .fit_to_width = true, .repeat_rows = PageSetup::Rows{1, 2},
//                         .footer = "&LRegionplan 2027&RSida &P av &N"});
struct PageSetup {
    struct Rows { std::uint32_t first = 1, last = 1; };
    bool landscape = false;
    bool fit_to_width = false;          // one page wide, as many pages tall as needed
    std::optional<Rows> repeat_rows{};  // printed at the top of every page, e.g. the header row
    std::string header{};               // Excel header/footer codes: &L &C &R sections, &P page,
    std::string footer{};               // &N pages; a literal '&' is written "&&"
    std::optional<RangeRef> print_area{};      // only these cells are printed (default: all used)
    std::vector<std::uint32_t> page_breaks{};  // rows that start a new page, ascending
};

// A bar chart (horizontal bars) of one series, categories and values on the same sheet.
//   sheet.insert_bar_chart({3, 6}, {.title = "Nettokostnad 2024", .categories = {{20, 1}, {28, 1}},
//                                   .values = {{20, 2}, {28, 2}}, .value_format = amount_format(1)});
struct BarChart {
    std::string title{};
    RangeRef categories{};       // one column: the labels
    RangeRef values{};           // one column: the numbers
    std::string value_format{};  // number format of the value axis, e.g. amount_format(1)
    std::uint32_t width = 640;   // pixels
    std::uint32_t height = 360;
};

// The help texts of a data validation; empty means none (Excel's default error text).
struct ValidationText {
    std::string input{};   // shown when the cell is selected, at most 255 characters
    std::string error{};   // shown when a value is refused, at most 255 characters
};

// Standard document properties (File > Properties in Excel).
struct DocumentProperties {
    std::string title{};
    std::string subject{};
    std::string author{};
    std::string company{};
    std::string comments{};
    std::time_t created = 0;   // 0: now; a fixed time gives byte-identical files for equal input
};

// One worksheet of a WorkbookWriter; obtained from add_sheet() and owned by the workbook.
class SheetWriter {
public:
    SheetWriter(const SheetWriter&) = delete;
    SheetWriter& operator=(const SheetWriter&) = delete;

    const std::string& name() const { return name_; }

    // Text (UTF-8, at most 32767 characters); empty text is written as write_blank().
    //   sheet.write_text({1, 1}, "Hälso- och sjukvårdsnämnden");
    void write_text(CellRef cell, std::string_view text, const CellFormat& format = {});

    // A finite number; NaN and infinities are refused.
    //   sheet.write_number({2, 3}, 0.1, {.decimals = 1});
    void write_number(CellRef cell, double value, const CellFormat& format = {});

    // TRUE or FALSE.
    //   sheet.write_bool({2, 4}, true);
    void write_bool(CellRef cell, bool value, const CellFormat& format = {});

    // A cell without a value that still carries a format (a border, a fill, unlocked input).
    //   sheet.write_blank({3, 2}, {.decimals = 0, .unlocked = true});
    void write_blank(CellRef cell, const CellFormat& format);

    // A formula, with or without the leading '=', together with its cached result, which is
    // what readers that do not recalculate (the ramkoll reader, openpyxl, previews) show.
    //   sheet.write_formula({5, 2}, "=SUM(B2:B4)", 6.0, {.bold = true});
    void write_formula(CellRef cell, std::string_view formula, double cached,
                       const CellFormat& format = {});
    // The same for a formula whose result is text.
    //   sheet.write_formula({1, 5}, "=\"Bilaga \"&A1", "Bilaga 1");
    void write_formula(CellRef cell, std::string_view formula, std::string_view cached,
                       const CellFormat& format = {});

    // Merges the range (at least two cells) into one cell holding `text`, as for a title.
    //   sheet.merge({{1, 1}, {1, 6}}, "Driftbudget 2027, tkr", {.bold = true});
    void merge(const RangeRef& range, std::string_view text, const CellFormat& format = {});

    // Width of columns first..last in characters of the default font (Excel's unit).
    //   sheet.set_column_width(1, 1, 40);
    void set_column_width(std::uint32_t first_col, std::uint32_t last_col, double width);

    // Height of a row in points (15 is one line of the default font), as for wrapped text:
    // LibreOffice does not grow a row to its wrapped text when it opens the file.
    //   sheet.set_row_height(4, 45);
    void set_row_height(std::uint32_t row, double points);

    // Keeps the top `rows` rows and the left `cols` columns in view while scrolling.
    //   sheet.freeze_panes(1);       // the header row
    void freeze_panes(std::uint32_t rows, std::uint32_t cols = 0);

    // Filter buttons (Excel's AutoFilter) on the first row of `range`, which is the header of
    // the rows below it; one per sheet, a later call replaces an earlier one.
    //   sheet.autofilter({{1, 1}, {120, 10}});
    void autofilter(const RangeRef& range);

    // `text` as a hyperlink to another file, given relative to this workbook's folder (or
    // absolute), optionally to a place in it: a cell reference with its sheet quoted as in a
    // formula ("'Budget TN'!E9", see quote_sheet_name()) or a defined name. A default format
    // gives the usual blue underlined link. Excel opens the file when it is there and says so
    // when it is not. Folders are stored with '\\' as Excel writes them; '#' in the file's name
    // is escaped. At most max_links_per_sheet links per sheet and 2 079 characters of address.
    //   sheet.write_file_link({2, 2}, "HSN-2024.xlsx!Budget!C10", "HSN-2024.xlsx", "Budget!C10");
    void write_file_link(CellRef cell, std::string_view text, const std::filesystem::path& file,
                         std::string_view location = {}, const CellFormat& format = {});

    //   sheet.set_page_setup({.landscape = true, .fit_to_width = true});
    void set_page_setup(const PageSetup& setup);

    // Hides the sheet tab (state "hidden": the user can unhide it). At least one sheet of a
    // workbook must stay visible; a hidden first sheet hands the active tab to the next one.
    //   lists.hide();
    void hide();

    // Protects the sheet without a password (against mistakes, not against people): only
    // cells written with CellFormat::unlocked can be edited; resizing rows and columns stays allowed.
    //   sheet.protect();
    void protect();

    // Lets only decimal numbers from `min` to `max` be typed into the range (blank allowed).
    //   sheet.validate_decimal({{3, 2}, {20, 4}}, -1e9, 1e9, {.error = "Ange ett belopp i tkr"});
    void validate_decimal(const RangeRef& range, double min, double max, const ValidationText& text = {});

    // Offers a drop-down of `choices` and refuses anything else. Choices are non-empty, hold no
    // comma, and together (with separating commas) fit Excel's limit of 255 characters.
    //   sheet.validate_list({{3, 5}, {20, 5}}, {"Ja", "Nej"});
    void validate_list(const RangeRef& range, const std::vector<std::string>& choices,
                       const ValidationText& text = {});

    // Offers a drop-down of the cells `choices` of sheet `source` (this sheet or another one of
    // the workbook, also a hidden one) and refuses anything else. The choices are whatever those
    // cells hold, so none of the limits above apply: any number, any text, commas too. The
    // source sheet may be added later; close() refuses a workbook without it.
    //   sheet.validate_list({{3, 5}, {20, 5}}, "Listor", {{1, 1}, {40, 1}});
    void validate_list(const RangeRef& range, std::string_view source, const RangeRef& choices,
                       const ValidationText& text = {});

    // Shows cells of `range` with `format` where `formula` is true. The formula is written
    // for the range's top-left cell and shifts over the range like a relative reference.
    // Excel applies only font (bold, italic, colour), fill, border and number format here.
    //   sheet.conditional_format({{3, 2}, {20, 2}}, "=B3<0", {.font_color = 0xC00000});
    void conditional_format(const RangeRef& range, std::string_view formula, const CellFormat& format);

    // Places a bar chart with its top-left corner at `at`; both ranges must be on this sheet.
    // The chart shows the cells' values, recalculated by the spreadsheet program as they change.
    //   sheet.insert_bar_chart({3, 6}, {.title = "Nettokostnad", .categories = …, .values = …});
    void insert_bar_chart(CellRef at, const BarChart& chart);

private:
    friend class WorkbookWriter;
    SheetWriter(detail::WriterState& book, lxw_worksheet* sheet, std::string name);

    detail::WriterState& book_;
    lxw_worksheet* sheet_;   // owned by the libxlsxwriter workbook
    std::string name_;
    bool hidden_ = false;
    std::size_t links_ = 0;
};

// A workbook being written. Nothing appears at `path` until close() succeeds; destroying
// the writer without close() (an exception on the way) leaves `path` untouched.
class WorkbookWriter {
public:
    // Prepares the temporary file next to `path`. Throws std::runtime_error if the directory
    // is missing or not writable, so a run fails before any work is done.
    //   xlsx::WorkbookWriter book(out_dir / "bilaga1.xlsx");
    explicit WorkbookWriter(std::filesystem::path path);
    WorkbookWriter(WorkbookWriter&&) noexcept;
    WorkbookWriter& operator=(WorkbookWriter&&) noexcept;
    ~WorkbookWriter();

    const std::filesystem::path& path() const;

    // Appends a sheet. Names may hold å, ä, ö, spaces and inner apostrophes; refused are the
    // empty name, more than 31 characters, any of  [ ] : * ? / \ , an apostrophe first or
    // last, "History" and a name already used (ignoring case).
    //   auto& sheet = book.add_sheet("Nämndernas ramar");
    SheetWriter& add_sheet(std::string_view name);

    // A workbook-wide name for a range of an added sheet (Excel's Name Manager).
    //   book.define_name("Summa_drift", "Driftbudget 2027", {{5, 2}, {5, 4}});
    void define_name(std::string_view name, std::string_view sheet, const RangeRef& range);

    //   book.set_properties({.title = "Bilaga 1 Driftbudget", .author = "Regionstaben"});
    void set_properties(const DocumentProperties& properties);

    // A custom document property (File > Properties > Custom), text valued.
    //   book.set_custom_property("ramkoll-version", "0.1.0");
    void set_custom_property(std::string_view name, std::string_view value);

    // Writes the workbook and moves it into place. Needs at least one visible sheet. On
    // failure nothing is left behind: `path` keeps its old content, the temporary file is
    // removed. After close() (successful or not) the writer and its sheets accept no more calls.
    //   book.close();
    void close();

private:
    std::unique_ptr<detail::WriterState> state_;
};

}  // namespace ramkoll::xlsx
