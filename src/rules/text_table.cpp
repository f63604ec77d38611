// Pads and joins table cells by display width.
#include "rules/text_table.hpp"

#include <algorithm>

namespace ramkoll::rules {

std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string TextTable::render() const {
    std::vector<std::size_t> width(align_.size());
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], display_width(row[c]));
    std::string out;
    for (const auto& row : rows_) {
        std::string line;
        for (std::size_t c = 0; c < width.size(); ++c) {
            std::string cell = c < row.size() ? row[c] : std::string();
            std::string pad(width[c] - display_width(cell), ' ');
            if (c > 0) line += "  ";
            line += align_[c] == Align::right ? pad + cell : cell + pad;
        }
        while (line.ends_with(' ')) line.pop_back();
        out += line + "\n";
    }
    return out;
}

}  // namespace ramkoll::rules
