// Reference shifting for shared formulas: see formula_shift.hpp.
#include "xlsx/formula_shift.hpp"

#include "xlsx/cell_ref.hpp"

#include <cctype>

namespace ramkoll::xlsx {
namespace {

bool is_ident(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '\\' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool is_upper_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A reference part at `i`: optional '$', letters (column) and/or digits (row).
struct Part {
    bool col_abs = false, row_abs = false;
    std::string_view letters, digits;
    std::size_t end = 0;
};

Part scan_part(std::string_view f, std::size_t i) {
    Part p;
    if (i < f.size() && f[i] == '$') { p.col_abs = true; ++i; }
    const std::size_t ls = i;
    while (i < f.size() && is_upper_letter(f[i])) ++i;
    p.letters = f.substr(ls, i - ls);
    if (i < f.size() && f[i] == '$') {
        if (p.letters.empty()) { p.row_abs = p.col_abs; p.col_abs = false; } else { p.row_abs = true; }
        ++i;
    } else if (p.letters.empty() && p.col_abs) {
        p.row_abs = true;
        p.col_abs = false;
    }
    const std::size_t ds = i;
    while (i < f.size() && is_digit(f[i])) ++i;
    p.digits = f.substr(ds, i - ds);
    p.end = i;
    return p;
}

std::string moved_col(const Part& p, long by) {
    if (p.col_abs) return std::string(1, '$').append(p.letters);
    const long col = static_cast<long>(*parse_column(p.letters)) + by;
    return col >= 1 && col <= static_cast<long>(max_cols) ? column_name(static_cast<std::uint32_t>(col)) : "#REF!";
}

std::string moved_row(const Part& p, long by) {
    if (p.row_abs) return std::string(1, '$').append(p.digits);
    const long row = std::stol(std::string(p.digits)) + by;
    return row >= 1 && row <= static_cast<long>(max_rows) ? std::to_string(row) : "#REF!";
}

bool valid_col(std::string_view letters) { return !letters.empty() && parse_column(letters).has_value(); }
bool valid_row(std::string_view digits) { return !digits.empty() && digits.size() <= 7 && digits[0] != '0'; }

}  // namespace

std::string shift_formula(std::string_view f, long dr, long dc) {
    std::string out;
    out.reserve(f.size() + 8);
    std::size_t i = 0;
    while (i < f.size()) {
        const char c = f[i];
        if (c == '"' || c == '\'') {   // string literal or quoted sheet name: copy as is
            std::size_t j = i + 1;
            while (j < f.size()) {
                if (f[j] == c) {
                    if (j + 1 < f.size() && f[j + 1] == c) { j += 2; continue; }
                    break;
                }
                ++j;
            }
            out.append(f.substr(i, j + 1 - i));
            i = j + 1;
            continue;
        }
        if (c == '[') {   // structured or external-book reference: copy as is
            const auto close = f.find(']', i);
            const std::size_t end = close == std::string_view::npos ? f.size() : close + 1;
            out.append(f.substr(i, end - i));
            i = end;
            continue;
        }
        const bool starts_token = c == '$' || is_upper_letter(c) || is_digit(c);
        if (!starts_token || (i > 0 && is_ident(f[i - 1]))) {
            out.push_back(c);
            ++i;
            continue;
        }
        const Part a = scan_part(f, i);
        const bool followed_by_ident = a.end < f.size() && (is_ident(f[a.end]) || f[a.end] == '(');
        if (!followed_by_ident && valid_col(a.letters) && valid_row(a.digits)) {
            const std::string col = moved_col(a, dc), row = moved_row(a, dr);   // A1
            out += col == "#REF!" || row == "#REF!" ? std::string("#REF!") : col + row;
            i = a.end;
            continue;
        }
        if (a.end < f.size() && f[a.end] == ':' && ((a.digits.empty() && valid_col(a.letters)) ||
                                                     (a.letters.empty() && valid_row(a.digits)))) {
            const Part b = scan_part(f, a.end + 1);
            const bool b_end = b.end >= f.size() || !(is_ident(f[b.end]) || f[b.end] == '(');
            if (b_end && a.digits.empty() && b.digits.empty() && valid_col(b.letters)) {   // A:C
                const std::string from = moved_col(a, dc), to = moved_col(b, dc);
                out += from == "#REF!" || to == "#REF!" ? std::string("#REF!") : from + ":" + to;
                i = b.end;
                continue;
            }
            if (b_end && a.letters.empty() && b.letters.empty() && valid_row(b.digits)) {   // 1:3
                const std::string from = moved_row(a, dr), to = moved_row(b, dr);
                out += from == "#REF!" || to == "#REF!" ? std::string("#REF!") : from + ":" + to;
                i = b.end;
                continue;
            }
        }
        // A name, function or number: copy the whole identifier.
        std::size_t j = i;
        while (j < f.size() && (is_ident(f[j]) || f[j] == '$')) ++j;
        out.append(f.substr(i, j - i));
        i = j;
    }
    return out;
}

}  // namespace ramkoll::xlsx
