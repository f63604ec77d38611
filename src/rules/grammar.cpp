// The one translation unit that compiles the grammar (keeps X3's compile time in one place).
#include "rules/config.hpp"
#include "rules/grammar_def.hpp"

namespace ramkoll::rules::grammar {
BOOST_SPIRIT_INSTANTIATE(statement_type, iterator_type, context_type)
}  // namespace ramkoll::rules::grammar

namespace ramkoll::rules {
const grammar::statement_type& statement_parser() { return grammar::statement; }
}  // namespace ramkoll::rules
