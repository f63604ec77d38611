// The parse loop: one statement at a time with the X3 grammar, resynchronising after errors.
#include "rules/parser.hpp"

#include "rules/config.hpp"
#include "rules/grammar.hpp"

#include <array>
#include <string_view>

namespace ramkoll::rules {

namespace {

bool is_name_byte(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u >= 0x80;
}

// True if a top-level keyword starts at `at` (the first column of a line).
bool keyword_at(std::string_view text, std::size_t at) {
    static constexpr std::array<std::string_view, 11> keywords = {
        "include", "round", "years", "unit", "tolerance", "index", "constant", "result", "committee", "form", "rule"};
    std::string_view rest = text.substr(at);
    for (std::string_view k : keywords)
        if (rest.starts_with(k) && (rest.size() == k.size() || !is_name_byte(rest[k.size()]))) return true;
    return false;
}

// The start of the next line after `from` that begins with a top-level keyword, or the end.
std::size_t resume_point(std::string_view text, std::size_t from) {
    for (std::size_t i = text.find('\n', from); i != std::string_view::npos; i = text.find('\n', i + 1))
        if (keyword_at(text, i + 1)) return i + 1;
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
