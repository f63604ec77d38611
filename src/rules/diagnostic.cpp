// Renders a Diagnostic as the compiler-style text a finance officer sees.
#include "rules/diagnostic.hpp"

#include <fmt/format.h>

namespace ramkoll::rules {

std::string format_diagnostic(const Diagnostic& d, Lang lang) {
    const std::string& message = d.what.in(lang);
    if (d.where.line == 0) return fmt::format("{}: {}: {}\n", d.where.file, tr(lang, "fel", "error"), message);
    std::string out = fmt::format("{}:{}:{}: {}: {}\n", d.where.file, d.where.line, d.where.column,
                                  tr(lang, "fel", "error"), message);
    out += "  " + d.where.source_line + "\n";
    // The caret keeps tabs so it lines up under the source line.
    std::string pad;
    int column = 1;
    for (std::size_t i = 0; i < d.where.source_line.size() && column < d.where.column; ++i) {
        unsigned char c = static_cast<unsigned char>(d.where.source_line[i]);
        if ((c & 0xC0) == 0x80) continue;
        pad += c == '\t' ? '\t' : ' ';
        ++column;
    }
    out += "  " + pad + "^\n";
    return out;
}

}  // namespace ramkoll::rules
