// libFuzzer target: the rule-file parser and checker; when a file checks clean, also the
// tables of `rules show`. Includes resolve in a folder that does not exist.
#include "rules/loader.hpp"
#include "rules/show.hpp"

#include <cstdint>
#include <string>

using namespace ramkoll;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    const auto loaded = rules::load_rules_text("/nonexistent/ramkoll-fuzz/fuzz.rules", std::move(text));
    if (loaded.ok()) (void)rules::show_round(loaded.round, Lang::sv, loaded.round.frame_unit);
    for (const auto& d : loaded.diagnostics) (void)rules::format_diagnostic(d, Lang::en);
    return 0;
}
