// The committees of a report and the findings of no committee (see committees.hpp).
#include "report/committees.hpp"

namespace ramkoll::report {

std::vector<CommitteeEntry> committee_entries(const rules::Round& round, const validate::Result& result) {
    std::vector<CommitteeEntry> out;
    out.reserve(round.committees.size());
    for (const auto& c : round.committees) out.push_back({&c, {}, {}});
    // One pass over the findings and one over the files, each to its committee by the round's
    // index of codes (a national round has thousands of committees and files).
    auto entry_of = [&](const std::string& code) -> CommitteeEntry* {
        const auto* c = round.committee(code);
        return c == nullptr ? nullptr : &out[static_cast<std::size_t>(c - round.committees.data())];
    };
    for (const auto& f : result.findings)
        if (auto* entry = entry_of(f.committee)) entry->tally.add(f);
    for (const auto& file : result.files)
        if (file.used)
            if (auto* entry = entry_of(file.committee)) entry->files.push_back(file.path.filename().string());
    return out;
}

OtherFindings other_findings(const rules::Round& round, const validate::Result& result) {
    OtherFindings out;
    for (const auto& f : result.findings) {
        if (round.committee(f.committee) != nullptr) continue;
        const bool across = f.kind == validate::FindingKind::rule && f.committee.empty();
        (across ? out.across_committees : out.unknown_committee).push_back(&f);
    }
    return out;
}

double shown_number(const rules::Round& round, const validate::Values& values, Money value) {
    const Money shown = values.kind == rules::ValueKind::amount ? from_kronor(value, round.unit) : value;
    return static_cast<double>(shown.raw()) / static_cast<double>(Money::scale);
}

}  // namespace ramkoll::report
