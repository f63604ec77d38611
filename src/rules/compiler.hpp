// The checker's second pass: rules and annexes compiled over the declared, now constant Round.
// An expression is typed once (amount, ratio or bare number, each error reported once), then
// emitted as a Program that verify() checks before the evaluator may run it.
#pragma once

#include "rules/checker.hpp"
#include "rules/reporter.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ramkoll::rules::detail {

// What an expression yields: an amount (kronor), a ratio (rate or plain number), or a bare
// number whose meaning the context decides (5 next to an amount is 5 of the round's unit).
enum class Kind { amount, ratio, bare };

// The sign of every signed line and the sum of every total, checked each year.
std::vector<CompiledRule> built_in_rules(const Round& round);

class Compiler : Reporter {
public:
    Compiler(const Round& round, Diagnostics& diagnostics) : Reporter(diagnostics), round_(round) {}

    // The annexes first: rules may refer to their rows (Resultatbudget.Resultat).
    std::vector<Annex> annexes(const std::vector<SourcedStatement>& statements);
    std::vector<CompiledRule> rules(const std::vector<SourcedStatement>& statements);

private:
    // One expression being compiled: where it is, its scope, and the kind of every
    // (sub)expression once typed.
    struct Context {
        Context(const SourceText* s, Scope sc) : source(s), scope(sc) {}
        const SourceText* source;
        Scope scope;
        bool ok = true;
        std::optional<std::size_t> first_line;
        const std::vector<std::string>* only = nullptr;   // a rule's committees ("for FF")
        std::map<const ast::Expression*, Kind> kinds;
    };

    // Typing (rule_compiler.cpp): reports what does not combine, records each expression's kind.
    Kind type(Context&, const ast::Operand&);
    Kind type(Context&, const ast::Expression&);
    Kind combine(Context&, const x3::position_tagged&, char op, Kind a, Kind b);
    // Emitting (rule_compiler.cpp), after typing.
    void emit(Context&, const ast::Operand&, Kind want, Program&);
    void emit(Context&, const ast::Expression&, Kind want, Program&);
    std::optional<YearRef> year_ref(Context&, const x3::position_tagged& at, const std::optional<ast::YearSelector>&,
                                    const std::string& what);
    void emit_aggregate(Context&, const ast::Aggregate&, Program&);
    void emit_annex_ref(Context&, const ast::AnnexRef&, Program&);
    std::optional<CompiledRule> rule(const SourceText&, const ast::Rule&);

    // Annexes (annex_checker.cpp): one checker per kind of table.
    std::optional<Annex> annex(const SourceText&, const ast::Annex&);
    std::optional<AnnexTable> committees_table(const SourceText&, const ast::CommitteeTable&);
    std::optional<AnnexTable> items_table(const SourceText&, const ast::ItemTable&);
    std::optional<AnnexTable> agreements_table(const SourceText&, const ast::AgreementTable&);
    std::optional<AnnexTable> rows_table(const SourceText&, const ast::Annex&);
    std::optional<AnnexTable> bridge_table(const SourceText&, const ast::BridgeTable&);
    std::optional<std::vector<AnnexColumn>> annex_columns(const SourceText&, const ast::Annex&, const AnnexTable&);
    // What a program lacks in `year` (a line outside the round's years, a list column or an
    // annex row without that year), as "Totalt 2021"; nothing when every value can be there.
    // A previous year's value is not asked for: it is blank where there is none.
    std::optional<std::string> lacks(const Program&, int year) const;
    // Whether `year` is the round's or one the lists or the annexes checked so far declare.
    bool declares_year(int year) const;
    // `years` and those of the lists and annexes a program reads, in order, each once.
    std::vector<int> years_read(const Program&, std::vector<int> years) const;
    bool known_committees(const SourceText&, const std::vector<ast::Name>&);
    const FormList* find_list(const SourceText&, const ast::Name&);
    std::optional<std::size_t> list_column(const SourceText&, const FormList&, const ast::Name&, bool amount);

    const Round& round_;
    std::vector<Annex> annexes_;      // checked so far, in declaration order
};

}  // namespace ramkoll::rules::detail
