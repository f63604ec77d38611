// Reading the shared strings part and string items: see shared_strings.hpp.
#include "xlsx/shared_strings.hpp"

#include "xlsx/error.hpp"
#include "xlsx/utf8.hpp"

namespace ramkoll::xlsx {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// "_xHHHH_" at `i`: the UTF-16 code unit, or -1.
long escape_at(const std::string& s, std::size_t i) {
    if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return -1;
    long unit = 0;
    for (std::size_t k = 2; k < 6; ++k) {
        const int d = hex_digit(s[i + k]);
        if (d < 0) return -1;
        unit = unit * 16 + d;
    }
    return unit;
}

}  // namespace

void decode_excel_escapes(std::string& text, std::size_t from) {
    std::size_t i = text.find("_x", from);
    if (i == std::string::npos) return;
    std::string out = text.substr(0, i);
    while (i < text.size()) {
        long unit = escape_at(text, i);
        if (unit < 0) {
            out.push_back(text[i++]);
            continue;
        }
        i += 7;
        std::uint32_t cp = static_cast<std::uint32_t>(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {   // a surrogate pair spelled as two escapes
            const long low = escape_at(text, i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((static_cast<std::uint32_t>(unit) - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
                i += 7;
            } else {
                cp = 0xFFFD;
            }
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            cp = 0xFFFD;
        }
        append_utf8(out, cp);
    }
    text = std::move(out);
}

bool read_string_item(XmlScanner& xml, std::string& out) {
    const std::size_t depth = xml.depth();
    const std::size_t from = out.size();
    bool rich = false;
    for (;;) {
        const auto t = xml.next();
        if (t == XmlScanner::Token::eof) xml.fail("truncated string item");
        if (t == XmlScanner::Token::end && xml.depth() < depth) break;
        if (t != XmlScanner::Token::start) continue;
        const auto name = xml.local_name();
        if (name == "t") {
            out.append(xml.element_text());
        } else if (name == "r") {
            rich = true;
        } else if (name == "rPh" || name == "phoneticPr" || name == "rPr") {
            xml.skip_element();
        }
    }
    decode_excel_escapes(out, from);
    return rich;
}

SharedStrings SharedStrings::read(ZipArchive& zip, std::string_view part, const ReadLimits& limits) {
    auto source = zip.open_entry(part);
    return parse(*source, part, limits);
}

SharedStrings SharedStrings::parse(ByteSource& source, std::string_view part, const ReadLimits& limits) {
    SharedStrings table;
    XmlScanner xml(source, limits, std::string(part));
    for (auto t = xml.next(); t != XmlScanner::Token::eof; t = xml.next()) {
        if (t != XmlScanner::Token::start || xml.local_name() != "si") continue;
        if (table.rich_.size() >= limits.max_shared_strings)
            throw Error(ErrorKind::limit_exceeded, "", std::string(part),
                        "shared strings > " + std::to_string(limits.max_shared_strings) + " (--max-shared-strings)");
        const bool rich = read_string_item(xml, table.arena_);
        if (table.arena_.size() - table.starts_.back() > limits.max_string_bytes)
            throw Error(ErrorKind::limit_exceeded, "", std::string(part),
                        "shared string " + std::to_string(table.rich_.size()) + " longer than " +
                            std::to_string(limits.max_string_bytes) + " bytes (--max-string-length)");
        table.rich_.push_back(rich ? 1 : 0);
        table.starts_.push_back(table.arena_.size());
    }
    return table;
}

}  // namespace ramkoll::xlsx
