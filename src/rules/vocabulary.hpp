// The closed words of the rule language as enumerations, shared by the syntax tree (the
// grammar's x3::symbols produce them), the checked model and the evaluator: nothing a rule
// file says with a keyword is kept as a string and compared later.
#pragma once

#include <cstdint>
#include <string_view>

namespace ramkoll::rules {

// The sign every value of a form line or amount column must have.
enum class Sign { negative, positive, any };

// What a list column holds.
enum class ColumnKind { text, committee, amount, amount_per_year };
// A column of texts (a committee column holds a code), not of amounts.
inline bool holds_text(ColumnKind kind) { return kind == ColumnKind::text || kind == ColumnKind::committee; }

enum class Severity { error, warning, info };

// Which submissions and years a rule is evaluated for.
enum class Scope { each_submission, each_year, each_year_after_first, across_submissions };

enum class Comparison { equal, not_equal, less, less_equal, greater, greater_equal };

enum class Aggregate : std::uint8_t { sum, count, min, max };

// The unit word after a number: tkr, mnkr, or a percentage ("%" or "procent").
enum class WrittenUnit { tkr, mnkr, percent };

// "for A, B" takes only those committees; "except A, B" takes all others.
enum class SelectionMode { only, except };

// The words as a rule file writes them, for messages that quote the file.
std::string_view keyword(Sign sign);                // "negative", "positive", "any"
std::string_view keyword(Aggregate aggregate);      // "sum", "count", "min", "max"
std::string_view keyword(WrittenUnit unit);         // "tkr", "mnkr", "%"

}  // namespace ramkoll::rules
