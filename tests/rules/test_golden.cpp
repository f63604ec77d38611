// Golden tests: every tests/rules/<case>.rules is loaded; a broken file's diagnostics, or a valid
// file's `rules show` text, must equal <case>.expected (Swedish) and, where present,
// <case>.en.expected (English).
#include "rules/loader.hpp"
#include "rules/show.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace ramkoll;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string render(const rules::LoadedRules& loaded, Lang lang) {
    if (loaded.ok()) return rules::show_round(loaded.round, lang, loaded.round.frame_unit);
    std::string out;
    for (const auto& d : loaded.diagnostics) out += rules::format_diagnostic(d, lang);
    return out;
}

}  // namespace

TEST_CASE("golden cases under tests/rules") {
    fs::current_path(RAMKOLL_SOURCE_DIR);
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator("tests/rules"))
        if (entry.path().extension() == ".rules") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 20);
    for (const auto& path : cases) {
        fs::path relative = fs::path("tests/rules") / path.filename();
        auto loaded = rules::load_rules(relative);
        for (auto [lang, suffix] : {std::pair{Lang::sv, ".expected"}, std::pair{Lang::en, ".en.expected"}}) {
            fs::path expected = relative;
            expected.replace_extension(suffix);
            if (lang == Lang::en && !fs::exists(expected)) continue;
            INFO("case " << relative.string() << " (" << suffix << ")");
            REQUIRE(fs::exists(expected));
            CHECK(render(loaded, lang) == read(expected));
        }
    }
}
