// Declares the X3 parser of one top-level statement of a rule file; defined in
// grammar_def.hpp and instantiated once, in grammar.cpp.
#pragma once

#include "rules/ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace ramkoll::rules {

namespace x3 = boost::spirit::x3;

namespace grammar {
struct statement_class;
using statement_type = x3::rule<statement_class, ast::Statement>;
BOOST_SPIRIT_DECLARE(statement_type)
}  // namespace grammar

// The parser for one statement: include, round, years, unit, tolerance, index, constant,
// result, committee, form, rule or annex.
const grammar::statement_type& statement_parser();

}  // namespace ramkoll::rules
