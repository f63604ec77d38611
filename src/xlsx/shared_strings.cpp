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

// Whether a <t> keeps its leading and trailing white space: xml:space on the element itself
// or, failing that, on the nearest ancestor within the string item that has it (XML 1.0, 2.10).
enum class Space : std::uint8_t { trim, preserve };

Space space_of(XmlScanner& xml, Space inherited) {
    if (xml.attribute_count() == 0) return inherited;
    const auto value = xml.attribute("space", Ns::xml);
    if (!value) return inherited;
    return *value == "preserve" ? Space::preserve : *value == "default" ? Space::trim : inherited;
}

// XML white space (space, tab, line feed, carriage return) off both ends. Excel trims it
// from every <t> without xml:space="preserve", written literally or as a character
// reference; other white space (U+00A0, U+3000) stays.
bool is_xml_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string_view trim_xml_space(std::string_view text) {
    while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
    return text;
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
    const Space item = space_of(xml, Space::trim);
    Space run = item;
    bool rich = false;
    for (;;) {
        const auto t = xml.next();
        if (t == XmlScanner::Token::eof) xml.fail("truncated string item");
        if (t == XmlScanner::Token::end && xml.depth() < depth) break;
        if (t != XmlScanner::Token::start) continue;
        const auto name = xml.local_name();
        if (name == "t") {
            // Each run's <t> is trimmed on its own, as Excel reads rich text ("hello " and "world!"
            // without xml:space show as "helloworld": xlsx-populate #17, ClosedXML #2512).
            const Space space = space_of(xml, xml.depth() == depth + 1 ? item : run);
            const std::string_view text = xml.element_text();
            out.append(space == Space::preserve ? text : trim_xml_space(text));
        } else if (name == "r") {
            rich = true;
            run = space_of(xml, item);
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
    // Each item ends here, however it was read.
    const auto add_item = [&](std::size_t from, bool rich) {
        if (table.arena_.size() - from > limits.max_string_bytes)
            throw Error(ErrorKind::limit_exceeded, "", std::string(part),
                        "shared string " + std::to_string(table.rich_.size()) + " longer than " +
                            std::to_string(limits.max_string_bytes) + " bytes (--max-string-length)");
        table.rich_.push_back(rich ? 1 : 0);
        table.starts_.push_back(table.arena_.size());
    };
    const auto check_count = [&] {
        if (table.rich_.size() >= limits.max_shared_strings)
            throw Error(ErrorKind::limit_exceeded, "", std::string(part),
                        "shared strings > " + std::to_string(limits.max_shared_strings) + " (--max-shared-strings)");
    };
    std::string_view plain;
    bool preserve = false;
    for (auto t = xml.next(); t != XmlScanner::Token::eof; t = xml.next()) {
        if (t != XmlScanner::Token::start) continue;
        const auto name = xml.local_name();
        const bool item = name == "si", sst = name == "sst";   // before the item is read past
        if (item) {
            check_count();
            const std::size_t from = table.arena_.size();
            add_item(from, read_string_item(xml, table.arena_));
        }
        // Directly in <sst>, after its start or an item: the items of the plain shape that
        // follow, read as read_string_item() reads them (trimmed unless xml:space="preserve").
        if (xml.depth() != 1 || !(item || sst)) continue;
        while (xml.next_plain_string_item(plain, preserve)) {
            check_count();
            const std::size_t from = table.arena_.size();
            table.arena_.append(preserve ? plain : trim_xml_space(plain));
            decode_excel_escapes(table.arena_, from);
            add_item(from, false);
        }
    }
    return table;
}

}  // namespace ramkoll::xlsx
