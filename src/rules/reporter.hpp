// What the checker's passes share (declarations.cpp, rule_compiler.cpp, annex_checker.cpp):
// reporting a problem at a node of the syntax tree, and reading a number with its unit.
#pragma once

#include "common/message.hpp"
#include "common/swedish_number.hpp"
#include "rules/ast.hpp"
#include "rules/diagnostic.hpp"
#include "rules/error_handler.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ramkoll::rules::detail {

std::string join_years(const std::vector<int>& years);   // "2024 2025 2026"

class Reporter {
public:
    explicit Reporter(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

protected:
    // Reports `what` at `node`: error(source, node, both({"okänd rad {}", "unknown line {}"}, name)).
    void error(const SourceText& source, const x3::position_tagged& node, Texts what) {
        diagnostics_.push_back({source.location(node), std::move(what)});
    }
    // The number of a quantity (a percentage when written with % or procent), or a report.
    std::optional<SwedishNumber> number(const SourceText&, const ast::Quantity&);
    // The unit of an amount: tkr, mnkr, or `unwritten` when none is written; a percentage is
    // reported unless `allow_percent`.
    std::optional<Unit> amount_unit(const SourceText&, const ast::Quantity&, Unit unwritten, bool allow_percent);

    Diagnostics& diagnostics_;
};

}  // namespace ramkoll::rules::detail
