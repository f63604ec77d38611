// The bundled rule files loaded once per test process: test::round_2024() is
// rules/blekinge-2024.rules (seed 000), test::load_round(path) any other, e.g. blekinge-2020.
// A rule file with errors throws, so a test never runs on half a round.
#pragma once

#include "rules/loader.hpp"

#include <deque>
#include <stdexcept>
#include <string>

namespace ramkoll::test {

inline const rules::Round& load_round(const std::string& file) {
    static std::deque<rules::LoadedRules> loaded;
    for (const auto& l : loaded)
        if (!l.files.empty() && l.files.front().source->file_name() == file) return l.round;
    loaded.push_back(rules::load_rules(file));
    if (!loaded.back().ok()) throw std::runtime_error(file + " has errors");
    return loaded.back().round;
}

inline const rules::Round& round_2024() { return load_round(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules"); }

}  // namespace ramkoll::test
