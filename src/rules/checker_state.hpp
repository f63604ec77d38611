// The checker's state, shared by its two halves: checker.cpp (declarations, frames, parts,
// the form) and rule_compiler.cpp (rules: kinds of values, years, compiling to Programs).
#pragma once

#include "common/message.hpp"
#include "common/swedish_number.hpp"
#include "rules/checker.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ramkoll::rules::detail {

// What an expression yields: an amount (kronor), a ratio (rate or plain number), or a bare
// number whose meaning the context decides (5 next to an amount is 5 of the round's unit).
enum class Kind { amount, ratio, bare };

inline std::string join_years(const std::vector<int>& years) {
    std::string out;
    for (int y : years) {
        if (!out.empty()) out += ' ';
        out += std::to_string(y);
    }
    return out;
}

// The end of an "unknown name" message: `, menade du "Drift"?`, or nothing without a suggestion.
inline Texts did_you_mean(const std::optional<std::string>& s) {
    return s ? both({", menade du \"{}\"?", "; did you mean \"{}\"?"}, *s) : Texts{};
}

// The sign of every signed line and the sum of every total, checked each year.
void add_built_in_rules(Round& round);

// One load of a rule file: collects declarations, then compiles the rules against them.
class Checker {
public:
    explicit Checker(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

    Round run(const std::vector<SourcedStatement>& statements);

private:
    struct Placed {
        const SourceText* source;
        const x3::position_tagged* node;
    };

    // Reports `what` at `node`: error(source, node, both({"okänd rad {}", "unknown line {}"}, name)).
    void error(const SourceText& source, const x3::position_tagged& node, Texts what) {
        diagnostics_.push_back({source.location(node), std::move(what)});
    }

    // Declarations (checker.cpp).
    void once(const SourceText& source, const x3::position_tagged& node, std::optional<Placed>& seen,
              const char* keyword);
    std::optional<SwedishNumber> number(const SourceText&, const ast::Quantity&);
    std::optional<Unit> amount_unit(const SourceText&, const ast::Quantity&, bool allow_percent);
    std::vector<Money> amounts(const SourceText&, const ast::ValueList&, Unit* written_unit = nullptr);
    std::vector<Money> rates(const SourceText&, const ast::ValueList&);
    bool right_count(const SourceText&, const ast::ValueList&);
    void declare_committee(const SourceText&, const ast::Committee&);
    void check_parts(const SourceText&, const ast::Committee&, const Committee&);
    void declare_form(const SourceText&, const ast::Form&);
    void check_totals();
    void check_result();
    void declare_rule(const SourceText&, const ast::Rule&);

    // Annexes (annex_checker.cpp), after the rules: names, lists, columns, row expressions.
    void declare_annex(const SourceText&, const ast::Annex&);
    bool known_committees(const SourceText&, const std::vector<ast::Name>&);
    std::optional<std::size_t> list_column(const SourceText&, const FormList&, const ast::Name&, bool amount);

    // Expressions and rules (rule_compiler.cpp).
    struct Context {
        Context(const SourceText* s, Scope sc) : source(s), scope(sc) {}
        const SourceText* source;
        Scope scope;
        bool ok = true;
        int quiet = 0;                 // > 0 while kinds are recomputed: report nothing twice
        std::optional<std::size_t> first_line;
    };
    Kind kind_of(Context&, const ast::Operand&);
    Kind kind_of(Context&, const ast::Expression&);
    Kind combine(Context&, const x3::position_tagged&, char op, Kind a, Kind b);
    void emit(Context&, const ast::Operand&, Kind want, Program&);
    void emit(Context&, const ast::Expression&, Kind want, Program&);
    std::optional<YearRef> year_ref(Context&, const x3::position_tagged& at, const std::optional<ast::YearSelector>&,
                                    const std::string& what);
    void emit_aggregate(Context&, const ast::Aggregate&, Program&);

    std::string fmt_frame(Money kronor) const { return format_swedish(from_kronor(kronor, round_.frame_unit), 1); }

    Diagnostics& diagnostics_;
    Round round_;
    std::optional<Placed> round_seen_, years_seen_, unit_seen_, tolerance_seen_, frame_tolerance_seen_, result_seen_;
    std::vector<std::pair<const SourceText*, const ast::Committee*>> committees_;
    std::vector<std::pair<const SourceText*, const ast::Rule*>> rules_;
    const ast::ResultDecl* result_decl_ = nullptr;
    const SourceText* result_source_ = nullptr;
    std::map<std::string, Placed, std::less<>> line_places_;
    std::vector<std::pair<const SourceText*, const ast::Total*>> totals_;
};

}  // namespace ramkoll::rules::detail
