// Streaming a worksheet's cells: see sheet_reader.hpp.
#include "xlsx/sheet_reader_impl.hpp"

#include "xlsx/dates.hpp"
#include "xlsx/error.hpp"
#include "xlsx/formula_shift.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>

namespace ramkoll::xlsx {
namespace {

bool is_true(std::optional<std::string_view> v) { return v && (*v == "1" || *v == "true"); }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Clinger's fast path: a decimal without exponent and with at most 15 digits is an integer
// below 2^53 divided by an exact power of ten, and that one IEEE division rounds exactly as
// std::from_chars does. Anything else (more digits, an exponent, "1.", ".5") returns false.
bool parse_short_decimal(std::string_view t, double& out) {
    static constexpr double powers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                        1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char* p = t.data();
    const char* const end = p + t.size();
    const bool negative = p < end && *p == '-';
    if (negative) ++p;
    std::uint64_t mantissa = 0;
    int digits = 0, fraction = 0;
    const char* const int_start = p;
    for (; p < end && *p >= '0' && *p <= '9'; ++p, ++digits) mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
    if (p == int_start) return false;
    if (p < end && *p == '.') {
        const char* const frac_start = ++p;
        for (; p < end && *p >= '0' && *p <= '9'; ++p, ++digits) mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        fraction = static_cast<int>(p - frac_start);
        if (fraction == 0) return false;
    }
    if (p != end || digits > 15) return false;
    const double value = static_cast<double>(mantissa) / powers[fraction];
    out = negative ? -value : value;
    return true;
}

std::optional<std::uint64_t> parse_index(std::string_view text) {
    if (!text.empty() && text.size() <= 18) {   // digits only, as nearly every writer gives them
        std::uint64_t v = 0;
        bool digits = true;
        for (const char c : text) {
            const unsigned d = static_cast<unsigned char>(c) - static_cast<unsigned>('0');
            if (d > 9) {
                digits = false;
                break;
            }
            v = v * 10 + d;
        }
        if (digits) return v;
    }
    text = trim(text);
    std::uint64_t v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size() || text.empty()) return std::nullopt;
    return v;
}

}  // namespace

SheetReader::Impl::Impl(const SheetInfo& info_, std::unique_ptr<ByteSource> source_, const SharedStrings& strings_,
                        DateSystem date_system_, const ReadLimits& limits_, std::string file_)
    : info(info_), source(std::move(source_)), strings(strings_), date_system(date_system_), limits(limits_),
      file(std::move(file_)), xml(*source, limits, info.part) {}

void SheetReader::Impl::fail_cell(ErrorKind kind, const Cell& cell, const std::string& detail) const {
    throw Error(kind, file, info.part, info.name + "!" + to_string(cell.ref) + ": " + detail);
}

bool SheetReader::Impl::next(Cell& cell) {
    using Token = XmlScanner::Token;
    while (!done) {
        if (in_data) {
            XmlScanner::PlainCell plain;
            if (xml.next_plain_cell(plain)) {
                read_plain_cell(cell, plain);
                if (cell.type == CellType::empty) continue;
                count_cell(cell);
                return true;
            }
            XmlScanner::PlainRow plain_row;
            if (xml.next_plain_row(plain_row)) {
                start_row(plain_row.has_r ? std::optional(plain_row.r) : std::nullopt,
                          is_true(plain_row.has_hidden ? std::optional(plain_row.hidden) : std::nullopt));
                continue;
            }
        }
        const Token t = xml.next();
        if (t == Token::eof) {
            done = true;
            finish_layout();
            return false;
        }
        if (t == Token::end) {
            if (xml.depth() == 1 && xml.local_name() == "sheetData") in_data = false;
            continue;
        }
        if (t != Token::start) continue;
        const auto name = xml.local_name();
        if (in_data) {
            if (name == "c") {
                read_cell(cell);
                if (cell.type == CellType::empty && !cell.has_formula) continue;
                count_cell(cell);
                return true;
            }
            if (name == "row") {
                start_row(xml.attribute("r"), is_true(xml.attribute("hidden")));
            } else {
                xml.skip_element();
            }
            continue;
        }
        if (xml.depth() == 2) {
            if (name == "sheetData") {
                in_data = true;
            } else if (name == "dimension") {
                if (const auto ref = xml.attribute("ref")) layout.dimension = parse_range_ref(*ref);
            } else if (name != "mergeCells" && name != "cols") {
                xml.skip_element();
            }
        } else if (xml.depth() == 3 && name == "mergeCell") {
            const auto ref = xml.attribute("ref").value_or("");
            const auto range = parse_range_ref(ref);
            if (!range) throw Error(ErrorKind::bad_reference, file, info.part, "mergeCell " + std::string(ref));
            layout.merged.push_back(*range);
        } else if (xml.depth() == 3 && name == "col") {
            if (is_true(xml.attribute("hidden"))) {
                const auto lo = parse_index(xml.attribute("min").value_or("0")).value_or(0);
                const auto hi = parse_index(xml.attribute("max").value_or("0")).value_or(0);
                for (auto c = std::max<std::uint64_t>(lo, 1); c <= std::min<std::uint64_t>(hi, max_cols); ++c)
                    layout.hidden_cols.push_back(static_cast<std::uint32_t>(c));
            }
        }
    }
    return false;
}

// A row begins: its number (r, or the one after the last), hidden or not.
void SheetReader::Impl::start_row(std::optional<std::string_view> r, bool hidden) {
    if (r) {
        const auto n = parse_index(*r);
        if (!n || *n < 1 || *n > max_rows) throw Error(ErrorKind::bad_reference, file, info.part, "row " + std::string(*r));
        row = static_cast<std::uint32_t>(*n);
    } else {
        ++row;
        if (row > max_rows) throw Error(ErrorKind::bad_reference, file, info.part, "row " + std::to_string(row));
    }
    last_col = 0;
    if (hidden) layout.hidden_rows.push_back(row);
}

void SheetReader::Impl::count_cell(const Cell& cell) {
    if (++layout.cell_count > limits.max_cells_per_sheet)
        throw Error(ErrorKind::limit_exceeded, file, info.part, "cells > " + std::to_string(limits.max_cells_per_sheet) + " (--max-cells)");
    auto& u = used_box;
    u.first.row = std::min(u.first.row, cell.ref.row);
    u.first.col = std::min(u.first.col, cell.ref.col);
    u.last.row = std::max(u.last.row, cell.ref.row);
    u.last.col = std::max(u.last.col, cell.ref.col);
}

void SheetReader::Impl::sync_used() {
    if (layout.cell_count > 0) layout.used = used_box;
}

CellRef SheetReader::Impl::cell_ref(std::string_view text) const {
    const auto ref = parse_cell_ref(text);
    if (!ref) throw Error(ErrorKind::bad_reference, file, info.part, info.name + "!" + std::string(text));
    return *ref;
}

// The cell's reference: its r attribute, or the column after the previous cell of the row.
void SheetReader::Impl::place_cell(Cell& cell, std::optional<CellRef> ref) {
    if (ref) {
        cell.ref = *ref;
        if (row == 0) row = cell.ref.row;
    } else {
        if (row == 0) row = 1;
        cell.ref = CellRef{row, last_col + 1};
        if (cell.ref.col > max_cols)
            throw Error(ErrorKind::bad_reference, file, info.part, info.name + ": column " + std::to_string(cell.ref.col));
    }
    last_col = cell.ref.col;
}

// The same cell as read_cell() gives for the element, without going token by token.
void SheetReader::Impl::read_plain_cell(Cell& cell, const XmlScanner::PlainCell& plain) {
    cell = Cell{};
    if (plain.has_s) cell.style = static_cast<std::uint32_t>(parse_index(plain.s).value_or(0));
    place_cell(cell, plain.has_r ? std::optional(plain.has_ref ? plain.ref : cell_ref(plain.r)) : std::nullopt);
    const std::string_view type = plain.has_t ? plain.t.substr(0, 16) : "n";
    if (type == "inlineStr") {   // without <is> the string is empty
        cell.type = CellType::string;
        cell.origin = StringOrigin::inline_plain;
        return;
    }
    if (type == "str") {   // read_value() decodes the member `value` in place
        value.assign(plain.v);
        read_value(cell, type, value, plain.has_v);
        return;
    }
    read_value(cell, type, plain.v, plain.has_v);
}

void SheetReader::Impl::read_cell(Cell& cell) {
    cell = Cell{};
    // One pass over the attributes: r (reference), s (style), t (type).
    std::optional<CellRef> ref;
    char type_buf[16] = {'n'};
    std::size_t type_len = 1;
    for (std::size_t i = 0; i < xml.attribute_count(); ++i) {
        const auto local = xml.attribute_local(i);
        if (local.size() != 1 || xml.attribute_ns(i) != Ns::none) continue;
        const auto value = xml.attribute_value(i);
        if (local[0] == 'r') {
            ref = cell_ref(value);
        } else if (local[0] == 's') {
            cell.style = static_cast<std::uint32_t>(parse_index(value).value_or(0));
        } else if (local[0] == 't') {
            // The scanner's buffer moves on while the cell's children are read: keep a copy.
            type_len = std::min(value.size(), sizeof type_buf);
            std::copy_n(value.data(), type_len, type_buf);
        }
    }
    const std::string_view type(type_buf, type_len);
    place_cell(cell, ref);

    const std::size_t depth = xml.depth();
    bool has_value = false;
    bool shared_child = false;
    std::string shared_index;
    value.clear();
    formula.clear();
    inline_text.clear();
    bool inline_rich = false;
    for (;;) {
        const auto t = xml.next();
        if (t == XmlScanner::Token::eof) xml.fail("truncated cell");
        if (t == XmlScanner::Token::end && xml.depth() < depth) break;
        if (t != XmlScanner::Token::start) continue;
        const auto name = xml.local_name();
        if (name == "v") {
            value.assign(xml.element_text());
            has_value = true;
        } else if (name == "f") {
            cell.has_formula = true;
            const bool shared = xml.attribute("t").value_or("") == "shared";
            std::string si(shared ? xml.attribute("si").value_or("") : std::string_view{});
            std::string ref(shared ? xml.attribute("ref").value_or("") : std::string_view{});
            formula.assign(xml.element_text());
            if (shared) {
                if (!ref.empty() && !formula.empty()) {
                    shared_formulas[si] = SharedFormula{cell.ref, formula};
                } else if (formula.empty()) {
                    shared_child = true;
                    shared_index = std::move(si);
                }
            }
        } else if (name == "is") {
            inline_rich = read_string_item(xml, inline_text);
            has_value = true;
        } else {
            xml.skip_element();
        }
    }
    if (shared_child) {
        const auto it = shared_formulas.find(shared_index);
        if (it != shared_formulas.end())
            formula = shift_formula(it->second.text, static_cast<long>(cell.ref.row) - it->second.anchor.row,
                                    static_cast<long>(cell.ref.col) - it->second.anchor.col);
    }
    if (formula.size() > limits.max_formula_bytes)
        fail_cell(ErrorKind::limit_exceeded, cell,
                  "formula longer than " + std::to_string(limits.max_formula_bytes) + " bytes (--max-formula-length)");
    if (std::max(inline_text.size(), type == "str" ? value.size() : 0) > limits.max_string_bytes)
        fail_cell(ErrorKind::limit_exceeded, cell,
                  "text longer than " + std::to_string(limits.max_string_bytes) + " bytes (--max-string-length)");
    cell.formula = formula;
    if (type == "inlineStr") {
        cell.type = CellType::string;
        cell.origin = inline_rich ? StringOrigin::inline_rich : StringOrigin::inline_plain;
        cell.text = inline_text;
        if (!has_value && cell.has_formula) cell.type = CellType::uncomputed;
        return;
    }
    read_value(cell, type, value, has_value);
}

void SheetReader::Impl::read_value(Cell& cell, std::string_view type, std::string_view v, bool has_value) {
    if (!has_value || (v.empty() && type != "str")) {
        cell.type = cell.has_formula ? CellType::uncomputed : CellType::empty;
        return;
    }
    cell.raw = v;
    if (type == "n") {
        auto t = trim(v);
        cell.raw = t;
        if (t.size() > 1 && t[0] == '+') t.remove_prefix(1);   // xsd:double allows a leading '+'
        if (parse_short_decimal(t, cell.number)) {
            cell.type = CellType::number;
            return;
        }
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), cell.number);
        if (ec == std::errc::result_out_of_range && p == t.data() + t.size()) {
            // Beyond a double: underflow reads as (signed) zero, overflow as Excel's #NUM!.
            const double near = std::strtod(std::string(t).c_str(), nullptr);
            if (std::isinf(near)) {
                cell.type = CellType::error;
                cell.text = "#NUM!";
                return;
            }
            cell.number = near;
        } else if (ec != std::errc() || p != t.data() + t.size()) {
            fail_cell(ErrorKind::xml_malformed, cell, fmt::format("'{}' is not a number", v));
        }
        cell.type = CellType::number;
    } else if (type == "s") {
        const auto index = parse_index(v);
        if (!index || *index >= strings.size())
            fail_cell(ErrorKind::bad_reference, cell,
                      "shared string " + std::string(v) + " of " + std::to_string(strings.size()));
        cell.type = CellType::string;
        cell.text = strings.at(*index);
        cell.origin = strings.is_rich(*index) ? StringOrigin::shared_rich : StringOrigin::shared;
    } else if (type == "str") {
        decode_excel_escapes(value, 0);
        cell.type = CellType::string;
        cell.text = value;
        cell.raw = value;
        cell.origin = StringOrigin::formula;
    } else if (type == "b") {
        const auto t = trim(v);
        if (t != "0" && t != "1" && t != "true" && t != "false")
            fail_cell(ErrorKind::xml_malformed, cell, fmt::format("'{}' is not a boolean", v));
        cell.type = CellType::boolean;
        cell.number = (t == "1" || t == "true") ? 1.0 : 0.0;
    } else if (type == "e") {
        cell.type = CellType::error;
        cell.text = v;
    } else if (type == "d") {
        const auto serial = iso_to_serial(trim(v), date_system);
        if (!serial) fail_cell(ErrorKind::xml_malformed, cell, fmt::format("'{}' is not an ISO 8601 date", v));
        cell.type = CellType::number;
        cell.number = *serial;
        cell.iso_date = true;
    } else {
        fail_cell(ErrorKind::xml_malformed, cell, "unknown cell type t=\"" + std::string(type) + "\"");
    }
}

void SheetReader::Impl::finish_layout() {
    std::sort(layout.hidden_rows.begin(), layout.hidden_rows.end());
    layout.hidden_rows.erase(std::unique(layout.hidden_rows.begin(), layout.hidden_rows.end()), layout.hidden_rows.end());
    std::sort(layout.hidden_cols.begin(), layout.hidden_cols.end());
    layout.hidden_cols.erase(std::unique(layout.hidden_cols.begin(), layout.hidden_cols.end()), layout.hidden_cols.end());
}

SheetReader::SheetReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SheetReader::SheetReader(SheetReader&&) noexcept = default;
SheetReader& SheetReader::operator=(SheetReader&&) noexcept = default;
SheetReader::~SheetReader() = default;

bool SheetReader::next(Cell& cell) {
    try {
        return impl_->next(cell);
    } catch (Error& e) {
        if (e.file().empty()) e.set_file(impl_->file);
        throw;
    }
}
SheetReader SheetReader::parse(std::unique_ptr<ByteSource> source, const SheetInfo& info, const SharedStrings& strings,
                               DateSystem date_system, const ReadLimits& limits) {
    return SheetReader(std::make_unique<Impl>(info, std::move(source), strings, date_system, limits, info.name));
}
const SheetInfo& SheetReader::info() const { return impl_->info; }
const SheetLayout& SheetReader::layout() const {
    impl_->sync_used();
    return impl_->layout;
}

}  // namespace ramkoll::xlsx
