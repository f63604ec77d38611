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

std::string fold(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
        else if (c == 0xC3 && i + 1 < out.size()) {   // À–Þ to à–þ (not ×)
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

}  // namespace

std::string_view trim_space(std::string_view text) {
    while (std::size_t n = space_at(text)) text.remove_prefix(n);
    while (std::size_t n = space_before(text)) text.remove_suffix(n);
    return text;
}

std::optional<std::string> match_declared(std::string_view text, const std::vector<std::string>& values) {
    const auto wanted = fold(trim_space(text));
    for (const auto& v : values)
        if (fold(v) == wanted) return v;
    return std::nullopt;
}

std::optional<std::string> match_committee(std::string_view text, const rules::Round& round) {
    const auto wanted = fold(trim_space(text));
    for (const auto& c : round.committees)
        if (fold(c.code) == wanted) return c.code;
    for (const auto& c : round.committees)
        if (fold(c.name) == wanted) return c.code;
    return std::nullopt;
}

std::string quoted_list(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "\"" : ", \"") + v + "\"";
    return out;
}

}  // namespace ramkoll::submission
