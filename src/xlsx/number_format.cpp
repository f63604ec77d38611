// Built-in number formats and date detection: see number_format.hpp.
#include "xlsx/number_format.hpp"

#include <array>

namespace ramkoll::xlsx {

std::string_view builtin_number_format(std::uint32_t id) {
    // ECMA-376 Part 1, 18.8.30 (numFmt): the ids every reader must know.
    static constexpr std::array<std::string_view, 50> codes{
        "General", "0", "0.00", "#,##0", "#,##0.00", "", "", "", "", "0%",
        "0.00%", "0.00E+00", "# ?/?", "# ?\?/??", "mm-dd-yy", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM",
        "h:mm", "h:mm:ss", "m/d/yy h:mm", "", "", "", "", "", "", "",
        "", "", "", "", "", "", "", "#,##0 ;(#,##0)", "#,##0 ;[Red](#,##0)", "#,##0.00;(#,##0.00)",
        "#,##0.00;[Red](#,##0.00)", "", "", "", "", "mm:ss", "[h]:mm:ss", "mmss.0", "##0.0E+0", "@"};
    if (id < codes.size() && !codes[id].empty()) return codes[id];
    return "General";
}

bool is_date_format(std::string_view code) {
    if (code.empty() || code == "General" || code == "@") return false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        switch (c) {
        case ';':
            return false;   // only the first (positive) section decides
        case '"': {
            const auto close = code.find('"', i + 1);
            if (close == std::string_view::npos) return false;
            i = close;
            break;
        }
        case '\\':
        case '_':
        case '*':
            ++i;   // the next character is literal or a fill/space width
            break;
        case '[': {
            const auto close = code.find(']', i + 1);
            if (close == std::string_view::npos) return false;
            const std::string_view inner = code.substr(i + 1, close - i - 1);
            if (!inner.empty() && (inner[0] == 'h' || inner[0] == 'H' || inner[0] == 'm' || inner[0] == 'M' ||
                                   inner[0] == 's' || inner[0] == 'S') &&
                inner.find_first_not_of(inner[0]) == std::string_view::npos)
                return true;   // [h], [mm], [ss]: elapsed time
            i = close;
            break;
        }
        case 'd': case 'D': case 'm': case 'M': case 'y': case 'Y':
        case 'h': case 'H': case 's': case 'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

}  // namespace ramkoll::xlsx
