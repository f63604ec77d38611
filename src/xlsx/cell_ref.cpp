// A1-style references: see cell_ref.hpp.
#include "xlsx/cell_ref.hpp"

namespace ramkoll::xlsx {

std::optional<std::uint32_t> parse_column(std::string_view letters) {
    if (letters.empty() || letters.size() > 3) return std::nullopt;
    std::uint32_t col = 0;
    for (char c : letters) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') return std::nullopt;
        col = col * 26 + static_cast<std::uint32_t>(c - 'A' + 1);
    }
    if (col > max_cols) return std::nullopt;
    return col;
}

std::optional<CellRef> parse_cell_ref(std::string_view text) {
    // One pass (the sheet reader calls this for every cell): [$]letters[$]digits, at most three
    // letters and seven digits (XFD1048576), held against the grid once at the end.
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    if (p < end && *p == '$') ++p;
    const auto* const letters_from = p;
    std::uint32_t col = 0;
    for (unsigned c; p < end && (c = (*p | 0x20u) - 'a') < 26; ++p)   // ASCII letters, either case
        col = col * 26 + c + 1;
    const auto letters = p - letters_from;
    if (letters == 0 || letters > 3) return std::nullopt;
    if (p < end && *p == '$') ++p;
    const auto digits = end - p;
    if (digits == 0 || digits > 7 || *p == '0') return std::nullopt;
    std::uint32_t row = 0;
    for (; p < end; ++p) {
        const unsigned d = *p - static_cast<unsigned>('0');
        if (d > 9) return std::nullopt;
        row = row * 10 + d;
    }
    if (col > max_cols || row > max_rows) return std::nullopt;
    return CellRef{row, col};
}

std::optional<RangeRef> parse_range_ref(std::string_view text) {
    const auto colon = text.find(':');
    const auto first = parse_cell_ref(text.substr(0, colon));
    if (!first) return std::nullopt;
    if (colon == std::string_view::npos) return RangeRef{*first, *first};
    const auto last = parse_cell_ref(text.substr(colon + 1));
    if (!last || last->row < first->row || last->col < first->col) return std::nullopt;
    return RangeRef{*first, *last};
}

std::string column_name(std::uint32_t col) {
    std::string name;
    while (col > 0) {
        const std::uint32_t rem = (col - 1) % 26;
        name.insert(name.begin(), static_cast<char>('A' + rem));
        col = (col - 1) / 26;
    }
    return name;
}

std::string to_string(CellRef ref) { return column_name(ref.col) + std::to_string(ref.row); }

std::string to_string(const RangeRef& range) {
    if (range.first == range.last) return to_string(range.first);
    return to_string(range.first) + ":" + to_string(range.last);
}

bool looks_like_reference(std::string_view name) {
    constexpr std::string_view letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr std::string_view digits = "0123456789";
    const auto column_end = name.find_first_not_of(letters);
    if (column_end >= 1 && column_end <= 3 && column_end != std::string_view::npos &&
        name.find_first_not_of(digits, column_end) == std::string_view::npos)
        return true;
    std::size_t i = 0;
    for (char mark : {'r', 'c'}) {
        if (i < name.size() && (name[i] | 0x20) == mark) {
            ++i;
            while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
        }
    }
    return !name.empty() && i == name.size();
}

std::string quote_sheet_name(std::string_view name) {
    auto plain_char = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    };
    bool plain = !name.empty() && !(name.front() >= '0' && name.front() <= '9') && name.front() != '.' &&
                 !looks_like_reference(name);
    for (char c : name) plain = plain && plain_char(c);
    if (plain) return std::string(name);
    std::string quoted = "'";
    for (char c : name) {
        if (c == '\'') quoted += '\'';
        quoted += c;
    }
    return quoted + "'";
}

}  // namespace ramkoll::xlsx
