// The findings as JSON (see json.hpp).
#include "report/json.hpp"

#include "report/committees.hpp"

namespace ramkoll::report {

using nlohmann::ordered_json;

ordered_json findings_json(const rules::Round& round, const std::string& rules_file, const validate::Result& result) {
    ordered_json committees = ordered_json::array();
    for (const auto& entry : committee_entries(round, result)) {
        const auto& c = *entry.committee;
        committees.push_back({{"code", c.code}, {"name", c.name},
                              {"status", validate::status_key(entry.tally.status())},
                              {"errors", entry.tally.errors}, {"warnings", entry.tally.warnings}, {"files", entry.files},
                              {"deadline", c.deadline ? ordered_json(*c.deadline) : ordered_json()}});
    }
    ordered_json findings = ordered_json::array();
    for (const auto& f : result.findings) {
        auto nullable = [](const std::string& s) { return s.empty() ? ordered_json() : ordered_json(s); };
        ordered_json j{{"committee", nullable(f.committee)}, {"kind", validate::kind_key(f.kind)},
                       {"location", nullable(validate::location(f))}, {"file", nullable(f.file)},
                       {"sheet", nullable(f.sheet)}, {"cell", f.cell ? ordered_json(xlsx::to_string(*f.cell)) : ordered_json()},
                       {"rule", f.rule}, {"severity", validate::severity_key(f.severity)},
                       {"year", f.year ? ordered_json(*f.year) : ordered_json()}};
        if (f.values) {
            j["expected"] = shown_number(round, *f.values, f.values->expected);
            j["actual"] = shown_number(round, *f.values, f.values->actual);
            j["difference"] = shown_number(round, *f.values, f.values->difference);
            j["unit"] = f.values->kind == rules::ValueKind::amount ? ordered_json(unit_name(round.unit)) : ordered_json();
        } else {
            j["expected"] = j["actual"] = j["difference"] = j["unit"] = nullptr;
        }
        j["message"] = f.message;
        findings.push_back(std::move(j));
    }
    return {{"rules", rules_file}, {"round", round.title}, {"unit", unit_name(round.unit)},
            {"errors", result.has_errors()}, {"committees", committees}, {"findings", findings}};
}

}  // namespace ramkoll::report
