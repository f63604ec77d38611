// Positions to line and column, and the Swedish/English words for what the grammar expected.
#include "rules/error_handler.hpp"

#include <map>

namespace ramkoll::rules {

namespace {

struct Words { const char* sv; const char* en; };

// The names of the grammar's rules (see grammar_def.hpp) in words.
const std::map<std::string_view, Words>& expectation_words() {
    static const std::map<std::string_view, Words> words = {
        {"name", {"ett namn (bokstäver, siffror, _)", "a name (letters, digits, _)"}},
        {"text", {"en text inom citattecken", "a text in double quotes"}},
        {"number", {"ett tal, t.ex. 4 328,9", "a number, e.g. 4 328,9"}},
        {"quantity", {"ett tal, t.ex. 4 328,9 eller 3,9 %", "a number, e.g. 4 328,9 or 3,9 %"}},
        {"value separator", {"; mellan värdena", "; between the values"}},
        {"values", {"värden åtskilda med ;", "values separated by ;"}},
        {"year", {"ett årtal", "a year"}},
        {"years", {"årtal, t.ex. 2024 2025 2026", "years, e.g. 2024 2025 2026"}},
        {"unit word", {"en enhet: tkr eller mnkr", "a unit: tkr or mnkr"}},
        {"date", {"ett datum ÅÅÅÅ-MM-DD", "a date YYYY-MM-DD"}},
        {"frame", {"frame: följt av en ram per år", "frame: followed by one frame per year"}},
        {"turnover", {"turnover: följt av omslutningen (ett värde eller ett per år)",
                      "turnover: followed by the turnover (one value or one per year)"}},
        {"sign", {"ett tecken: negative, positive eller any", "a sign: negative, positive or any"}},
        {"column kind", {"en kolumntyp: text, committee, amount eller amount per year",
                         "a column kind: text, committee, amount or amount per year"}},
        {"severity", {"en allvarlighetsgrad: error, warning eller info",
                      "a severity: error, warning or info"}},
        {"scope", {"ett omfång: each submission, each year, each year after first eller across all submissions",
                   "a scope: each submission, each year, each year after first or across all submissions"}},
        {"expression", {"ett uttryck", "an expression"}},
        {"operand", {"ett värde (tal, rad, index, frame, sum(...) eller parentes)",
                     "a value (number, line, index, frame, sum(...) or parenthesis)"}},
        {"comparison", {"en jämförelse: =, ≠, <, ≤, > eller ≥", "a comparison: =, ≠, <, ≤, > or ≥"}},
        {"year selector", {"[föregående år] eller [årtal]", "[föregående år] or [year]"}},
        {"result sum", {"sum eller -sum", "sum or -sum"}},
        {"statement", {"en deklaration (include, round, years, unit, tolerance, index, constant, result, committee, bridge, form, rule eller annex)",
                       "a declaration (include, round, years, unit, tolerance, index, constant, result, committee, bridge, form, rule or annex)"}},
        {"bridge", {"bridge \"rubrik\" årtal steps \"…\" ; \"…\"", "bridge \"title\" year steps \"…\" ; \"…\""}},
        {"bridge line", {"en rad i bryggan: KOD: värden åtskilda med ;", "a line of the bridge: CODE: values separated by ;"}},
        {"frame bridge", {"frame bridge följt av bryggans årtal", "frame bridge followed by the bridge's year"}},
        {"decimals", {"antal decimaler, t.ex. 1 decimal eller 2 decimals", "the number of decimals, e.g. 1 decimal or 2 decimals"}},
        {"for or except", {"for eller except följt av nämndkoder", "for or except followed by committee codes"}},
        {"end of line", {"radslut", "end of line"}},
    };
    return words;
}

int column_of(std::string_view line_start_to_pos) {
    int column = 1;
    for (unsigned char c : line_start_to_pos)
        if ((c & 0xC0) != 0x80) ++column;
    return column;
}

}  // namespace

SourceText::SourceText(std::string file_name, std::string text)
    : file_name_(std::move(file_name)), text_(std::move(text)), positions_(text_.cbegin(), text_.cend()) {}

Location SourceText::location(iterator where) const {
    Location loc;
    loc.file = file_name_;
    std::size_t offset = static_cast<std::size_t>(where - text_.cbegin());
    std::size_t line_start = 0;
    loc.line = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text_[i] == '\n') {
            ++loc.line;
            line_start = i + 1;
        }
    }
    std::size_t line_end = line_start;
    while (line_end < text_.size() && text_[line_end] != '\n' && text_[line_end] != '\r') ++line_end;
    loc.source_line = text_.substr(line_start, line_end - line_start);
    loc.column = column_of(std::string_view(text_).substr(line_start, offset - line_start));
    return loc;
}

Location SourceText::location(const x3::position_tagged& node) const {
    return location(positions_.position_of(node).begin());
}

std::string SourceText::text_of(const x3::position_tagged& node) const {
    auto range = positions_.position_of(node);
    std::string out;
    bool blank = false;
    for (char c : range) {
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
            blank = true;
            continue;
        }
        if (blank && !out.empty()) out += ' ';
        blank = false;
        out += c;
    }
    return out;
}

void SourceText::expected(iterator where, std::string_view what) {
    // Point at what stands there, not at the blanks or comments before it.
    while (where != text_.cend()) {
        if (*where == ' ' || *where == '\t' || *where == '\r' || *where == '\n') ++where;
        else if (*where == '#') while (where != text_.cend() && *where != '\n') ++where;
        else break;
    }
    Texts expected_words{std::string(what), std::string(what)};   // a literal as X3 shows it: ':' or "frame"
    auto& words = expectation_words();
    if (auto it = words.find(what); it != words.end()) expected_words = {it->second.sv, it->second.en};
    error(where, both({"förväntade {}", "expected {}"}, expected_words));
}

void SourceText::error(iterator where, Texts what) {
    diagnostics_.push_back({location(where), std::move(what)});
}

}  // namespace ramkoll::rules
