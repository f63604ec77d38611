// Name: interned file and sheet names. Equal exactly when the texts are, whatever the source
// of the text (including from several threads at once), copied as a pointer, formatted as text.
#include "common/name.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

using ramkoll::Name;

TEST_CASE("Name is equal to another exactly when their texts are", "[name]") {
    const std::string built = std::string("Bas") + "enheter";
    const Name a("Basenheter"), b(built), c("Basenhet");
    CHECK(a == b);
    CHECK(&a.str() == &b.str());   // one text for both
    CHECK_FALSE(a == c);
    CHECK(a == std::string_view("Basenheter"));
    CHECK_FALSE(c == std::string("Basenheter"));
    CHECK(Name() == Name(""));
    CHECK(Name().empty());
    CHECK_FALSE(a.empty());
    // Case, spaces and non-ASCII text are part of the name.
    CHECK_FALSE(Name("budget") == Name("Budget"));
    CHECK_FALSE(Name("Budget ") == Name("Budget"));
    CHECK(Name("Överenskommelser").str() == "Överenskommelser");
}

TEST_CASE("Name is a pointer to copy, shown as its text", "[name]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<Name>);
    STATIC_REQUIRE(sizeof(Name) == sizeof(void*));
    const Name sheet("Budget TN");
    CHECK(fmt::format("[{}]", sheet) == "[Budget TN]");
    CHECK(fmt::format("{:>10}", sheet) == " Budget TN");
    std::ostringstream out;
    out << sheet;
    CHECK(out.str() == "Budget TN");
    const std::string& text = sheet;
    CHECK(text == "Budget TN");
}

TEST_CASE("Name interned from several threads at once gives one text per name", "[name]") {
    constexpr int threads = 4, names = 500;
    std::vector<std::vector<const std::string*>> seen(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([t, &seen] {
            for (int i = 0; i < names; ++i) seen[t].push_back(&Name(fmt::format("thread-test-{}", i)).str());
        });
    for (auto& w : workers) w.join();
    std::set<const std::string*> distinct;
    for (int i = 0; i < names; ++i) {
        for (int t = 1; t < threads; ++t) CHECK(seen[t][i] == seen[0][i]);
        CHECK(*seen[0][i] == fmt::format("thread-test-{}", i));
        distinct.insert(seen[0][i]);
    }
    CHECK(distinct.size() == names);
}
