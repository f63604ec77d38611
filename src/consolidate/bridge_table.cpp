// The frame bridge annex (seed 004's "Budgetramar 2023 per anslagsnivå"): per line the steps
// from last year's budget as declared (blank where the document leaves them blank), the frame
// in the bridge's year and the frames of the plan years after it. Nothing comes from the
// submissions: the bridge is part of the decided frames.
#include "consolidate/builders.hpp"

namespace ramkoll::consolidate::detail {

void bridge_table(const Units& units, const rules::BridgeTable& annex, Lang lang, Table& table) {
    const auto& round = units.round();
    const rules::Bridge& bridge = round.bridges[annex.bridge];
    // The committee whose frame is bridged heads the label column, as seed 004's "Regionstyrelsen".
    const rules::Committee* committee = bridge.lines.empty() ? nullptr : round.committee_of(bridge.lines.front().code);
    table.text_headers = {committee ? committee->name : std::string()};
    table.value_headers = bridge.steps;
    table.value_headers.push_back(fmt::format("{} {}", tr(lang, "Budget", "Budget"), bridge.year));
    for (std::size_t y = bridge.year_index + 1; y < round.years.size(); ++y)
        table.value_headers.push_back(fmt::format("{} {}", tr(lang, "Plan", "Plan"), round.years[y]));
    for (const auto& line : bridge.lines) {
        Row row{line.committee ? RowKind::total : RowKind::item, {line.label}, 0, {}, {}, false, false};
        row.values = line.steps;
        const std::vector<Money>* frame = nullptr;
        for (const auto& c : round.committees) {
            if (c.code == line.code) frame = &c.frame;
            for (const auto& p : c.parts)
                if (p.code == line.code) frame = &p.frame;
        }
        for (std::size_t y = bridge.year_index; y < round.years.size(); ++y)
            row.values.push_back(frame && y < frame->size() ? std::optional<Money>((*frame)[y]) : std::nullopt);
        table.rows.push_back(std::move(row));
    }
}

}  // namespace ramkoll::consolidate::detail
