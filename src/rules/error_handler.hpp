// The source of one rule file during parsing: tags syntax-tree nodes with their position
// (x3::position_cache), turns positions into file:line:column, and records syntax errors.
#pragma once

#include "rules/diagnostic.hpp"

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::rules {

namespace x3 = boost::spirit::x3;

class SourceText {
public:
    using iterator = std::string::const_iterator;

    SourceText(std::string file_name, std::string text);
    SourceText(const SourceText&) = delete;
    SourceText& operator=(const SourceText&) = delete;

    const std::string& file_name() const { return file_name_; }
    const std::string& text() const { return text_; }

    // Called by x3::annotate_on_success for every position_tagged node.
    template <typename Node>
    void tag(Node& node, iterator first, iterator last) { positions_.annotate(node, first, last); }

    Location location(iterator where) const;
    Location location(const x3::position_tagged& node) const;
    // The source text of a node with its line breaks and indentation folded to single spaces.
    std::string text_of(const x3::position_tagged& node) const;

    // A syntax error: `what` is the name of the expected X3 rule or a quoted literal.
    void expected(iterator where, std::string_view what);
    void error(iterator where, Texts what);
    Diagnostics& diagnostics() { return diagnostics_; }

private:
    std::string file_name_;
    std::string text_;
    x3::position_cache<std::vector<iterator>> positions_;
    Diagnostics diagnostics_;
};

// The on_error handler shared by the statement rules: records the error, gives up the
// statement (the parse driver resumes at the next top-level keyword).
struct error_handler_base {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, const Iterator&, const Exception& x,
                                      const Context& context) {
        auto& source = x3::get<x3::error_handler_tag>(context).get();
        source.expected(x.where(), x.which());
        return x3::error_handler_result::fail;
    }
};

}  // namespace ramkoll::rules
