// WorkbookWriter and SheetWriter over libxlsxwriter: 1-based refs become 0-based calls, every
// lxw_error becomes an exception naming file, sheet and cell, and formats are cached per spec;
// workbooks may be written on several threads at once (gmtime with a buffer per thread), their
// parts kept in memory files until zipped.
#include "xlsx/writer.hpp"
#include "common/excel_text.hpp"

#include "common/atomic_file.hpp"
#include "common/write_error.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <utility>

#include <dlfcn.h>
#include <sys/mman.h>
#include <unistd.h>

// libxlsxwriter writes a workbook's creation time through gmtime(), whose one static buffer
// two workbooks closed on two threads would share (report::write_committee_reports writes
// them on every core). This definition takes the C library's place in the whole program (the
// executable's symbol comes first for the shared libraries too), with a buffer per thread.
extern "C" std::tm* gmtime(const std::time_t* time) noexcept {
    thread_local std::tm buffer;
    return gmtime_r(time, &buffer);
}

// Whether the workbook being closed on this thread stores its parts instead of deflating them
// (WorkbookWriter::close() sets it for a small workbook).
thread_local bool store_parts = false;

// libxlsxwriter (1.1.4, Debian's) deflates every part of a workbook at zlib's default level 6
// and has no option for another (lxw_workbook_options: constant_memory, tmpdir, use_zip64).
// This definition takes the place of minizip's, as gmtime's above, and asks for level 1: a
// report's parts are a few KB of XML each, and level 6 spent most of a report's instructions
// (callgrind of `run` at N=100: 1 896 → 1 807 M, the outputs 7 % larger). It also asks for a
// smaller hash table (memLevel 5, not the default 8): zlib clears the table for every part,
// 64 KB of a ~4 KB part (`run` at N=100: 1 516 → 1 452 M instructions, outputs 0.2 % smaller).
// The parts of a small workbook are stored (method 0, which the xlsx package format allows):
// see small_workbook_cells. Every other argument is passed on as it is.
extern "C" int zipOpenNewFileInZip4_64(void* file, const char* name, const void* info, const void* extra_local,
                                       unsigned extra_local_size, const void* extra_global, unsigned extra_global_size,
                                       const char* comment, int method, int level, int raw, int window_bits,
                                       int mem_level, int strategy, const char* password, unsigned long crc,
                                       unsigned long version_made_by, unsigned long flag_base, int zip64) {
    using Open = int (*)(void*, const char*, const void*, const void*, unsigned, const void*, unsigned, const char*, int,
                         int, int, int, int, int, const char*, unsigned long, unsigned long, unsigned long, int);
    static const auto minizip = reinterpret_cast<Open>(::dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    if (minizip == nullptr) return -104;   // ZIP_INTERNALERROR: the workbook is not written, and says so
    constexpr int default_level = -1, fast_level = 1;   // Z_DEFAULT_COMPRESSION, Z_BEST_SPEED
    constexpr int default_mem_level = 8, small_mem_level = 5;   // DEF_MEM_LEVEL; 4 K hash entries
    constexpr int stored = 0, deflated = 8;   // zip's methods; Z_DEFLATED
    if (store_parts && method == deflated) method = stored;
    return minizip(file, name, info, extra_local, extra_local_size, extra_global, extra_global_size, comment, method,
                   level == default_level ? fast_level : level, raw, window_bits,
                   mem_level == default_mem_level ? small_mem_level : mem_level, strategy, password, crc,
                   version_made_by, flag_base, zip64);
}

// libxlsxwriter writes each part of a workbook (about ten per report) to a temporary file in
// /tmp, deleted once the part is zipped. `run` writes one report per committee: on ext4 the
// tens of thousands of files created and deleted made creating every later file slow (the
// kernel's search for a free inode skips recently deleted ones: a fifth of `run` at N=1,000
// in perf). This definition takes the place of libxlsxwriter's own, as the two above, and
// keeps a part in an anonymous memory file (memfd) instead, which has no inode on any disk;
// where memfd cannot be had, the library's own temporary file is used, as before.
extern "C" std::FILE* lxw_tmpfile(char* tmpdir) {
    const int fd = ::memfd_create("ramkoll-xlsx-part", MFD_CLOEXEC);
    if (fd >= 0) {
        if (std::FILE* file = ::fdopen(fd, "w+b")) return file;
        ::close(fd);
    }
    using Tmpfile = std::FILE* (*)(char*);
    static const auto library = reinterpret_cast<Tmpfile>(::dlsym(RTLD_NEXT, "lxw_tmpfile"));
    return library == nullptr ? nullptr : library(tmpdir);
}

namespace ramkoll::xlsx {
namespace {

// A workbook of at most this many cells has its parts stored, not deflated. Its parts are a
// few KB of XML each (a committee's report: ~18 KB in all, 7 KB deflated), and deflating its
// ten or so parts was half of writing it (callgrind of `run` at N=100, the 100 reports:
// 196 M instructions, 86 M of them in zlib). Larger workbooks (the annexes and the round's
// report of a large round) are deflated as before.
constexpr std::size_t small_workbook_cells = 1000;

}  // namespace

namespace detail {

// Errors of libxlsxwriter that come from writing the file, where errno tells why.
bool writing_failed(lxw_error error) {
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return true;
    default:
        return false;
    }
}

// Everything a workbook and its sheets share. `book` is null once the workbook was
// written or given up; every call checks that first.
struct WriterState {
    std::filesystem::path path;
    std::optional<AtomicFile> file;
    lxw_workbook* book = nullptr;
    std::vector<std::unique_ptr<SheetWriter>> sheets;
    std::size_t cells = 0;   // written so far, on every sheet
    std::vector<std::pair<CellFormat, lxw_format*>> cell_formats;         // one xf per spec
    std::vector<std::pair<CellFormat, lxw_format*>> conditional_formats;  // one dxf per spec
    std::vector<std::string> defined_names;
    std::vector<std::pair<std::string, std::string>> list_sources;   // a drop-down's source sheet, its place

    WriterState(const WriterState&) = delete;
    WriterState& operator=(const WriterState&) = delete;
    explicit WriterState(std::filesystem::path target) : path(std::move(target)) {}
    ~WriterState() { discard(); }

    [[noreturn]] void fail(std::string_view what) const {
        throw std::runtime_error(fmt::format("{}: {}", path.string(), what));
    }

    // Fails with libxlsxwriter's words for `error`. When writing the file failed, that is a
    // WriteError carrying the system's reason `system_error` (an errno value, 0 if unknown):
    // "…: cannot write the workbook: … (No space left on device)".
    void check(lxw_error error, std::string_view what, int system_error = 0) const {
        if (error == LXW_NO_ERROR) return;
        if (writing_failed(error)) throw WriteError(WriteError::Step::workbook, path, system_error, lxw_strerror(error));
        fail(fmt::format("{}: {}", what, lxw_strerror(error)));
    }

    void require_open() const {
        if (book == nullptr)
            throw std::logic_error(fmt::format("{}: the workbook is already closed", path.string()));
    }

    // Frees the unwritten workbook and removes the temporary file.
    void discard() {
        if (book != nullptr) lxw_workbook_free(book);
        book = nullptr;
        file.reset();
    }

    // The libxlsxwriter format for `spec`, made on first use; `place` prefixes errors.
    lxw_format* cell_format(const CellFormat& spec, const std::string& place);
    lxw_format* conditional_format(const CellFormat& spec, const std::string& place);

private:
    lxw_format* cached_format(std::vector<std::pair<CellFormat, lxw_format*>>& cache, const CellFormat& spec,
                              const std::string& place);
};

}  // namespace detail

namespace {

// The ".00" part of a code; empty for no decimals.
std::string decimal_part(int decimals) {
    if (decimals < 0 || decimals > max_decimals)
        throw std::invalid_argument(
            fmt::format("number format: {} decimals (allowed 0 to {})", decimals, max_decimals));
    std::string part;
    if (decimals > 0) part.append(".").append(static_cast<std::size_t>(decimals), '0');
    return part;
}

}  // namespace

std::string amount_format(int decimals) { return fmt::format("#,##0{}", decimal_part(decimals)); }

std::string percent_format(int decimals) { return fmt::format("0{}%", decimal_part(decimals)); }

namespace {

using detail::WriterState;

bool in_grid(CellRef cell) {
    return cell.row >= 1 && cell.row <= max_rows && cell.col >= 1 && cell.col <= max_cols;
}

std::string a1(CellRef cell) {
    if (!in_grid(cell)) return fmt::format("(row {}, column {})", cell.row, cell.col);
    char text[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(text, cell.row - 1, static_cast<lxw_col_t>(cell.col - 1));
    return text;
}

std::string a1(const RangeRef& range) { return a1(range.first) + ":" + a1(range.last); }

lxw_row_t row0(CellRef cell) { return cell.row - 1; }
lxw_col_t col0(CellRef cell) { return static_cast<lxw_col_t>(cell.col - 1); }

// Why Excel would refuse `name` as a sheet name, or nullopt when it is fine.
std::optional<std::string> sheet_name_problem(std::string_view name,
                                              const std::vector<std::unique_ptr<SheetWriter>>& sheets) {
    if (name.empty()) return "a sheet name cannot be empty";
    if (!is_utf8(name)) return "the name is not valid UTF-8";
    if (utf16_length(name) > 31)
        return fmt::format("{} characters, Excel allows at most 31", utf16_length(name));
    if (auto bad = name.find_first_of("[]:*?/\\"); bad != std::string_view::npos)
        return fmt::format("the character '{}' is not allowed in sheet names", name[bad]);
    if (name.front() == '\'' || name.back() == '\'')
        return "a sheet name cannot begin or end with an apostrophe";
    if (fold_case(name) == "history") return "\"History\" is reserved by Excel";
    for (const auto& sheet : sheets)
        if (fold_case(sheet->name()) == fold_case(name))
            return fmt::format("the workbook already has a sheet \"{}\"", sheet->name());
    return std::nullopt;
}

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// Why Excel would refuse `name` as a defined name, or nullopt when it is fine. Letters
// outside ASCII (å, ä, ö) are letters to Excel too.
std::optional<std::string> defined_name_problem(std::string_view name,
                                                const std::vector<std::string>& defined) {
    if (name.empty()) return "a name cannot be empty";
    if (!is_utf8(name)) return "the name is not valid UTF-8";
    if (utf16_length(name) > 255) return "Excel allows at most 255 characters";
    const char first = name.front();
    if (!(is_ascii_letter(first) || is_non_ascii(first) || first == '_' || first == '\\'))
        return "a name begins with a letter, '_' or '\\'";
    for (char c : name)
        if (!(is_ascii_letter(c) || is_non_ascii(c) || is_digit(c) || c == '_' || c == '.' || c == '\\'))
            return fmt::format("the character '{}' is not allowed in names", c);
    if (looks_like_reference(name)) return "the name reads as a cell reference";
    for (const auto& known : defined)
        if (fold_case(known) == fold_case(name)) return "the name is already defined";
    return std::nullopt;
}

void apply(lxw_format* format, const CellFormat& spec) {
    if (spec.percent) format_set_num_format(format, percent_format(spec.decimals.value_or(0)).c_str());
    else if (spec.decimals) format_set_num_format(format, amount_format(*spec.decimals).c_str());
    if (spec.bold) format_set_bold(format);
    if (spec.italic) format_set_italic(format);
    if (spec.indent > 0) {
        format_set_align(format, LXW_ALIGN_LEFT);   // Excel ignores an indent under "General"
        format_set_indent(format, spec.indent);
    }
    if (spec.top_border) format_set_top(format, LXW_BORDER_THIN);
    if (spec.wrap) format_set_text_wrap(format);
    if (spec.right) format_set_align(format, LXW_ALIGN_RIGHT);
    if (spec.fill) {
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, *spec.fill);
    }
    if (spec.font_color) format_set_font_color(format, *spec.font_color);
    if (spec.unlocked) format_set_unlocked(format);
}

}  // namespace

lxw_format* detail::WriterState::cell_format(const CellFormat& spec, const std::string& place) {
    if (spec == CellFormat{}) return nullptr;   // the default style
    return cached_format(cell_formats, spec, place);
}

lxw_format* detail::WriterState::conditional_format(const CellFormat& spec, const std::string& place) {
    return cached_format(conditional_formats, spec, place);
}

lxw_format* detail::WriterState::cached_format(std::vector<std::pair<CellFormat, lxw_format*>>& cache,
                                               const CellFormat& spec, const std::string& place) {
    for (const auto& [known, format] : cache)
        if (known == spec) return format;

    if (spec.decimals && (*spec.decimals < 0 || *spec.decimals > max_decimals))
        fail(fmt::format("{}: the format asks for {} decimals (allowed 0 to {})", place, *spec.decimals,
                         max_decimals));
    if (spec.indent > 15)
        fail(fmt::format("{}: the format asks for indent {} (allowed 0 to 15)", place, spec.indent));
    for (auto color : {spec.fill, spec.font_color})
        if (color && *color > 0xFFFFFF)
            fail(fmt::format("{}: colour {:#x} is not an 0xRRGGBB value", place, *color));

    lxw_format* format = workbook_add_format(book);
    if (format == nullptr) fail("libxlsxwriter could not allocate a format");
    apply(format, spec);
    cache.emplace_back(spec, format);
    return format;
}

// ---- SheetWriter ------------------------------------------------------------------------

SheetWriter::SheetWriter(detail::WriterState& book, lxw_worksheet* sheet, std::string name)
    : book_(book), sheet_(sheet), name_(std::move(name)) {}

namespace {

// The "sheet "X" cell B3" part of messages, after checking the workbook is open and the
// cell is inside Excel's grid.
std::string checked_place(const WriterState& book, const std::string& sheet, CellRef cell) {
    book.require_open();
    auto place = fmt::format("sheet \"{}\" cell {}", sheet, a1(cell));
    if (!in_grid(cell))
        book.fail(fmt::format("{}: outside the sheet (rows 1 to {}, columns 1 to {})", place, max_rows,
                              max_cols));
    return place;
}

std::string checked_place(const WriterState& book, const std::string& sheet, const RangeRef& range) {
    book.require_open();
    auto place = fmt::format("sheet \"{}\" range {}", sheet, a1(range));
    if (!in_grid(range.first) || !in_grid(range.last))
        book.fail(fmt::format("{}: outside the sheet (rows 1 to {}, columns 1 to {})", place, max_rows,
                              max_cols));
    if (range.first.row > range.last.row || range.first.col > range.last.col)
        book.fail(fmt::format("{}: the first cell must be above and left of the last", place));
    return place;
}

void check_text(const WriterState& book, const std::string& place, std::string_view text) {
    if (!is_utf8(text)) book.fail(fmt::format("{}: the text is not valid UTF-8", place));
}

}  // namespace

void SheetWriter::write_text(CellRef cell, std::string_view text, const CellFormat& format) {
    const auto place = checked_place(book_, name_, cell);
    ++book_.cells;
    check_text(book_, place, text);
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_write_string(sheet_, row0(cell), col0(cell), std::string(text).c_str(), style),
                place);
}

void SheetWriter::write_number(CellRef cell, double value, const CellFormat& format) {
    const auto place = checked_place(book_, name_, cell);
    ++book_.cells;
    if (!std::isfinite(value))
        book_.fail(fmt::format("{}: {} is not a number Excel can store", place, value));
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_write_number(sheet_, row0(cell), col0(cell), value, style), place);
}

void SheetWriter::write_bool(CellRef cell, bool value, const CellFormat& format) {
    const auto place = checked_place(book_, name_, cell);
    ++book_.cells;
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_write_boolean(sheet_, row0(cell), col0(cell), value ? 1 : 0, style), place);
}

void SheetWriter::write_blank(CellRef cell, const CellFormat& format) {
    const auto place = checked_place(book_, name_, cell);
    ++book_.cells;
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_write_blank(sheet_, row0(cell), col0(cell), style), place);
}

namespace {

void check_formula(const WriterState& book, const std::string& place, std::string_view formula) {
    if (formula.empty() || formula == "=") book.fail(fmt::format("{}: the formula is empty", place));
    check_text(book, place, formula);
}

}  // namespace

void SheetWriter::write_formula(CellRef cell, std::string_view formula, double cached,
                                const CellFormat& format) {
    const auto place = checked_place(book_, name_, cell);
    ++book_.cells;
    check_formula(book_, place, formula);
    if (!std::isfinite(cached))
        book_.fail(fmt::format("{}: cached result {} is not a number Excel can store", place, cached));
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_write_formula_num(sheet_, row0(cell), col0(cell), std::string(formula).c_str(),
                                            style, cached),
                place);
}

void SheetWriter::write_formula(CellRef cell, std::string_view formula, std::string_view cached,
                                const CellFormat& format) {
    const auto place = checked_place(book_, name_, cell);
    ++book_.cells;
    check_formula(book_, place, formula);
    check_text(book_, place, cached);
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_write_formula_str(sheet_, row0(cell), col0(cell), std::string(formula).c_str(),
                                            style, std::string(cached).c_str()),
                place);
}

void SheetWriter::merge(const RangeRef& range, std::string_view text, const CellFormat& format) {
    const auto place = checked_place(book_, name_, range);
    if (range.first == range.last) book_.fail(fmt::format("{}: a merge needs at least two cells", place));
    check_text(book_, place, text);
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_merge_range(sheet_, row0(range.first), col0(range.first), row0(range.last),
                                      col0(range.last), std::string(text).c_str(), style),
                place);
}

void SheetWriter::set_column_width(std::uint32_t first_col, std::uint32_t last_col, double width) {
    const auto place = checked_place(book_, name_, RangeRef{{1, first_col}, {1, last_col}});
    if (!(width >= 0 && width <= 255))
        book_.fail(fmt::format("{}: column width {} (allowed 0 to 255)", place, width));
    book_.check(worksheet_set_column(sheet_, static_cast<lxw_col_t>(first_col - 1),
                                     static_cast<lxw_col_t>(last_col - 1), width, nullptr),
                place);
}

void SheetWriter::freeze_panes(std::uint32_t rows, std::uint32_t cols) {
    checked_place(book_, name_, CellRef{rows + 1, cols + 1});
    worksheet_freeze_panes(sheet_, rows, static_cast<lxw_col_t>(cols));
}

void SheetWriter::autofilter(const RangeRef& range) {
    const auto place = checked_place(book_, name_, range) + ", filter";
    book_.check(worksheet_autofilter(sheet_, row0(range.first), col0(range.first), row0(range.last), col0(range.last)),
                place);
}

void SheetWriter::write_file_link(CellRef cell, std::string_view text, const std::filesystem::path& file,
                                  std::string_view location, const CellFormat& format) {
    const auto place = checked_place(book_, name_, cell);
    ++book_.cells;
    check_text(book_, place, text);
    if (file.empty()) book_.fail(fmt::format("{}: a link needs a file", place));
    if (links_ == max_links_per_sheet)
        book_.fail(fmt::format("{}: Excel allows at most {} links in a sheet", place, max_links_per_sheet));
    std::string url = "external:";
    for (char c : file.generic_string()) {
        if (c == '#') url.append("%23");
        else url.push_back(c);
    }
    if (!location.empty()) {
        url.push_back('#');
        url.append(location);
    }
    check_text(book_, place, url);
    if (url.size() - std::string_view("external:").size() > 2079) book_.fail(fmt::format("{}: the link is longer than Excel's 2079 characters", place));
    lxw_format* style = book_.cell_format(format, place);
    book_.check(worksheet_write_url_opt(sheet_, row0(cell), col0(cell), url.c_str(), style, std::string(text).c_str(),
                                        nullptr),
                place + ", link to " + file.string());
    ++links_;
}

void SheetWriter::set_row_height(std::uint32_t row, double points) {
    const auto place = checked_place(book_, name_, CellRef{row, 1});
    if (!(points > 0 && points <= 409))
        book_.fail(fmt::format("{}: row height {} points (allowed above 0 up to 409)", place, points));
    book_.check(worksheet_set_row(sheet_, row0({row, 1}), points, nullptr), place + ", row height");
}

void SheetWriter::set_page_setup(const PageSetup& setup) {
    book_.require_open();
    const auto place = fmt::format("sheet \"{}\" page setup", name_);
    if (setup.landscape) worksheet_set_landscape(sheet_);
    else worksheet_set_portrait(sheet_);
    worksheet_set_paper(sheet_, 9);   // A4
    worksheet_set_start_page(sheet_, 1);
    if (setup.fit_to_width) worksheet_fit_to_pages(sheet_, 1, 0);
    if (setup.print_area) {
        const auto& area = *setup.print_area;
        checked_place(book_, name_, area);
        book_.check(worksheet_print_area(sheet_, row0(area.first), col0(area.first), row0(area.last), col0(area.last)),
                    place + ", print area");
    }
    if (!setup.page_breaks.empty()) {
        std::vector<lxw_row_t> breaks;   // libxlsxwriter breaks above a 0-based row, the list ends with 0
        for (const auto row : setup.page_breaks) {
            checked_place(book_, name_, CellRef{row, 1});
            if (row < 2 || (!breaks.empty() && row0({row, 1}) <= breaks.back()))
                book_.fail(fmt::format("{}: page break above row {} is not after the first row and in order", place, row));
            breaks.push_back(row0({row, 1}));
        }
        breaks.push_back(0);
        book_.check(worksheet_set_h_pagebreaks(sheet_, breaks.data()), place + ", page breaks");
    }
    if (setup.repeat_rows) {
        const auto [first, last] = *setup.repeat_rows;
        checked_place(book_, name_, RangeRef{{first, 1}, {last, 1}});
        book_.check(worksheet_repeat_rows(sheet_, first - 1, last - 1), place + ", rows to repeat");
    }
    if (!setup.header.empty()) {
        check_text(book_, place, setup.header);
        book_.check(worksheet_set_header(sheet_, setup.header.c_str()), place + ", header");
    }
    if (!setup.footer.empty()) {
        check_text(book_, place, setup.footer);
        book_.check(worksheet_set_footer(sheet_, setup.footer.c_str()), place + ", footer");
    }
}

void SheetWriter::hide() {
    book_.require_open();
    worksheet_hide(sheet_);
    hidden_ = true;
}

void SheetWriter::protect() {
    book_.require_open();
    lxw_protection options{};
    options.format_columns = LXW_TRUE;
    options.format_rows = LXW_TRUE;
    worksheet_protect(sheet_, nullptr, &options);
}

namespace {

// Fills the message fields of a validation; the strings must outlive the libxlsxwriter call.
void set_messages(lxw_data_validation& validation, const ValidationText& text) {
    if (!text.input.empty()) validation.input_message = const_cast<char*>(text.input.c_str());
    if (!text.error.empty()) validation.error_message = const_cast<char*>(text.error.c_str());
}

}  // namespace

void SheetWriter::validate_decimal(const RangeRef& range, double min, double max,
                                   const ValidationText& text) {
    const auto place = checked_place(book_, name_, range);
    if (!(std::isfinite(min) && std::isfinite(max) && min <= max))
        book_.fail(fmt::format("{}: validation bounds {} to {} are not an interval", place, min, max));
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
    validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    validation.minimum_number = min;
    validation.maximum_number = max;
    set_messages(validation, text);
    book_.check(worksheet_data_validation_range(sheet_, row0(range.first), col0(range.first),
                                                row0(range.last), col0(range.last), &validation),
                place + ", data validation");
}

void SheetWriter::validate_list(const RangeRef& range, const std::vector<std::string>& choices,
                                const ValidationText& text) {
    const auto place = checked_place(book_, name_, range);
    if (choices.empty()) book_.fail(fmt::format("{}: a validation list needs at least one choice", place));
    std::size_t length = choices.size() - 1;   // the separating commas
    std::vector<char*> list;
    for (const auto& choice : choices) {
        if (choice.empty() || choice.find(',') != std::string::npos)
            book_.fail(fmt::format("{}: list choice \"{}\" is empty or holds a comma", place, choice));
        check_text(book_, place, choice);
        length += utf16_length(choice);
        list.push_back(const_cast<char*>(choice.c_str()));
    }
    if (length > 255)
        book_.fail(fmt::format("{}: the list choices take {} characters, Excel allows 255", place, length));
    list.push_back(nullptr);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    set_messages(validation, text);
    book_.check(worksheet_data_validation_range(sheet_, row0(range.first), col0(range.first),
                                                row0(range.last), col0(range.last), &validation),
                place + ", data validation");
}

void SheetWriter::validate_list(const RangeRef& range, std::string_view source, const RangeRef& choices,
                                const ValidationText& text) {
    const auto place = checked_place(book_, name_, range);
    checked_place(book_, std::string(source), choices);
    if (choices.first.col != choices.last.col && choices.first.row != choices.last.row)
        book_.fail(fmt::format("{}: the choices of a drop-down are one row or one column, not {}", place, a1(choices)));
    char cells[LXW_MAX_CELL_RANGE_LENGTH];
    lxw_rowcol_to_range_abs(cells, row0(choices.first), col0(choices.first), row0(choices.last), col0(choices.last));
    std::string formula = fmt::format("={}!{}", quote_sheet_name(source), cells);
    check_text(book_, place, formula);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
    set_messages(validation, text);
    book_.check(worksheet_data_validation_range(sheet_, row0(range.first), col0(range.first),
                                                row0(range.last), col0(range.last), &validation),
                place + ", data validation");
    book_.list_sources.emplace_back(source, place);
}

void SheetWriter::conditional_format(const RangeRef& range, std::string_view formula,
                                     const CellFormat& format) {
    const auto place = checked_place(book_, name_, range);
    check_formula(book_, place, formula);
    const std::string text(formula);
    lxw_conditional_format rule{};
    rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
    rule.value_string = const_cast<char*>(text.c_str());
    rule.format = book_.conditional_format(format, place);
    book_.check(worksheet_conditional_format_range(sheet_, row0(range.first), col0(range.first),
                                                   row0(range.last), col0(range.last), &rule),
                place + ", conditional format");
}

void SheetWriter::insert_bar_chart(CellRef at, const BarChart& spec) {
    const auto place = checked_place(book_, name_, at);
    checked_place(book_, name_, spec.categories);
    checked_place(book_, name_, spec.values);
    check_text(book_, place, spec.title);
    lxw_chart* chart = workbook_add_chart(book_.book, LXW_CHART_BAR);
    if (chart == nullptr) book_.fail(place + ": the chart could not be made");
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    if (series == nullptr) book_.fail(place + ": the chart series could not be made");
    chart_series_set_categories(series, name_.c_str(), row0(spec.categories.first), col0(spec.categories.first),
                                row0(spec.categories.last), col0(spec.categories.last));
    chart_series_set_values(series, name_.c_str(), row0(spec.values.first), col0(spec.values.first),
                            row0(spec.values.last), col0(spec.values.last));
    if (!spec.title.empty()) chart_title_set_name(chart, spec.title.c_str());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    // In a bar chart libxlsxwriter's x axis is the horizontal value axis, y the categories.
    if (!spec.value_format.empty()) chart_axis_set_num_format(chart->x_axis, spec.value_format.c_str());
    chart_axis_set_reverse(chart->y_axis);   // bars top to bottom in the order of the rows
    // Labels at the left edge, clear of bars that go below zero.
    chart_axis_set_label_position(chart->y_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
    lxw_chart_options options{};
    options.x_scale = spec.width / 480.0;    // libxlsxwriter's default chart is 480 × 288 pixels
    options.y_scale = spec.height / 288.0;
    book_.check(worksheet_insert_chart_opt(sheet_, row0(at), col0(at), chart, &options), place + ", chart");
}

// ---- WorkbookWriter ---------------------------------------------------------------------

WorkbookWriter::WorkbookWriter(std::filesystem::path path)
    : state_(std::make_unique<detail::WriterState>(std::move(path))) {
    auto& state = *state_;
    state.file.emplace(state.path);
    state.book = workbook_new(state.file->temp_path().c_str());
    if (state.book == nullptr) state.fail("libxlsxwriter could not create a workbook");
}

WorkbookWriter::WorkbookWriter(WorkbookWriter&&) noexcept = default;
WorkbookWriter& WorkbookWriter::operator=(WorkbookWriter&&) noexcept = default;
WorkbookWriter::~WorkbookWriter() = default;

const std::filesystem::path& WorkbookWriter::path() const { return state_->path; }

SheetWriter& WorkbookWriter::add_sheet(std::string_view name) {
    auto& state = *state_;
    state.require_open();
    if (auto problem = sheet_name_problem(name, state.sheets))
        state.fail(fmt::format("sheet name \"{}\": {}", name, *problem));
    const std::string owned(name);
    lxw_worksheet* sheet = workbook_add_worksheet(state.book, owned.c_str());
    if (sheet == nullptr)
        state.fail(fmt::format("sheet name \"{}\": {}", name,
                               lxw_strerror(workbook_validate_sheet_name(state.book, owned.c_str()))));
    state.sheets.push_back(std::unique_ptr<SheetWriter>(new SheetWriter(state, sheet, owned)));
    return *state.sheets.back();
}

void WorkbookWriter::define_name(std::string_view name, std::string_view sheet, const RangeRef& range) {
    auto& state = *state_;
    state.require_open();
    const auto place = fmt::format("defined name \"{}\"", name);
    if (auto problem = defined_name_problem(name, state.defined_names))
        state.fail(fmt::format("{}: {}", place, *problem));
    bool known = false;
    for (const auto& added : state.sheets) known = known || added->name() == sheet;
    if (!known) state.fail(fmt::format("{}: the workbook has no sheet \"{}\"", place, sheet));
    checked_place(state, std::string(sheet), range);
    char cells[LXW_MAX_CELL_RANGE_LENGTH];
    lxw_rowcol_to_range_abs(cells, row0(range.first), col0(range.first), row0(range.last), col0(range.last));
    const auto formula = fmt::format("={}!{}", quote_sheet_name(sheet), cells);
    state.check(workbook_define_name(state.book, std::string(name).c_str(), formula.c_str()), place);
    state.defined_names.emplace_back(name);
}

void WorkbookWriter::set_properties(const DocumentProperties& properties) {
    auto& state = *state_;
    state.require_open();
    auto field = [&](const std::string& text) -> char* {
        check_text(state, "document properties", text);
        return text.empty() ? nullptr : const_cast<char*>(text.c_str());
    };
    lxw_doc_properties lxw{};
    lxw.title = field(properties.title);
    lxw.subject = field(properties.subject);
    lxw.author = field(properties.author);
    lxw.company = field(properties.company);
    lxw.comments = field(properties.comments);
    lxw.created = properties.created;
    state.check(workbook_set_properties(state.book, &lxw), "document properties");
}

void WorkbookWriter::set_custom_property(std::string_view name, std::string_view value) {
    auto& state = *state_;
    state.require_open();
    const auto place = fmt::format("custom property \"{}\"", name);
    check_text(state, place, name);
    check_text(state, place, value);
    state.check(workbook_set_custom_property_string(state.book, std::string(name).c_str(),
                                                     std::string(value).c_str()),
                place);
}

void WorkbookWriter::close() {
    auto& state = *state_;
    state.require_open();
    try {
        SheetWriter* first_visible = nullptr;
        for (const auto& sheet : state.sheets)
            if (!sheet->hidden_ && first_visible == nullptr) first_visible = sheet.get();
        if (first_visible == nullptr)
            state.fail(state.sheets.empty() ? "a workbook needs at least one sheet"
                                            : "every sheet is hidden; Excel needs one visible sheet");
        if (state.sheets.front()->hidden_) worksheet_activate(first_visible->sheet_);
        for (const auto& list_source : state.list_sources) {
            const auto& [source, place] = list_source;
            if (std::none_of(state.sheets.begin(), state.sheets.end(), [&](const auto& s) { return s->name() == list_source.first; }))
                state.fail(fmt::format("{}: the drop-down's choices are on sheet \"{}\", which the workbook does not have",
                                       place, source));
        }

        errno = 0;
        store_parts = state.cells <= small_workbook_cells;
        const lxw_error error = workbook_close(state.book);   // frees the workbook in any case
        store_parts = false;
        const int system_error = errno;
        state.book = nullptr;
        state.check(error, "cannot write the workbook", system_error);
        state.file->commit();
        state.file.reset();
    } catch (...) {
        state.discard();
        throw;
    }
}

}  // namespace ramkoll::xlsx
