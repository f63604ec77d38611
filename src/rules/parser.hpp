// Parses the text of one rule file into statements, recovering after a syntax error at the
// next line that starts in the first column, so that every syntax error is reported.
#pragma once

#include "rules/ast.hpp"
#include "rules/error_handler.hpp"

#include <memory>
#include <string>
#include <vector>

namespace ramkoll::rules {

struct ParsedFile {
    std::unique_ptr<SourceText> source;      // owns the text the positions point into
    std::vector<ast::Statement> statements;  // the statements that parsed
};

// Syntax errors are in result.source->diagnostics().
ParsedFile parse_rule_text(std::string file_name, std::string text);

}  // namespace ramkoll::rules
