// The shared strings table: the fast path for plain items (<si><t>…</t></si>) reads every
// item exactly as the general path does, whole or split across the reader's buffer refills,
// and keeps the same limits.
#include "xlsx/error.hpp"
#include "xlsx/shared_strings.hpp"

#include <catch2/catch.hpp>

#include "trickle_source.hpp"

#include <string>
#include <vector>

using namespace ramkoll::xlsx;
using ramkoll::test::TrickleSource;

namespace {

std::string sst(const std::vector<std::string>& items) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const auto& item : items) xml += item;
    return xml + "</sst>";
}

std::vector<std::string> parse(const std::string& xml, std::size_t step = 1 << 20, ReadLimits limits = {}) {
    TrickleSource source(xml, step);
    const auto table = SharedStrings::parse(source, "xl/sharedStrings.xml", limits);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < table.size(); ++i) out.emplace_back(table.at(i));
    return out;
}

// The same item the fast path does not take: an attribute on <si> (which no reading uses)
// sends it down the general path.
std::string general(std::string item) { return item.replace(0, 4, "<si x=\"1\">"); }

}  // namespace

TEST_CASE("plain shared string items read as the general path reads them", "[shared-strings]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"<si><t>Intäkter</t></si>", "Intäkter"},
        {"<si><t>  Personal  </t></si>", "Personal"},                        // trimmed, as Excel does
        {"<si><t xml:space=\"preserve\">  Personal  </t></si>", "  Personal  "},
        {"<si><t>\n\tDrift\t\n</t></si>", "Drift"},
        {"<si><t>rad 1\nrad 2</t></si>", "rad 1\nrad 2"},
        {"<si><t></t></si>", ""},
        {"<si><t/></si>", ""},
        {"<si><t>A &amp; B</t></si>", "A & B"},                               // a reference: general path
        {"<si><t>one\r\ntwo</t></si>", "one\ntwo"},                           // a CR: general path
        {"<si><t>x_x000D_y</t></si>", "x\ry"},                                // Excel's escape, both paths
        {"<si><t>Budgetunderlag 2024–2026: Nämnd 1 (N0001)</t></si>", "Budgetunderlag 2024–2026: Nämnd 1 (N0001)"},
        {"<si><r><t>hello </t></r><r><t>world</t></r></si>", "helloworld"},
        {"<si><t xml:space=\"default\"> d </t></si>", "d"},
        {"<si><t>1 &lt; 2</t><rPh><t>x</t></rPh></si>", "1 < 2"},
        {"<si><t>a > b</t></si>", "a > b"},
    };
    std::vector<std::string> plain_items, general_items, expected;
    for (const auto& [item, value] : cases) {
        plain_items.push_back(item);
        general_items.push_back(general(item));
        expected.push_back(value);
    }
    // Items one after another, with white space between some, in one buffer and in steps of
    // every size that splits an item somewhere.
    std::vector<std::string> spaced = plain_items;
    spaced[3] = "\n  " + spaced[3];
    const auto reference = parse(sst(general_items));
    CHECK(reference == expected);
    CHECK(parse(sst(plain_items)) == expected);
    CHECK(parse(sst(spaced)) == expected);
    for (std::size_t step : {1, 2, 3, 5, 7, 11, 16, 64})
        CHECK(parse(sst(plain_items), step) == expected);
}

TEST_CASE("plain shared string items keep the limits on count and length", "[shared-strings]") {
    ReadLimits few;
    few.max_shared_strings = 2;
    CHECK(parse(sst({"<si><t>a</t></si>", "<si><t>b</t></si>"}), 1 << 20, few).size() == 2);
    CHECK_THROWS_AS(parse(sst({"<si><t>a</t></si>", "<si><t>b</t></si>", "<si><t>c</t></si>"}), 1 << 20, few), Error);
    ReadLimits short_strings;
    short_strings.max_string_bytes = 3;
    CHECK(parse(sst({"<si><t>abc</t></si>"}), 1 << 20, short_strings).size() == 1);
    CHECK_THROWS_AS(parse(sst({"<si><t>abcd</t></si>"}), 1 << 20, short_strings), Error);
}
