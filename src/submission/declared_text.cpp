// Matching list text cells with declared values: trimming and case folding over UTF-8.
#include "submission/declared_text.hpp"

namespace ramkoll::submission {

namespace {

// The length of the white space character at the start of `text`, 0 when there is none.
std::size_t space_at(std::string_view text) {
    if (text.empty()) return 0;
    const char c = text.front();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (text.starts_with("\u00a0")) return 2;
    for (std::string_view wide : {"\u2007", "\u2009", "\u202f"})
        if (text.starts_with(wide)) return 3;
    return 0;
}

std::size_t space_before(std::string_view text) {
    for (std::size_t n : {1u, 2u, 3u})
        if (text.size() >= n && space_at(text.substr(text.size() - n)) == n) return n;
    return 0;
}

// Case folding byte by byte (ASCII and À–Þ to à–þ, not ×; it keeps the length): calls
// put(i, byte) with each byte of the folded text in order, until put() returns false. One walk
// for fold() and folds_to().
template <typename Put>
void fold_bytes(std::string_view text, Put&& put) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
            if (!put(i, c)) return;
            ++i;
            c = next;
        }
        if (!put(i, c)) return;
    }
}

std::string fold(std::string_view text) {
    std::string out(text.size(), '\0');
    fold_bytes(text, [&](std::size_t i, unsigned char c) {
        out[i] = static_cast<char>(c);
        return true;
    });
    return out;
}

// fold(text) == folded, without building the former (a committee column's cell is held
// against every committee of the round, a declared column's against each of its values).
bool folds_to(std::string_view text, std::string_view folded) {
    if (text.size() != folded.size()) return false;
    bool same = true;
    fold_bytes(text, [&](std::size_t i, unsigned char c) { return same = static_cast<unsigned char>(folded[i]) == c; });
    return same;
}

}  // namespace

std::string_view trim_space(std::string_view text) {
    while (std::size_t n = space_at(text)) text.remove_prefix(n);
    while (std::size_t n = space_before(text)) text.remove_suffix(n);
    return text;
}

std::optional<std::string> match_declared(std::string_view text, const std::vector<std::string>& values) {
    if (values.empty()) return std::nullopt;   // a free text column: nothing to fold for
    const auto wanted = fold(trim_space(text));
    for (const auto& v : values)
        if (folds_to(v, wanted)) return v;
    return std::nullopt;
}

std::optional<std::string> match_committee(std::string_view text, const rules::Round& round) {
    const auto wanted = fold(trim_space(text));
    for (const auto& c : round.committees)
        if (folds_to(c.code, wanted)) return c.code;
    for (const auto& c : round.committees)
        if (folds_to(c.name, wanted)) return c.code;
    return std::nullopt;
}

std::string quoted_list(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "\"" : ", \"") + v + "\"";
    return out;
}

}  // namespace ramkoll::submission
