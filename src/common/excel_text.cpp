// Excel's measure and case folding of names (see excel_text.hpp).
#include "common/excel_text.hpp"

#include <array>
#include <cstdint>

namespace ramkoll {

std::size_t utf16_length(std::string_view text) {
    std::size_t units = 0;
    for (unsigned char byte : text) {
        if ((byte & 0xC0) != 0x80) ++units;   // a lead byte starts a character
        if (byte >= 0xF0) ++units;            // outside the BMP: a surrogate pair
    }
    return units;
}

std::string fold_case(std::string_view text) {
    std::string folded(text);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        auto& c = folded[i];
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < folded.size()) {
            auto& next = folded[i + 1];
            const auto value = static_cast<unsigned char>(next);
            if (value >= 0x80 && value <= 0x9E && value != 0x97) next = static_cast<char>(value + 0x20);
            ++i;
        }
    }
    return folded;
}

bool is_utf8(std::string_view text) {
    static constexpr std::array<std::uint32_t, 5> min_code = {0, 0, 0x80, 0x800, 0x10000};
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length;
        std::uint32_t code;
        if (lead < 0x80) { ++i; continue; }
        if ((lead & 0xE0) == 0xC0) { length = 2; code = lead & 0x1Fu; }
        else if ((lead & 0xF0) == 0xE0) { length = 3; code = lead & 0x0Fu; }
        else if ((lead & 0xF8) == 0xF0) { length = 4; code = lead & 0x07u; }
        else return false;
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3Fu);
        }
        if (code < min_code[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += length;
    }
    return true;
}

}  // namespace ramkoll
