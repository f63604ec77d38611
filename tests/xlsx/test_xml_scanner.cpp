// The XML scanner on its own: tokens, namespaces, references, CDATA, refusals, and
// tokens that straddle the chunks a streaming source delivers.
#include "xlsx/error.hpp"
#include "xlsx/xml_scanner.hpp"

#include <catch2/catch.hpp>

#include "trickle_source.hpp"

#include <string>

using namespace ramkoll::xlsx;
using ramkoll::test::TrickleSource;
using Token = XmlScanner::Token;

namespace {

// Renders the token stream compactly: "<main:c r=B2>" "text" "</c>".
std::string tokens(const std::string& xml, std::size_t step = 1 << 20) {
    TrickleSource source(xml, step);
    XmlScanner scanner(source, ReadLimits{}, "test.xml");
    std::string out;
    for (auto t = scanner.next(); t != Token::eof; t = scanner.next()) {
        if (t == Token::start) {
            out.append("<").append(scanner.local_name());
            if (scanner.ns() == Ns::main) out += "@main";
            if (auto r = scanner.attribute("r")) out.append(" r=").append(*r);
            out += ">";
        } else if (t == Token::end) {
            out.append("</").append(scanner.local_name()).append(">");
        } else {
            out.append("[").append(scanner.text()).append("]");
        }
    }
    return out;
}

ErrorKind error_of(const std::string& xml) {
    try {
        tokens(xml);
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("no error for: " << xml);
    return ErrorKind::io;
}

const std::string main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string strict_ns = "http://purl.oclc.org/ooxml/spreadsheetml/main";

}  // namespace

TEST_CASE("scanner yields elements, attributes and text in order", "[xml]") {
    const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a xmlns=\"" + main_ns +
                            "\"><c r=\"B2\"><v>12.5</v></c><c r='C2'/></a>";
    CHECK(tokens(xml) == "<a@main><c@main r=B2><v@main>[12.5]</v></c><c@main r=C2></c></a>");
}

TEST_CASE("scanner gives the same tokens however the input is chunked", "[xml]") {
    const std::string xml = "<a xmlns=\"" + main_ns +
                            "\"><!-- note --><c r=\"B2\" t=\"s\"><v>1&amp;2</v></c>"
                            "<t><![CDATA[x<y]]> &#x1F600;&#229;</t></a>";
    const std::string whole = tokens(xml);
    for (std::size_t step : {1, 2, 3, 7, 64}) CHECK(tokens(xml, step) == whole);
    CHECK(whole == "<a@main><c@main r=B2><v@main>[1&2]</v></c><t@main>[x<y][ \xF0\x9F\x98\x80\xC3\xA5]</t></a>");
}

TEST_CASE("scanner resolves prefixes and treats strict and transitional alike", "[xml]") {
    CHECK(tokens("<x:a xmlns:x=\"" + main_ns + "\"><x:c r=\"A1\"/></x:a>") == "<a@main><c@main r=A1></c></a>");
    CHECK(tokens("<a xmlns=\"" + strict_ns + "\"><c/></a>") == "<a@main><c@main></c></a>");
    // A prefix bound inside an element goes out of scope with it.
    CHECK(tokens("<a><b xmlns:y=\"" + main_ns + "\"><y:c/></b><c/></a>") == "<a><b><c@main></c></b><c></c></a>");
}

TEST_CASE("scanner decodes attribute references and normalises white space", "[xml]") {
    MemorySource source("<a r=\"x&lt;&quot;y&#10;\tz\"/>");
    XmlScanner scanner(source, ReadLimits{}, "t.xml");
    REQUIRE(scanner.next() == Token::start);
    CHECK(scanner.attribute("r").value() == "x<\"y\n z");
    CHECK_FALSE(scanner.attribute("missing").has_value());
}

TEST_CASE("element_text joins text and CDATA and stops at the end tag", "[xml]") {
    MemorySource source("<a><t>one <![CDATA[two]]> three</t><u>after</u></a>");
    XmlScanner scanner(source, ReadLimits{}, "t.xml");
    REQUIRE(scanner.next() == Token::start);
    REQUIRE(scanner.next() == Token::start);
    CHECK(scanner.element_text() == "one two three");
    REQUIRE(scanner.next() == Token::start);
    CHECK(scanner.local_name() == "u");
}

TEST_CASE("scanner refuses DTDs and malformed XML", "[xml]") {
    CHECK(error_of("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>") == ErrorKind::xml_dtd);
    CHECK(error_of("<a>&x;</a>") == ErrorKind::xml_malformed);
    CHECK(error_of("<a><b></a>") == ErrorKind::xml_malformed);
    CHECK(error_of("<a><b>") == ErrorKind::xml_malformed);
    CHECK(error_of("<a></a><b/>") == ErrorKind::xml_malformed);
    CHECK(error_of("<a b=c/>") == ErrorKind::xml_malformed);
    CHECK(error_of("<p:a/>") == ErrorKind::xml_malformed);
    CHECK(error_of("<a>&#0;</a>") == ErrorKind::xml_malformed);
    CHECK(error_of("") == ErrorKind::xml_malformed);
    CHECK(error_of("\xFF\xFE<\0a\0/\0>\0") == ErrorKind::unsupported);
    CHECK(error_of("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>") == ErrorKind::unsupported);
}

TEST_CASE("scanner enforces depth and token limits", "[xml]") {
    ReadLimits limits;
    limits.max_xml_depth = 3;
    MemorySource deep("<a><b><c><d/></c></b></a>");
    XmlScanner scanner(deep, limits, "t.xml");
    try {
        while (scanner.next() != Token::eof) {
        }
        FAIL("depth limit not enforced");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::limit_exceeded);
        CHECK_THAT(e.detail(), Catch::Contains("depth > 3"));
    }
    limits = ReadLimits{};
    limits.max_token_bytes = 1024;
    const std::string big = "<a>" + std::string(600 * 1024, 'x') + "</a>";
    MemorySource text(big);
    XmlScanner scanner2(text, limits, "t.xml");
    CHECK_THROWS_AS([&] { while (scanner2.next() != Token::eof) {} }(), Error);
}
