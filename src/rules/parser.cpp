// The parse loop: one statement at a time with the X3 grammar, resynchronising after errors.
#include "rules/parser.hpp"

#include "rules/config.hpp"
#include "rules/grammar.hpp"

#include <string_view>

namespace ramkoll::rules {

namespace {

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
