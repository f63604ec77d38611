// A streaming pull scanner for the XML parts of an xlsx package. It handles exactly
// what OOXML parts may contain (UTF-8, namespaces, CDATA, comments, processing
// instructions, the predefined and numeric character references) and refuses DTDs, so
// no entity is ever expanded. Tokens are views into a reused buffer: no per-element
// heap allocation once the buffer has grown to the largest token.
#pragma once

#include "xlsx/byte_source.hpp"
#include "xlsx/cell_ref.hpp"
#include "xlsx/limits.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::xlsx {

// The namespaces the reader cares about; transitional and strict URIs map to the same id.
enum class Ns : std::uint8_t { none, other, main, rel, pkg_rel, content_types, xml, mc };

Ns classify_namespace(std::string_view uri);

class XmlScanner {
public:
    enum class Token { start, end, text, eof };

    XmlScanner(ByteSource& source, const ReadLimits& limits, std::string part_name);

    // The next token. A self-closing element gives a start and then an end token.
    Token next();

    // After start or end: the element's local name and resolved namespace.
    std::string_view local_name() const { return local_; }
    Ns ns() const { return ns_; }
    // Depth of the current element (the root element is 1), valid after start and end.
    std::size_t depth() const { return depth_; }

    // After start: an attribute's value with references decoded, or nullopt.
    std::optional<std::string_view> attribute(std::string_view local, Ns ns = Ns::none);

    // After start, for one pass over every attribute: count, local name, namespace, and
    // the decoded value (valid until the next call that decodes a value).
    std::size_t attribute_count() const { return attrs_.size(); }
    std::string_view attribute_local(std::size_t index) const { return attrs_[index].local; }
    Ns attribute_ns(std::size_t index) const { return attrs_[index].ns; }
    std::string_view attribute_value(std::size_t index);

    // After text: the decoded text (character references resolved, CDATA included).
    std::string_view text() const { return text_; }

    // After start: every text inside the element up to its end tag, concatenated.
    // Leaves the scanner on that end tag.
    std::string_view element_text();
    // After start: skips the element with everything in it.
    void skip_element();

    // The plain shape nearly every writer gives a worksheet cell: <c …><v>text</v></c>,
    // <c …/> or <c …></c>, unprefixed, its attribute values and text free of references,
    // tabs and line ends. Views into the buffer, valid until the next call to the scanner.
    struct PlainCell {
        std::string_view r, s, t, v;
        bool has_r = false, has_s = false, has_t = false, has_v = false;
        // `r` read as it was scanned, when it is the first attribute and of the plain shape
        // (capitals, then digits without a leading zero, within the grid): what parse_cell_ref(r)
        // gives. Otherwise has_ref is false and `r` is left to parse_cell_ref().
        CellRef ref;
        bool has_ref = false;
    };
    // The sheet reader's fast path: when the next token would be the start of such a <c>
    // (white space before it is skipped) and the whole element is in the buffer, consumes it
    // and returns true. Otherwise changes nothing and returns false; next() then reads the
    // element token by token, with every check and error of the general path.
    bool next_plain_cell(PlainCell& cell);
    // The same for a row's start tag: the end tag of the row before it, if that row is the
    // element open here, then <row …>, its attributes of the same plain shape; consumes both
    // (the end tag is not returned as a token) and leaves the scanner on the row's start.
    struct PlainRow {
        std::string_view r, hidden;
        bool has_r = false, has_hidden = false;
    };
    bool next_plain_row(PlainRow& row);
    // The shared strings' fast path, as next_plain_cell(): the plain shape of nearly every
    // string item, <si><t>text</t></si> or <si><t xml:space="preserve">text</t></si>, its text
    // free of references and CRs. Sets `text` (a view into the buffer) and `preserve`.
    bool next_plain_string_item(std::string_view& text, bool& preserve);

    const std::string& part_name() const { return part_; }
    [[noreturn]] void fail(std::string_view detail) const;

private:
    struct Attribute {
        std::string_view prefix, local, raw;
        Ns ns;
    };
    struct Binding {
        std::string prefix;
        Ns ns;
        std::size_t depth;
    };
    enum class Parse { done, more };
    Token token_kind_ = Token::eof;   // what scan_markup() found; eof = nothing to hand out

    bool refill(std::size_t keep_from);
    Parse scan_markup();
    Parse scan_start_tag(const char* p);
    Parse scan_end_tag(const char* p);
    void scan_declaration(std::string_view body);
    void bind_namespaces();
    void pop_bindings();
    bool take_simple_text();
    Ns resolve(std::string_view prefix, bool is_attribute) const;
    bool declared(std::string_view prefix) const;   // a prefix resolve() would resolve
    const Binding* binding(std::string_view prefix) const;   // the innermost one of `prefix`, or null
    void push_name(std::string_view qname);
    void pop_name(std::string_view qname);
    void decode_into(std::string& out, std::string_view raw, bool attribute);
    std::size_t offset_of(const char* p) const { return consumed_ + static_cast<std::size_t>(p - buf_.data()); }

    ByteSource& source_;
    ReadLimits limits_;
    std::string part_;

    // A growable byte buffer that, unlike std::vector<char>, leaves what it allocates
    // uninitialised: every part gets a 256 KiB buffer, and small parts touch little of it.
    class Buffer {
    public:
        char* data() { return data_.get(); }
        const char* data() const { return data_.get(); }
        std::size_t size() const { return size_; }
        void resize(std::size_t size) {   // keeps the first min(size(), size) bytes
            auto bigger = std::make_unique_for_overwrite<char[]>(size);
            if (size_ > 0) std::memcpy(bigger.get(), data_.get(), std::min(size_, size));
            data_ = std::move(bigger);
            size_ = size;
        }

    private:
        std::unique_ptr<char[]> data_;
        std::size_t size_ = 0;
    };

    Buffer buf_;
    std::size_t pos_ = 0, end_ = 0;
    std::size_t consumed_ = 0;      // bytes dropped from the front of buf_ so far
    bool eof_ = false;
    bool started_ = false;          // past the byte-order mark check
    bool seen_root_ = false;
    bool pending_end_ = false;      // a self-closing start awaits its end token
    bool collecting_ = false;       // element_text(): text tokens append

    std::string_view prefix_, local_;
    Ns ns_ = Ns::none;
    std::size_t depth_ = 0;
    std::vector<Attribute> attrs_;
    std::string attr_value_;
    std::string text_;
    std::string names_;                       // open element qnames, back to back
    std::vector<std::uint32_t> name_starts_;
    std::vector<Binding> bindings_;
    mutable Ns default_ns_ = Ns::none;      // the unprefixed namespace, cached until bindings change
    mutable bool default_ns_valid_ = false;
};

}  // namespace ramkoll::xlsx
