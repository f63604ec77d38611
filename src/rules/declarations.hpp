// The checker's first pass: the round's declarations (round, years, unit, tolerances, indices,
// constants, committees with their parts and frames, the form, the result row) resolved into
// a Round without rules or annexes, which the later passes compile against.
#pragma once

#include "rules/checker.hpp"
#include "rules/reporter.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ramkoll::rules::detail {

class Declarations : Reporter {
public:
    explicit Declarations(Diagnostics& diagnostics) : Reporter(diagnostics) {}

    Round run(const std::vector<SourcedStatement>& statements);

private:
    struct Placed {
        const SourceText* source;
        const x3::position_tagged* node;
    };

    void once(const SourceText& source, const x3::position_tagged& node, std::optional<Placed>& seen,
              const char* keyword);
    std::vector<Money> amounts(const SourceText&, const ast::ValueList&, Unit* written_unit = nullptr);
    std::vector<Money> rates(const SourceText&, const ast::ValueList&);
    std::vector<Money> turnover(const SourceText&, const ast::ValueList&);
    bool right_count(const SourceText&, const ast::ValueList&);
    void declare_round(const std::vector<SourcedStatement>& statements);
    void declare_committee(const SourceText&, const ast::Committee&);
    void check_parts(const SourceText&, const ast::Committee&, const Committee&);
    void declare_bridge(const SourceText&, const ast::Bridge&);
    void declare_form(const SourceText&, const ast::Form&);
    bool first_use_of_line(const SourceText&, const ast::Name&);
    void check_totals();
    void check_result();

    std::string fmt_frame(Money kronor) const { return format_swedish(from_kronor(kronor, round_.frame_unit), 1); }

    Round round_;
    std::optional<Placed> round_seen_, years_seen_, unit_seen_, tolerance_seen_, frame_tolerance_seen_, result_seen_;
    std::vector<std::pair<const SourceText*, const ast::Committee*>> committees_;
    std::vector<std::pair<const SourceText*, const ast::Bridge*>> bridges_;
    std::vector<std::pair<const SourceText*, const ast::ListSection*>> list_committees_;
    const ast::ResultDecl* result_decl_ = nullptr;
    const SourceText* result_source_ = nullptr;
    std::map<std::string, Placed, std::less<>> line_places_;
    std::vector<std::pair<const SourceText*, const ast::Total*>> totals_;
};

}  // namespace ramkoll::rules::detail
