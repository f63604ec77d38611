// Label normalisation over UTF-8: ASCII letters and digits kept (lowered), Latin-1 capitals
// lowered, Latin-1 punctuation (U+0080–U+00BF), general punctuation (U+2000–U+206F) and the
// minus sign U+2212 dropped with everything else that is not a letter or digit.
#include "submission/label_match.hpp"

namespace ramkoll::submission {

namespace {

// Normalizes `text` piece by piece: calls put(piece) for what each character becomes (empty
// pieces are skipped); stops early when put() returns false. One walk for normalize_label()
// and label_matches().
template <typename Put>
void normalize_pieces(std::string_view text, Put&& put) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = byte(i);
        if (c < 0x80) {
            char lowered = 0;
            if (c >= 'A' && c <= 'Z') lowered = static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) lowered = static_cast<char>(c);
            ++i;
            if (lowered != 0 && !put(std::string_view(&lowered, 1))) return;
            continue;
        }
        std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + length > text.size()) return;
        if (length == 2 && c == 0xC2) {   // U+0080–U+00BF: no-break space, «, ·, …
            i += 2;
            continue;
        }
        if (length == 2 && c == 0xC3 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9E && byte(i + 1) != 0x97) {
            const char lowered[2] = {static_cast<char>(0xC3), static_cast<char>(byte(i + 1) + 0x20)};   // À–Þ to à–þ (not ×)
            i += 2;
            if (!put(std::string_view(lowered, 2))) return;
            continue;
        }
        if (length == 3 && c == 0xE2 && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81 ||
                                         (byte(i + 1) == 0x88 && byte(i + 2) == 0x92))) {
            i += 3;   // U+2000–U+207F (spaces, dashes, quotes) and U+2212 minus
            continue;
        }
        if (!put(text.substr(i, length))) return;
        i += length;
    }
}

}  // namespace

std::string normalize_label(std::string_view text) {
    std::string out;
    normalize_pieces(text, [&](std::string_view piece) {
        out += piece;
        return true;
    });
    return out;
}

bool label_matches(std::string_view text, std::string_view normalized) {
    std::size_t at = 0;
    bool same = true;
    normalize_pieces(text, [&](std::string_view piece) {
        same = normalized.substr(at, piece.size()) == piece;
        at += piece.size();
        return same;
    });
    return same && at == normalized.size();
}

std::optional<std::size_t> match_line(const rules::Form& form, std::string_view text) {
    const auto wanted = normalize_label(text);
    if (wanted.empty()) return std::nullopt;
    for (std::size_t i = 0; i < form.lines.size(); ++i) {
        const auto& line = form.lines[i];
        if (label_matches(line.label, wanted)) return i;
        for (const auto& synonym : line.synonyms)
            if (label_matches(synonym, wanted)) return i;
    }
    return std::nullopt;
}

}  // namespace ramkoll::submission
