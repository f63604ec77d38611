// Errors in a rule file as values: where (file, line, column, the source line) and what,
// in Swedish and English. Turned into text in one place, format_diagnostic.
#pragma once

#include "common/message.hpp"

#include <string>
#include <vector>

namespace ramkoll::rules {

struct Location {
    std::string file;
    int line = 0;                 // 1-based
    int column = 0;               // 1-based, counted in characters (UTF-8 aware)
    std::string source_line;      // the whole line, for the caret display
};

struct Diagnostic {
    Location where;
    Texts what;
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line:column: fel: message", the source line and a caret under the column
// ("file: fel: message" when there is no line, e.g. a file that cannot be read).
std::string format_diagnostic(const Diagnostic& diagnostic, Lang lang);

}  // namespace ramkoll::rules
