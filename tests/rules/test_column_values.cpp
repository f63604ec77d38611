// The declared values of the form's text columns, collected from the rules and annexes as the
// reading of submissions uses them: Interna.Roll is closed on the agreements annex's seller and
// buyer texts; Basenheter.Basenhet carries the texts Bilaga 1 filters on but stays open.
#include "bundled_rounds.hpp"
#include "rules/agreements.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ramkoll;
using test::round_2024;

namespace {

const rules::FormColumn& column(const char* list, const char* name) {
    const auto* l = round_2024().form.list(list);
    REQUIRE(l != nullptr);
    const auto* c = l->column(name);
    REQUIRE(c != nullptr);
    return *c;
}

}  // namespace

TEST_CASE("the agreements role column is closed on the declared seller and buyer texts") {
    const auto& roll = column("Interna", "Roll");
    CHECK(roll.values == std::vector<std::string>{"köpare", "säljare"});
    CHECK(roll.closed);
    const auto agreements = rules::agreements_list(round_2024());
    REQUIRE(agreements);
    CHECK(agreements->seller == "säljare");
    CHECK(agreements->buyer == "köpare");
}

TEST_CASE("a text column an annex filters on declares the texts it uses and stays open") {
    const auto& basenhet = column("Basenheter", "Basenhet");
    CHECK(basenhet.values == std::vector<std::string>{"Finansiella poster", "Skatteintäkter", "Statsbidrag"});
    CHECK_FALSE(basenhet.closed);
    CHECK(column("Satsningar", "Benämning").values.empty());
    CHECK_FALSE(column("Interna", "Avser").closed);
}
