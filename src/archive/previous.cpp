// Each committee's latest archived form lines (see previous.hpp).
#include "archive/previous.hpp"

#include <algorithm>

namespace ramkoll::archive {

std::map<std::string, validate::PreviousLines> previous_lines(const Archive& archive, const rules::Round& round) {
    std::map<std::string, validate::PreviousLines> out;
    archive.read_together([&] {   // one read transaction, not two per committee
        for (const auto& c : round.committees) {
            auto versions = archive.history(c.code);
            std::sort(versions.begin(), versions.end(), [](const Version& a, const Version& b) { return a.number > b.number; });
            for (const auto& v : versions) {
                validate::PreviousLines lines;
                for (const auto& a : archive.amounts(c.code, v.number))
                    if (const auto index = round.form.line_index(a.line)) lines[{*index, a.year}] = a.kronor;
                if (lines.empty()) continue;
                out[c.code] = std::move(lines);
                break;
            }
        }
    });
    return out;
}

}  // namespace ramkoll::archive
