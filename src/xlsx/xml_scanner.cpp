// Streaming XML scanner for OOXML parts: see xml_scanner.hpp.
#include "xlsx/xml_scanner.hpp"

#include "xlsx/error.hpp"
#include "xlsx/utf8.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace ramkoll::xlsx {
namespace {

constexpr std::size_t initial_buffer = 256 * 1024;

// Character classes by table lookup: the scanner's inner loops test one byte at a time.
constexpr unsigned char k_space = 1, k_name_end = 2, k_value_stop = 4, k_text_stop = 8;
constexpr auto char_classes = [] {
    std::array<unsigned char, 256> t{};
    for (unsigned char c : {' ', '\n', '\r', '\t'}) t[c] = k_space | k_name_end;
    for (unsigned char c : {'>', '/', '='}) t[c] = k_name_end;
    // Where next_plain_cell() stops in an attribute value (a quote, or what the general path
    // decodes or refuses) and in text (its end, or a reference or CR to decode).
    for (unsigned char c : {'"', '\'', '&', '<', '\n', '\r', '\t'}) t[c] |= k_value_stop;
    for (unsigned char c : {'<', '&', '\r'}) t[c] |= k_text_stop;
    return t;
}();
inline bool is_space(char c) { return char_classes[static_cast<unsigned char>(c)] & k_space; }
inline bool is_name_end(char c) { return char_classes[static_cast<unsigned char>(c)] & k_name_end; }
inline bool is_value_stop(char c) { return char_classes[static_cast<unsigned char>(c)] & k_value_stop; }
inline bool is_text_stop(char c) { return char_classes[static_cast<unsigned char>(c)] & k_text_stop; }
// What may follow an attribute's closing quote in a start tag of the plain shape.
inline bool ends_attribute(char c) { return is_space(c) || c == '>' || c == '/'; }

// Finds `c` in [p, stop): a plain loop for the short runs that dominate, memchr beyond.
inline const char* find_char(const char* p, const char* stop, char c) {
    const char* quick = stop - p > 32 ? p + 32 : stop;
    for (; p < quick; ++p)
        if (*p == c) return p;
    if (p == stop) return nullptr;
    return static_cast<const char*>(std::memchr(p, c, static_cast<std::size_t>(stop - p)));
}

}  // namespace

Ns classify_namespace(std::string_view uri) {
    if (uri == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
        uri == "http://purl.oclc.org/ooxml/spreadsheetml/main")
        return Ns::main;
    if (uri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" ||
        uri == "http://purl.oclc.org/ooxml/officeDocument/relationships")
        return Ns::rel;
    if (uri == "http://schemas.openxmlformats.org/package/2006/relationships") return Ns::pkg_rel;
    if (uri == "http://schemas.openxmlformats.org/package/2006/content-types") return Ns::content_types;
    if (uri == "http://www.w3.org/XML/1998/namespace") return Ns::xml;
    if (uri == "http://schemas.openxmlformats.org/markup-compatibility/2006") return Ns::mc;
    return Ns::other;
}

XmlScanner::XmlScanner(ByteSource& source, const ReadLimits& limits, std::string part_name)
    : source_(source), limits_(limits), part_(std::move(part_name)) {
    buf_.resize(initial_buffer);
    attrs_.reserve(16);
    text_.reserve(256);
}

void XmlScanner::fail(std::string_view detail) const {
    throw Error(ErrorKind::xml_malformed, "", part_,
                std::string(detail) + " (byte " + std::to_string(offset_of(buf_.data() + pos_)) + ")");
}

// Moves the bytes from `keep_from` to the front and reads more after them.
// Returns false when the source is exhausted and nothing new arrived.
bool XmlScanner::refill(std::size_t keep_from) {
    if (eof_) return false;
    const std::size_t kept = end_ - keep_from;
    if (keep_from > 0) {
        std::memmove(buf_.data(), buf_.data() + keep_from, kept);
        consumed_ += keep_from;
        pos_ -= keep_from;
        end_ = kept;
    }
    if (end_ == buf_.size()) {
        if (buf_.size() >= limits_.max_token_bytes)
            throw Error(ErrorKind::limit_exceeded, "", part_,
                        "XML token > " + std::to_string(limits_.max_token_bytes) + " bytes");
        buf_.resize(std::min<std::size_t>(buf_.size() * 2, limits_.max_token_bytes));
    }
    const std::size_t n = source_.read(buf_.data() + end_, buf_.size() - end_);
    if (n == 0) {
        eof_ = true;
        return false;
    }
    end_ += n;
    if (!started_ && end_ >= 3) {
        started_ = true;
        const auto* u = reinterpret_cast<const unsigned char*>(buf_.data());
        if ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE))
            throw Error(ErrorKind::unsupported, "", part_, "UTF-16");
        if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) pos_ = 3;
    }
    return true;
}

XmlScanner::Token XmlScanner::next() {
    if (pending_end_) {
        pending_end_ = false;
        --depth_;
        pop_bindings();
        return Token::end;
    }
    for (;;) {
        if (pos_ >= end_ && !refill(pos_)) {
            if (!seen_root_) fail("no root element");
            if (depth_ > 0) fail("truncated: <" + std::string(local_) + "> and its parents are not closed");
            return Token::eof;
        }
        const char* start = buf_.data() + pos_;
        const char* stop = buf_.data() + end_;
        if (*start != '<') {
            const char* lt = find_char(start, stop, '<');
            if (!lt) {
                if (refill(pos_)) continue;
                lt = stop;
            }
            const std::string_view raw(start, static_cast<std::size_t>(lt - start));
            pos_ = static_cast<std::size_t>(lt - buf_.data());
            if (depth_ == 0) {
                if (std::any_of(raw.begin(), raw.end(), [](char c) { return !is_space(c); }))
                    fail("text outside the root element");
                continue;
            }
            if (!collecting_) text_.clear();
            decode_into(text_, raw, false);
            return Token::text;
        }
        std::size_t token_start = pos_;
        Parse r = scan_markup();
        while (r == Parse::more) {
            pos_ = token_start;
            if (!refill(token_start)) fail("truncated inside a tag");
            token_start = pos_;   // refill moved the token to the front of the buffer
            r = scan_markup();
        }
        if (token_kind_ == Token::eof) continue;   // comment, PI or declaration: nothing to hand out
        return token_kind_;
    }
}


// At '<': scans one tag, comment, CDATA section or processing instruction.
XmlScanner::Parse XmlScanner::scan_markup() {
    const char* p = buf_.data() + pos_ + 1;
    const char* stop = buf_.data() + end_;
    if (p >= stop) return Parse::more;
    token_kind_ = Token::eof;
    if (*p == '/') return scan_end_tag(p + 1);
    if (*p == '?') {
        const std::string_view rest(p, static_cast<std::size_t>(stop - p));
        const auto close = rest.find("?>");
        if (close == std::string_view::npos) return Parse::more;
        scan_declaration(rest.substr(1, close - 1));
        pos_ = static_cast<std::size_t>(p + close + 2 - buf_.data());
        return Parse::done;
    }
    if (*p == '!') {
        const std::string_view rest(p, static_cast<std::size_t>(stop - p));
        if (rest.size() < 8) return Parse::more;
        if (rest.starts_with("!--")) {
            const auto close = rest.find("-->", 3);
            if (close == std::string_view::npos) return Parse::more;
            pos_ = static_cast<std::size_t>(p + close + 3 - buf_.data());
            return Parse::done;
        }
        if (rest.starts_with("![CDATA[")) {
            const auto close = rest.find("]]>", 8);
            if (close == std::string_view::npos) return Parse::more;
            if (depth_ == 0) fail("CDATA outside the root element");
            if (!collecting_) text_.clear();
            text_.append(rest.substr(8, close - 8));
            pos_ = static_cast<std::size_t>(p + close + 3 - buf_.data());
            token_kind_ = Token::text;
            return Parse::done;
        }
        if (rest.starts_with("!DOCTYPE") || rest.starts_with("!ENTITY"))
            throw Error(ErrorKind::xml_dtd, "", part_, "DOCTYPE");
        fail("unknown markup '<!'");
    }
    return scan_start_tag(p);
}

// The XML declaration: only UTF-8 (or no encoding, which means UTF-8) is accepted.
void XmlScanner::scan_declaration(std::string_view body) {
    if (!body.starts_with("xml") || body.size() < 4 || !is_space(body[3])) return;
    const auto at = body.find("encoding");
    if (at == std::string_view::npos) return;
    auto value = body.substr(at + 8);
    const auto quote = value.find_first_of("\"'");
    if (quote == std::string_view::npos) fail("bad XML declaration");
    value = value.substr(quote + 1);
    value = value.substr(0, value.find_first_of("\"'"));
    std::string lower(value);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower != "utf-8" && lower != "utf8" && lower != "us-ascii")
        throw Error(ErrorKind::unsupported, "", part_, "encoding " + std::string(value));
}

XmlScanner::Parse XmlScanner::scan_start_tag(const char* p) {
    const char* stop = buf_.data() + end_;
    const char* name = p;
    const char* colon = nullptr;
    for (; p < stop && !is_name_end(*p); ++p)
        if (*p == ':' && !colon) colon = p;
    if (p >= stop) return Parse::more;
    if (p == name) fail("element without a name");
    const std::string_view qname(name, static_cast<std::size_t>(p - name));
    attrs_.clear();
    bool self_closing = false;
    for (;;) {
        while (p < stop && is_space(*p)) ++p;
        if (p >= stop) return Parse::more;
        if (*p == '>') { ++p; break; }
        if (*p == '/') {
            if (p + 1 >= stop) return Parse::more;
            if (p[1] != '>') fail("'/' not followed by '>' in <" + std::string(qname) + ">");
            p += 2;
            self_closing = true;
            break;
        }
        const char* an = p;
        const char* acolon = nullptr;
        for (; p < stop && !is_name_end(*p); ++p)
            if (*p == ':' && !acolon) acolon = p;
        if (p >= stop) return Parse::more;
        const std::string_view aname(an, static_cast<std::size_t>(p - an));
        if (aname.empty()) fail("attribute without a name in <" + std::string(qname) + ">");
        while (p < stop && is_space(*p)) ++p;
        if (p >= stop) return Parse::more;
        if (*p != '=') fail("attribute " + std::string(aname) + " without '='");
        ++p;
        while (p < stop && is_space(*p)) ++p;
        if (p >= stop) return Parse::more;
        const char quote = *p;
        if (quote != '"' && quote != '\'') fail("attribute " + std::string(aname) + " value not quoted");
        ++p;
        const char* close = find_char(p, stop, quote);
        if (!close) return Parse::more;
        Attribute a;
        if (acolon) {
            const auto at = static_cast<std::size_t>(acolon - an);
            a.prefix = aname.substr(0, at);
            a.local = aname.substr(at + 1);
        } else {
            a.local = aname;
        }
        a.raw = std::string_view(p, static_cast<std::size_t>(close - p));
        for (char c : a.raw)
            if (c == '<') fail("'<' in an attribute value");
        a.ns = Ns::none;
        attrs_.push_back(a);
        p = close + 1;
        if (p < stop && !is_space(*p) && *p != '>' && *p != '/') fail("attributes must be separated by space");
    }
    // Complete: commit the token.
    if (depth_ == 0 && seen_root_) fail("a second root element");
    seen_root_ = true;
    pos_ = static_cast<std::size_t>(p - buf_.data());
    ++depth_;
    if (depth_ > limits_.max_xml_depth)
        throw Error(ErrorKind::limit_exceeded, "", part_, "XML depth > " + std::to_string(limits_.max_xml_depth) + " (--max-xml-depth)");
    if (colon) {
        const auto at = static_cast<std::size_t>(colon - name);
        prefix_ = qname.substr(0, at);
        local_ = qname.substr(at + 1);
    } else {
        prefix_ = {};
        local_ = qname;
    }
    if (!attrs_.empty()) bind_namespaces();
    ns_ = resolve(prefix_, false);
    for (auto& a : attrs_)
        if (!a.prefix.empty()) a.ns = resolve(a.prefix, true);
    if (self_closing)
        pending_end_ = true;
    else
        push_name(qname);
    token_kind_ = Token::start;
    return Parse::done;
}

XmlScanner::Parse XmlScanner::scan_end_tag(const char* p) {
    const char* stop = buf_.data() + end_;
    const char* name = p;
    while (p < stop && !is_name_end(*p)) ++p;
    while (p < stop && is_space(*p)) ++p;
    if (p >= stop) return Parse::more;
    if (*p != '>') fail("bad end tag");
    std::string_view qname(name, static_cast<std::size_t>(p - name));
    while (!qname.empty() && is_space(qname.back())) qname.remove_suffix(1);
    pos_ = static_cast<std::size_t>(p + 1 - buf_.data());
    pop_name(qname);
    const auto colon = qname.find(':');
    prefix_ = colon == std::string_view::npos ? std::string_view{} : qname.substr(0, colon);
    local_ = colon == std::string_view::npos ? qname : qname.substr(colon + 1);
    ns_ = resolve(prefix_, false);
    --depth_;
    pop_bindings();
    token_kind_ = Token::end;
    return Parse::done;
}

void XmlScanner::bind_namespaces() {
    for (const auto& a : attrs_) {
        std::string_view prefix;
        if (a.prefix.empty() && a.local == "xmlns")
            prefix = {};
        else if (a.prefix == "xmlns")
            prefix = a.local;
        else
            continue;
        std::string uri;
        decode_into(uri, a.raw, true);
        bindings_.push_back({std::string(prefix), uri.empty() ? Ns::none : classify_namespace(uri), depth_});
        default_ns_valid_ = false;
    }
}

Ns XmlScanner::resolve(std::string_view prefix, bool is_attribute) const {
    if (prefix.empty()) {
        if (is_attribute) return Ns::none;
        if (default_ns_valid_) return default_ns_;
        Ns ns = Ns::none;
        for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
            if (it->prefix.empty()) {
                ns = it->ns;
                break;
            }
        default_ns_ = ns;
        default_ns_valid_ = true;
        return ns;
    }
    if (prefix == "xml") return Ns::xml;
    if (prefix == "xmlns") return Ns::other;
    if (const Binding* b = binding(prefix)) return b->ns;
    fail("undeclared namespace prefix '" + std::string(prefix) + "'");
}

bool XmlScanner::declared(std::string_view prefix) const {
    if (prefix.empty() || prefix == "xmlns") return false;
    return prefix == "xml" || binding(prefix) != nullptr;
}

const XmlScanner::Binding* XmlScanner::binding(std::string_view prefix) const {
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
        if (it->prefix == prefix) return &*it;
    return nullptr;
}

void XmlScanner::pop_bindings() {
    while (!bindings_.empty() && bindings_.back().depth > depth_) {
        bindings_.pop_back();
        default_ns_valid_ = false;
    }
}

void XmlScanner::push_name(std::string_view qname) {
    name_starts_.push_back(static_cast<std::uint32_t>(names_.size()));
    names_.append(qname);
}

void XmlScanner::pop_name(std::string_view qname) {
    if (name_starts_.empty()) fail("end tag </" + std::string(qname) + "> without a start tag");
    const std::size_t start = name_starts_.back();
    if (std::string_view(names_).substr(start) != qname)
        fail("</" + std::string(qname) + "> closes <" + names_.substr(start) + ">");
    names_.resize(start);
    name_starts_.pop_back();
}

std::optional<std::string_view> XmlScanner::attribute(std::string_view local, Ns ns) {
    for (std::size_t i = 0; i < attrs_.size(); ++i)
        if (attrs_[i].local == local && attrs_[i].ns == ns) return attribute_value(i);
    return std::nullopt;
}

std::string_view XmlScanner::element_text() {
    if (!pending_end_ && take_simple_text()) return text_;
    const std::size_t depth = depth_;
    text_.clear();
    collecting_ = true;
    for (;;) {
        const Token t = next();
        if (t == Token::end && depth_ < depth) break;
        if (t == Token::eof) fail("truncated element");
    }
    collecting_ = false;
    return text_;
}

// The common case of element_text(): plain text (no references, CDATA or child
// elements) followed by this element's end tag, both already in the buffer.
bool XmlScanner::take_simple_text() {
    const char* p = buf_.data() + pos_;
    const char* stop = buf_.data() + end_;
    const char* lt = find_char(p, stop, '<');
    if (!lt || stop - lt < 3 || lt[1] != '/') return false;
    const std::string_view qname = std::string_view(names_).substr(name_starts_.back());
    const char* name = lt + 2;
    if (static_cast<std::size_t>(stop - name) <= qname.size() || name[qname.size()] != '>' ||
        std::memcmp(name, qname.data(), qname.size()) != 0)
        return false;
    for (const char* q = p; q < lt; ++q)
        if (*q == '&' || *q == '\r') return false;
    text_.assign(p, static_cast<std::size_t>(lt - p));
    pos_ = static_cast<std::size_t>(name + qname.size() + 1 - buf_.data());
    const auto colon = qname.find(':');
    prefix_ = colon == std::string_view::npos ? std::string_view{} : std::string_view(name, colon);
    local_ = colon == std::string_view::npos ? std::string_view(name, qname.size())
                                             : std::string_view(name + colon + 1, qname.size() - colon - 1);
    names_.resize(name_starts_.back());
    name_starts_.pop_back();
    --depth_;
    pop_bindings();
    return true;
}

std::string_view XmlScanner::attribute_value(std::size_t index) {
    const auto& a = attrs_[index];
    for (char c : a.raw)
        if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
            attr_value_.clear();
            decode_into(attr_value_, a.raw, true);
            return attr_value_;
        }
    return a.raw;
}

namespace {

// The attributes of a start tag of the plain shape, from `p` (after the element's name):
// names other than xmlns (with a prefix only when `prefixed`), each directly followed by ="…"
// or ='…' with nothing in the value to decode, separated by white space. Calls take(name,
// value) for each, which may refuse it (false), and leaves `p` on the '>' or '/' that ends
// them. False (p anywhere) for any other shape, or when the tag does not end within
// [p, stop): the general path then reads it.
template <bool prefixed, typename Take>
bool plain_attributes(const char*& p, const char* stop, Take&& take) {
    for (;;) {
        while (p < stop && is_space(*p)) ++p;
        if (p >= stop) return false;
        if (*p == '>' || *p == '/') return true;
        // What nearly every cell has, r="…", s="…", t="…": a one-letter name without a scan.
        if (stop - p > 4 && p[1] == '=' && p[2] == '"' && !is_name_end(p[0]) && p[0] != ':') {
            const char* value = p + 3;
            const char* q = value;
            while (q < stop && !is_value_stop(*q)) ++q;
            if (q + 1 < stop && *q == '"' && ends_attribute(q[1])) {
                if (!take(std::string_view(p, 1), std::string_view(value, static_cast<std::size_t>(q - value))))
                    return false;
                p = q + 1;
                continue;
            }
            // Anything else in the value: read below, as any attribute.
        }
        const char* name = p;
        while (p < stop && !is_name_end(*p) && (prefixed || *p != ':')) ++p;
        // A prefix (unless allowed), "xmlns", space before '=' or anything odd: the general path.
        if (p == name || p + 1 >= stop || *p != '=' || (p[1] != '"' && p[1] != '\'')) return false;
        const std::string_view attribute(name, static_cast<std::size_t>(p - name));
        if (attribute == "xmlns" || attribute.starts_with("xmlns:")) return false;
        const char quote = p[1];
        p += 2;
        const char* value = p;
        for (;; ++p) {
            while (p < stop && !is_value_stop(*p)) ++p;
            if (p >= stop || *p == quote) break;
            if (*p != '"' && *p != '\'') return false;   // the other quote is plain
        }
        if (p + 1 >= stop || !ends_attribute(p[1])) return false;
        if (!take(attribute, std::string_view(value, static_cast<std::size_t>(p - value)))) return false;
        ++p;
    }
}

}  // namespace

bool XmlScanner::next_plain_cell(PlainCell& cell) {
    if (pending_end_ || depth_ == 0 || depth_ + 2 > limits_.max_xml_depth) return false;
    const char* p = buf_.data() + pos_;
    const char* stop = buf_.data() + end_;
    while (p < stop && is_space(*p)) ++p;
    if (stop - p < 4 || p[0] != '<' || p[1] != 'c' || (p[2] != ' ' && p[2] != '>' && p[2] != '/')) return false;
    p += 2;
    cell = PlainCell{};
    // The reference nearly every writer puts first, r="B12": read while it is scanned. Any other
    // shape (lower case, '$', a leading zero, too long, outside the grid) is left as it was.
    if (stop - p > 6 && p[0] == ' ' && p[1] == 'r' && p[2] == '=' && p[3] == '"') {
        const char* const value = p + 4;
        const char* q = value;
        std::uint32_t col = 0, row = 0;
        for (; q < stop && q - value < 4 && *q >= 'A' && *q <= 'Z'; ++q) col = col * 26 + static_cast<std::uint32_t>(*q - 'A' + 1);
        const auto letters = q - value;
        const char* const digits = q;
        if (q < stop && *q >= '1' && *q <= '9')
            for (; q < stop && q - digits < 8 && *q >= '0' && *q <= '9'; ++q) row = row * 10 + static_cast<std::uint32_t>(*q - '0');
        const auto figures = q - digits;
        if (letters >= 1 && letters <= 3 && figures >= 1 && figures <= 7 && col <= max_cols && row <= max_rows &&
            q + 1 < stop && *q == '"' && ends_attribute(q[1])) {
            cell.r = std::string_view(value, static_cast<std::size_t>(q - value));
            cell.has_r = cell.has_ref = true;
            cell.ref = CellRef{row, col};
            p = q + 1;
        }
    }
    const bool plain = plain_attributes<false>(p, stop, [&](std::string_view attribute, std::string_view text) {
        if (attribute.size() != 1) return true;
        if (attribute[0] == 'r') cell.r = text, cell.has_r = true, cell.has_ref = false;   // the last r counts
        else if (attribute[0] == 's') cell.s = text, cell.has_s = true;
        else if (attribute[0] == 't') cell.t = text, cell.has_t = true;
        return true;
    });
    if (!plain) return false;
    if (*p == '/') {
        if (stop - p < 2 || p[1] != '>') return false;
        p += 2;
    } else if (++p; stop - p >= 4 && std::memcmp(p, "</c>", 4) == 0) {
        p += 4;
    } else {
        if (stop - p < 3 || p[0] != '<' || p[1] != 'v' || p[2] != '>') return false;
        p += 3;
        const char* text = p;
        while (p < stop && !is_text_stop(*p)) ++p;
        if (stop - p < 8 || std::memcmp(p, "</v></c>", 8) != 0) return false;
        cell.v = std::string_view(text, static_cast<std::size_t>(p - text));
        cell.has_v = true;
        p += 8;
    }
    pos_ = static_cast<std::size_t>(p - buf_.data());
    prefix_ = {};
    local_ = "c";
    return true;
}

bool XmlScanner::next_plain_row(PlainRow& row) {
    if (pending_end_ || depth_ == 0 || depth_ + 1 > limits_.max_xml_depth) return false;
    const char* p = buf_.data() + pos_;
    const char* stop = buf_.data() + end_;
    while (p < stop && is_space(*p)) ++p;
    // The end of the row before, when that row is the element open here.
    constexpr std::string_view row_end = "</row>";
    const bool closes = static_cast<std::size_t>(stop - p) >= row_end.size() &&
                        std::memcmp(p, row_end.data(), row_end.size()) == 0;
    if (closes) {
        if (name_starts_.empty() || std::string_view(names_).substr(name_starts_.back()) != "row") return false;
        p += row_end.size();
        while (p < stop && is_space(*p)) ++p;
    }
    if (stop - p < 5 || std::memcmp(p, "<row", 4) != 0 || (p[4] != ' ' && p[4] != '>')) return false;
    p += 4;
    row = PlainRow{};
    // Excel gives every row x14ac:dyDescent: a prefixed attribute is taken (and left unread)
    // when its prefix is declared, as the general path takes it; else that path says so.
    const bool plain = plain_attributes<true>(p, stop, [&](std::string_view attribute, std::string_view text) {
        if (const auto colon = attribute.find(':'); colon != std::string_view::npos) return declared(attribute.substr(0, colon));
        if (attribute == "r") row.r = text, row.has_r = true;
        else if (attribute == "hidden") row.hidden = text, row.has_hidden = true;
        return true;
    });
    if (!plain || *p != '>') return false;   // an empty <row/>: the general path
    // Taken: the end tag and the start tag, as scan_end_tag() and scan_start_tag() take them.
    if (closes) {
        names_.resize(name_starts_.back());
        name_starts_.pop_back();
        --depth_;
        pop_bindings();
    }
    ++depth_;
    push_name("row");
    attrs_.clear();
    prefix_ = {};
    local_ = "row";
    ns_ = resolve(prefix_, false);
    pos_ = static_cast<std::size_t>(p + 1 - buf_.data());
    return true;
}

bool XmlScanner::next_plain_string_item(std::string_view& text, bool& preserve) {
    if (pending_end_ || depth_ == 0 || depth_ + 2 > limits_.max_xml_depth) return false;
    const char* p = buf_.data() + pos_;
    const char* stop = buf_.data() + end_;
    while (p < stop && is_space(*p)) ++p;
    constexpr std::string_view open = "<si><t>", open_preserve = "<si><t xml:space=\"preserve\">", close = "</t></si>";
    const auto starts = [&](std::string_view s) {
        return static_cast<std::size_t>(stop - p) >= s.size() && std::memcmp(p, s.data(), s.size()) == 0;
    };
    if (starts(open)) {
        preserve = false;
        p += open.size();
    } else if (starts(open_preserve)) {
        preserve = true;
        p += open_preserve.size();
    } else {
        return false;
    }
    const char* from = p;
    while (p < stop && !is_text_stop(*p)) ++p;
    if (!starts(close)) return false;
    text = std::string_view(from, static_cast<std::size_t>(p - from));
    p += close.size();
    pos_ = static_cast<std::size_t>(p - buf_.data());
    prefix_ = {};
    local_ = "si";
    return true;
}

void XmlScanner::skip_element() {
    const std::size_t depth = depth_;
    for (;;) {
        const Token t = next();
        if (t == Token::end && depth_ < depth) return;
        if (t == Token::eof) fail("truncated element");
    }
}

// Resolves character and predefined entity references; normalises line ends (and, in
// attribute values, white space) as an XML processor must.
void XmlScanner::decode_into(std::string& out, std::string_view raw, bool attribute) {
    if (out.size() + raw.size() > limits_.max_token_bytes)
        throw Error(ErrorKind::limit_exceeded, "", part_,
                    "XML text > " + std::to_string(limits_.max_token_bytes) + " bytes");
    bool plain = true;
    for (char c : raw)
        if (c == '&' || c == '\r' || (attribute && (c == '\n' || c == '\t'))) {
            plain = false;
            break;
        }
    if (plain) {
        out.append(raw);
        return;
    }
    std::size_t i = 0;
    while (i < raw.size()) {
        const std::size_t special = raw.find_first_of(attribute ? "&\r\n\t" : "&\r", i);
        if (special == std::string_view::npos) {
            out.append(raw.substr(i));
            return;
        }
        out.append(raw.substr(i, special - i));
        const char c = raw[special];
        if (c == '\r') {
            out.push_back(attribute ? ' ' : '\n');
            i = special + 1;
            if (i < raw.size() && raw[i] == '\n') ++i;
            continue;
        }
        if (c == '\n' || c == '\t') {
            out.push_back(' ');
            i = special + 1;
            continue;
        }
        const auto semi = raw.find(';', special);
        if (semi == std::string_view::npos || semi - special > 12) fail("'&' without a complete reference");
        const std::string_view ref = raw.substr(special + 1, semi - special - 1);
        if (ref == "lt") out.push_back('<');
        else if (ref == "gt") out.push_back('>');
        else if (ref == "amp") out.push_back('&');
        else if (ref == "quot") out.push_back('"');
        else if (ref == "apos") out.push_back('\'');
        else if (ref.size() > 1 && ref[0] == '#') {
            std::uint32_t cp = 0;
            const bool hex = ref[1] == 'x';
            const char* first = ref.data() + (hex ? 2 : 1);
            const char* last = ref.data() + ref.size();
            auto [ptr, ec] = std::from_chars(first, last, cp, hex ? 16 : 10);
            if (ec != std::errc() || ptr != last || first == last || !is_xml_char(cp))
                fail("bad character reference &" + std::string(ref) + ";");
            append_utf8(out, cp);
        } else {
            fail("undefined entity &" + std::string(ref) + "; (entities are not expanded)");
        }
        i = semi + 1;
    }
}

}  // namespace ramkoll::xlsx
