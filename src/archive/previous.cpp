// Each committee's latest archived form lines (see previous.hpp).
#include "archive/previous.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace ramkoll::archive {

std::map<std::string, validate::PreviousLines> previous_lines(const Archive& archive, const rules::Round& round) {
    std::map<std::string, validate::PreviousLines> out;
    archive.read_together([&] {   // one read transaction, not two per committee
        // Every committee's versions in one query: one per committee prepared two statements,
        // 2,900 of them for a national round even when the archive was empty.
        std::map<std::string, std::vector<Version>, std::less<>> by_committee;
        for (auto& v : archive.history({})) by_committee[v.committee].push_back(std::move(v));
        for (const auto& c : round.committees) {
            const auto found = by_committee.find(c.code);
            if (found == by_committee.end()) continue;
            auto& versions = found->second;
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
