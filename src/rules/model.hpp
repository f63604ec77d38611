// The checked budget round: what a rule file means once names, units and years are resolved.
// Amounts are Money in kronor; rates (3,9 %) are Money fractions (0,039). Built by the checker.
#pragma once

#include "common/money.hpp"
#include "rules/annex.hpp"
#include "rules/diagnostic.hpp"
#include "rules/program.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ramkoll::rules {

// A varav ("of which") part of a committee's frame. `parent` is the committee's code or, for
// a nested part (seed 003's Politik within Regiongemensamt), the code of the enclosing part.
struct Part {
    std::string code;
    std::string name;
    std::string parent;
    int depth = 1;                    // 1 for a part of the committee, 2 for a part of a part, …
    std::vector<Money> frame;         // one per year
};

struct Committee {
    std::string code;
    std::string name;
    std::vector<Money> frame;         // one per year, kronor
    std::vector<Part> parts;          // in declaration order
    std::optional<std::string> deadline;   // YYYY-MM-DD
    // "turnover:": the expected size of the gross revenue and of the gross costs, one per year
    // (kronor, > 0; one value written applies to every year); empty: not declared.
    std::vector<Money> turnover;
};

// The round's bottom line, e.g. Bilaga 2's "Resultat" = −(sum of the committees' frames).
struct ResultRow {
    std::string label;
    bool negated = false;
    std::vector<Money> values;
};

struct Tolerance {
    bool relative = false;            // relative: a fraction of |expected|
    Money value;                      // absolute: kronor (or a plain number for ratios)
};

// A line of the frame bridge (seed 004): a committee's or a part's frame in the bridge's year
// built from steps (last year's budget, reallocations, budget changes, index). The printed
// steps are rounded, so they miss the frame by `difference()` (frame − the steps' sum).
struct BridgeLine {
    std::string code;                 // a committee or a part
    std::string label;                // as printed: "Beställare primärvård", "Summa Regionstyrelse"
    std::vector<std::optional<Money>> steps;   // one per step; nullopt: printed empty
    Money frame;                      // the frame in the bridge's year
    bool committee = false;           // the committee's own frame: the bridge's sum line
    Money sum() const;
    Money difference() const { return frame - sum(); }
};

struct Bridge {
    std::string title;
    int year = 0;
    std::size_t year_index = 0;       // into Round::years
    Tolerance tolerance;              // how far a line's steps may miss its frame
    std::vector<std::string> steps;   // the step headers as printed ("Budget 2022", …)
    std::vector<BridgeLine> lines;
};

struct IndexSeries {
    std::string name;
    std::string title;
    std::vector<Money> rates;         // one per year, as fractions
};

enum class ValueKind { amount, ratio };

struct Constant {
    std::string name;
    Money value;
    ValueKind kind = ValueKind::amount;
    bool percent = false;             // written as "1,5 %": shown as a percentage
};

// ---- the submission form -------------------------------------------------------------
struct TotalTerm {
    int sign = 1;                     // +1 or −1
    std::size_t line = 0;             // index into Form::lines
};

// A line of the budget sheet; a total (Totalt) has terms, a plain line has none.
struct FormLine {
    std::string name;
    std::string label;
    Sign sign = Sign::any;
    std::vector<std::string> synonyms;   // other labels that mean this line when reading a sheet
    std::vector<TotalTerm> terms;
    bool is_total() const { return !terms.empty(); }
};

struct FormColumn {
    std::string name;
    std::string label;
    ColumnKind kind = ColumnKind::text;
    Sign sign = Sign::any;               // amount columns: the sign every row's amount must have
    // A text column's declared values: every text the rules and annexes compare it with
    // ("köpare", "säljare" for Interna.Roll), sorted; filled by the checker (column_values.hpp).
    // A submission's cell matching one without regard to case and surrounding space is read
    // as the declared value.
    std::vector<std::string> values{};
    // Every filled row must hold one of `values` (the role column of the agreements list).
    bool closed = false;
};

// A list section of the submission (Satsningar, Effektiviseringar, …): rows with columns.
struct FormList {
    std::string name;
    std::string label;
    bool optional = false;
    std::vector<std::string> only;       // committee codes that fill the list ("for FF"); empty: every one
    // The years of its per-year columns: declared ("years 2021 2022 …", history and later plan
    // years) or the round's. Never empty once checked.
    std::vector<int> years;
    std::vector<FormColumn> columns;
    // The text column every rule and annex reading the list filters on, when each does
    // (Balans.Post): a row whose text there is none of its values is read by nothing. Filled by
    // the checker (column_values.hpp).
    std::optional<std::size_t> selected_by{};
    const FormColumn* column(std::string_view name) const;
    bool has_year(int year) const { return std::find(years.begin(), years.end(), year) != years.end(); }
};

struct Form {
    std::vector<FormLine> lines;
    std::vector<FormList> lists;
    std::optional<std::size_t> line_index(std::string_view name) const;
    const FormList* list(std::string_view name) const;
};

// ---- rules ---------------------------------------------------------------------------
// Built-in rules the checker derives from the form: a sign per signed line, a sum per total.
enum class BuiltIn { none, sign, total };

struct CompiledRule {
    std::string name;
    Severity severity = Severity::error;
    Scope scope = Scope::each_year;
    std::vector<std::string> only;    // committee codes; empty: every committee
    Program actual;                   // left side
    Comparison comparison = Comparison::equal;
    Program expected;                 // right side
    // Across all submissions: the years it is judged in, those of the round and of the lists and
    // annexes it reads (history, later plan years) where every value it reads can be there.
    std::vector<int> years;
    Tolerance tolerance;
    ValueKind kind = ValueKind::amount;
    std::optional<std::string> message;   // template with {väntat}, {faktiskt}, {skillnad}, …
    std::optional<std::size_t> subject_line;   // the first line on the left, for pointing at cells
    std::string condition_text;       // as written, for `rules show`
    BuiltIn built_in = BuiltIn::none;
    Location where;
};

struct Round {
    std::string title;
    std::vector<int> years;
    Unit unit = Unit::tkr;            // the unit of submissions
    Unit frame_unit = Unit::tkr;      // the unit the frames were written in, for display
    Tolerance tolerance;               // default of rules comparing amounts
    Tolerance frame_tolerance;         // parts and result against the frames (default: tolerance)
    std::vector<Committee> committees;
    std::optional<ResultRow> result;
    std::vector<Bridge> bridges;      // frame bridges, in declaration order
    std::vector<IndexSeries> indices;
    std::vector<Constant> constants;
    Form form;
    std::vector<CompiledRule> rules;
    std::vector<Annex> annexes;       // in declaration order
    // Each committee's position by its code, filled as the rules declare them, so that looking
    // one up is not a walk over a national round's thousands (committee() still answers
    // rightly, by that walk, for a round built or changed without it).
    std::unordered_map<std::string, std::size_t> committee_positions;

    const Committee* committee(std::string_view code) const;
    const Bridge* bridge(int year) const;
    // The committee a submission's code belongs to: the committee itself or the one a part is of.
    const Committee* committee_of(std::string_view code) const;
    // Whether the submission of `code` (a committee or a part) fills `list`.
    bool fills(const FormList& list, std::string_view code) const;
    // Whether `code` is one of `codes`, itself or through the committee it is a part of.
    bool named(const std::vector<std::string>& codes, std::string_view code) const;
    std::optional<std::size_t> year_index(int year) const;
    bool in_round(int year) const { return year_index(year).has_value(); }
    // A year of the round or one a list or an annex column declares.
    bool has_year(int year) const;
};

}  // namespace ramkoll::rules
