// Tests of say() and both(): each language formatted from one list of arguments, escapes,
// explicit indices, Texts arguments, and the compile-time check of used_arguments().
#include "common/message.hpp"

#include <catch2/catch.hpp>

#include <string>

using ramkoll::both;
using ramkoll::Lang;
using ramkoll::say;
using ramkoll::Texts;
using ramkoll::message_detail::used_arguments;

TEST_CASE("message: say writes the message in the chosen language") {
    CHECK(say(Lang::sv, {"{} filer lästa", "{} files read"}, 3) == "3 filer lästa");
    CHECK(say(Lang::en, {"{} filer lästa", "{} files read"}, 3) == "3 files read");
    const std::string name = "HSN";
    CHECK(say(Lang::sv, {"{}: version {} finns inte", "{}: there is no version {}"}, name, 7) == "HSN: version 7 finns inte");
    CHECK(say(Lang::en, {"{}: version {} finns inte", "{}: there is no version {}"}, name, 7) == "HSN: there is no version 7");
}

TEST_CASE("message: both keeps the message in both languages") {
    const Texts t = both({"okänd lista \"{}\"", "unknown list \"{}\""}, "Avtal");
    CHECK(t.sv == "okänd lista \"Avtal\"");
    CHECK(t.en == "unknown list \"Avtal\"");
    CHECK(t.in(Lang::sv) == t.sv);
    CHECK(t.in(Lang::en) == t.en);
}

TEST_CASE("message: explicit indices may put the arguments in another order in each language") {
    CHECK(say(Lang::sv, {"{1} av {0}", "{0}'s {1}"}, "HSN", "ramen") == "ramen av HSN");
    CHECK(say(Lang::en, {"{1} av {0}", "{0}'s {1}"}, "HSN", "frame") == "HSN's frame");
    // An argument used twice in one text and once in the other.
    CHECK(both({"{0} {0} {1}", "{1} {0}"}, 1, 2) == Texts{"1 1 2", "2 1"});
}

TEST_CASE("message: braces written twice are text, not placeholders") {
    CHECK(both({"okänd platshållare {{{}}}; giltiga är {{väntat}}", "unknown placeholder {{{}}}; valid are {{expected}}"},
               "x") == Texts{"okänd platshållare {x}; giltiga är {väntat}", "unknown placeholder {x}; valid are {expected}"});
    CHECK(say(Lang::sv, {"}} {{", "{{ }}"}) == "} {");
}

TEST_CASE("message: format specs and nested width fields count as uses") {
    CHECK(say(Lang::sv, {"{:>{}}|", "{:<{}}|"}, "ab", 4) == "  ab|");
    CHECK(say(Lang::en, {"{:>{}}|", "{:<{}}|"}, "ab", 4) == "ab  |");
    CHECK(say(Lang::en, {"{0:.{1}f}", "{0:.{1}f}"}, 1.25, 1) == "1.2");
}

TEST_CASE("message: a Texts argument is written in the language being formatted") {
    const Texts hint{", menade du \"Drift\"?", "; did you mean \"Drift\"?"};
    const Texts t = both({"okänd rad \"{}\"{}", "unknown line \"{}\"{}"}, "Drfit", hint);
    CHECK(t.sv == "okänd rad \"Drfit\", menade du \"Drift\"?");
    CHECK(t.en == "unknown line \"Drfit\"; did you mean \"Drift\"?");
    CHECK(say(Lang::en, {"{} {}", "{} {}"}, 2, Texts{"värden", "values"}) == "2 values");
}

TEST_CASE("message: used_arguments tells which arguments a format string uses") {
    STATIC_REQUIRE(used_arguments("") == 0);
    STATIC_REQUIRE(used_arguments("no fields") == 0);
    STATIC_REQUIRE(used_arguments("{}") == 0b1);
    STATIC_REQUIRE(used_arguments("{} and {}") == 0b11);
    STATIC_REQUIRE(used_arguments("{2} {0}") == 0b101);
    STATIC_REQUIRE(used_arguments("{{}} {{0}}") == 0);
    STATIC_REQUIRE(used_arguments("{{{}}}") == 0b1);
    STATIC_REQUIRE(used_arguments("}}{}{{") == 0b1);
    STATIC_REQUIRE(used_arguments("{:>10} {:.2f}") == 0b11);
    STATIC_REQUIRE(used_arguments("{:{}.{}}") == 0b111);
    STATIC_REQUIRE(used_arguments("{0:{2}}") == 0b101);
    STATIC_REQUIRE(used_arguments("{12}") == std::uint64_t{1} << 12);
}
