// The parse loop: one statement at a time with the X3 grammar, resynchronising after errors.
#include "rules/parser.hpp"

#include "common/message.hpp"
#include "rules/config.hpp"
#include "rules/grammar.hpp"

#include <string_view>

namespace ramkoll::rules {

namespace {

// Expressions nest through parentheses and minus signs ("-(-(…", "- - - 5"), and the parser
// and the checker recurse once per level: a statement nested deeper than this is refused
// before parsing, so no rule file can exhaust the stack. Real rules nest two or three levels.
constexpr std::size_t max_nesting = 50;

// Where a statement first nests deeper than max_nesting, or npos. Counts open parentheses
// and brackets plus the minus signs in a row before an operand; text in quotes and comments
// is skipped, and a statement (a line starting in the first column) starts again at zero.
std::size_t too_deep_at(std::string_view text) {
    std::size_t depth = 0, signs = 0;
    bool in_text = false, in_comment = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            in_comment = in_text = false;
            if (i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\t' && text[i + 1] != '\n' &&
                text[i + 1] != '\r' && text[i + 1] != '#')
                depth = signs = 0;
            continue;
        }
        if (in_comment) continue;
        if (in_text) {
            in_text = c != '"';
            continue;
        }
        const std::string_view rest = text.substr(i);
        if (c == '#') {
            in_comment = true;
        } else if (c == '"') {
            in_text = true;
            signs = 0;
        } else if (c == '(' || c == '[') {
            ++depth;
        } else if (c == ')' || c == ']') {
            depth -= depth > 0 ? 1 : 0;
            signs = 0;
        } else if (c == '-') {
            ++signs;
        } else if (rest.starts_with("\xE2\x88\x92") || rest.starts_with("\xE2\x80\x93")) {   // − –
            ++signs;
            i += 2;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            signs = 0;
        }
        if (depth + signs > max_nesting) return i;
    }
    return std::string_view::npos;
}

// The start of the next line after `from` that begins in the first column with something
// other than a blank or a comment: statements start there, their continuations are indented.
std::size_t resume_point(std::string_view text, std::size_t from) {
    for (std::size_t i = text.find('\n', from); i != std::string_view::npos; i = text.find('\n', i + 1)) {
        if (i + 1 >= text.size()) break;
        char c = text[i + 1];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '#') return i + 1;
    }
    return text.size();
}

}  // namespace

ParsedFile parse_rule_text(std::string file_name, std::string text) {
    ParsedFile file;
    file.source = std::make_unique<SourceText>(std::move(file_name), std::move(text));
    SourceText& source = *file.source;
    const std::string& t = source.text();
    if (const auto deep = too_deep_at(t); deep != std::string_view::npos) {
        source.error(t.begin() + static_cast<std::ptrdiff_t>(deep),
                     both({"uttrycket är nästlat i mer än {} nivåer (parenteser och minustecken); filen tolkas inte",
                           "the expression nests more than {} levels deep (parentheses and minus signs); "
                           "the file is not parsed"},
                          max_nesting));
        return file;
    }
    const auto parser = x3::with<x3::error_handler_tag>(std::ref(source))[statement_parser()];

    iterator_type first = t.begin();
    const iterator_type last = t.end();
    for (;;) {
        x3::parse(first, last, *skipper);
        if (first == last) break;
        const iterator_type start = first;
        const auto errors_before = source.diagnostics().size();
        ast::Statement statement;
        if (x3::phrase_parse(first, last, parser, skipper, statement)) {
            file.statements.push_back(std::move(statement));
            continue;
        }
        if (source.diagnostics().size() == errors_before) source.expected(start, "statement");
        first = t.begin() + static_cast<std::ptrdiff_t>(resume_point(t, static_cast<std::size_t>(start - t.begin())));
    }
    return file;
}

}  // namespace ramkoll::rules
