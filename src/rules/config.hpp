// The iterator, skipper and context types the grammar is instantiated with (grammar.cpp)
// and called with (parser.cpp); both must agree exactly.
#pragma once

#include "rules/error_handler.hpp"

#include <boost/spirit/home/x3.hpp>

#include <functional>
#include <string>
#include <type_traits>

namespace ramkoll::rules {

using iterator_type = std::string::const_iterator;

// Blanks, line ends and comments from '#' to the end of the line.
inline const auto skipper = x3::ascii::space | x3::lexeme['#' >> *(x3::char_ - x3::eol)];
using skipper_type = std::remove_cv_t<decltype(skipper)>;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type =
    x3::context<x3::error_handler_tag, std::reference_wrapper<SourceText>, phrase_context_type>;

}  // namespace ramkoll::rules
