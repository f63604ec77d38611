// The committees of a report and the findings of no committee (see committees.hpp).
#include "report/committees.hpp"

namespace ramkoll::report {

std::vector<CommitteeEntry> committee_entries(const rules::Round& round, const validate::Result& result) {
    std::vector<CommitteeEntry> out;
    for (const auto& c : round.committees) {
        CommitteeEntry entry{&c, {}, validate::tally(result, c.code)};
        for (const auto& file : result.files)
            if (file.committee == c.code && file.used) entry.files.push_back(file.path.filename().string());
        out.push_back(std::move(entry));
    }
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
