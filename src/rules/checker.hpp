// Semantic checks of parsed rule files, before any submission is read: names, years, units,
// duplicates, totals that refer to themselves, part frames that do not fit their committee.
// Every error is collected; the result is the checked Round with its rules compiled.
#pragma once

#include "rules/ast.hpp"
#include "rules/diagnostic.hpp"
#include "rules/error_handler.hpp"
#include "rules/model.hpp"

#include <vector>

namespace ramkoll::rules {

// A statement together with the file it came from (includes already expanded in order).
struct SourcedStatement {
    const SourceText* source = nullptr;
    const ast::Statement* statement = nullptr;
};

// Returns the round; errors are appended to `diagnostics` (the round is only fit for use
// when none were added).
Round check_rules(const std::vector<SourcedStatement>& statements, Diagnostics& diagnostics);

}  // namespace ramkoll::rules
