// The checker as passes: the declarations build the Round; annexes and rules are compiled
// over it, unchanged; then each text column learns the values the rules and annexes use, and
// every compiled program is verified against what the evaluator assumes. Beside the
// declarations, the form is checked for what its template needs (template_fit.hpp).
#include "rules/checker.hpp"

#include "rules/column_values.hpp"
#include "rules/compiler.hpp"
#include "rules/declarations.hpp"
#include "rules/template_fit.hpp"
#include "rules/verify.hpp"

namespace ramkoll::rules {

Round check_rules(const std::vector<SourcedStatement>& statements, Diagnostics& diagnostics) {
    Round round = detail::Declarations(diagnostics).run(statements);
    detail::TemplateFit(diagnostics).run(statements);
    detail::Compiler compiler(round, diagnostics);
    std::vector<Annex> annexes = compiler.annexes(statements);
    std::vector<CompiledRule> rules = detail::built_in_rules(round);
    for (auto& rule : compiler.rules(statements)) rules.push_back(std::move(rule));
    round.rules = std::move(rules);
    round.annexes = std::move(annexes);
    declare_column_values(round);
    verify(round);
    return round;
}

}  // namespace ramkoll::rules
