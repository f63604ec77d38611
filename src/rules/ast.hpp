// The syntax tree of a rule file, as the X3 grammar produces it. Numbers stay as their
// source text here; the checker turns them into Money and reports what is wrong. Keywords
// arrive as the enumerations of vocabulary.hpp, which the checked model shares.
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "common/money.hpp"
#include "rules/vocabulary.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ramkoll::rules::ast {

namespace x3 = boost::spirit::x3;

// A number as written ("4 328,9", "−71,7") with an optional unit word: tkr, mnkr, % or procent.
struct Quantity : x3::position_tagged {
    std::string number;
    std::optional<WrittenUnit> unit;
};

// "a ; b ; c" — one value per year of the round.
struct ValueList : x3::position_tagged {
    std::vector<Quantity> values;
};

// An identifier where it is used or declared. Not a Fusion sequence: the grammar assigns the
// matched text to it directly.
struct Name : x3::position_tagged {
    Name() = default;
    Name(std::string t) : text(std::move(t)) {}   // NOLINT: implicit on purpose, for X3
    std::string text;
};

// ---- declarations -------------------------------------------------------------------
struct Include : x3::position_tagged { std::string path; };
struct RoundTitle : x3::position_tagged { std::string title; };
struct Years : x3::position_tagged { std::vector<int> years; };
struct UnitDecl : x3::position_tagged { Unit unit = Unit::tkr; };
// "tolerance 1 tkr" for rules; "tolerance frames 0,1 mnkr" for part and result sums of frames.
struct ToleranceDecl : x3::position_tagged { bool frames = false; Quantity value; };
struct IndexDecl : x3::position_tagged { Name name; std::optional<std::string> title; ValueList values; };
struct ConstantDecl : x3::position_tagged { Name name; Quantity value; };
struct ResultDecl : x3::position_tagged { std::string label; bool negated = false; ValueList values; };

struct Frame : x3::position_tagged { ValueList values; };
struct Deadline : x3::position_tagged { std::string date; };
// "turnover: 2,1 mnkr" or "turnover: 2,1 ; 2,2 ; 2,2 mnkr": the expected size of the committee's
// gross revenue and costs, for the scale check of a committee whose frame says nothing (0).
struct Turnover : x3::position_tagged { ValueList values; };
// "part CODE "Name" [within CODE] frame: ..." — a varav row of the committee.
struct Part : x3::position_tagged {
    Name code;
    std::string name;
    std::optional<Name> within;
    Frame frame;
};
using CommitteeItem = x3::variant<Frame, Part, Deadline, Turnover>;
struct Committee : x3::position_tagged {
    Name code;
    std::string name;
    std::vector<CommitteeItem> items;
};

// ---- the frame bridge (seed 004) ------------------------------------------------------
// "BPV: 1 432 ; 2,9 ; 3,9 ; 57,4": one line of the bridge, a value per step; an empty value is
// a step the line does not have ("BTV: 136 ; ; 10,0 ; 10,6").
struct BridgeLine : x3::position_tagged {
    Name code;
    std::optional<std::string> label;
    std::vector<std::optional<Quantity>> values;
};
// "bridge "Budgetramar 2023 per anslagsnivå" 2023 ± 0,3 mnkr
//    steps "Budget 2022" ; "Omfördelning 2022" ; "Budget förändring 2023" ; "Löne- och prisindex"
//    BPV: 1 432 ; 2,9 ; 3,9 ; 57,4 …": how each part's frame in the year was built.
struct Bridge : x3::position_tagged {
    std::string title;
    int year = 0;
    std::optional<Quantity> tolerance;
    std::vector<std::string> steps;
    std::vector<BridgeLine> lines;
};

// ---- the submission form -------------------------------------------------------------
struct Line : x3::position_tagged {
    Name name;
    std::string label;
    Sign sign = Sign::any;
    std::vector<std::string> synonyms;
};
struct TotalTerm : x3::position_tagged { char sign = '+'; Name line; };
struct Total : x3::position_tagged {
    Name name;
    std::string label;
    std::vector<TotalTerm> terms;
    std::vector<std::string> synonyms;
};
struct Column : x3::position_tagged {
    Name name;
    std::string label;
    ColumnKind kind = ColumnKind::text;
    Sign sign = Sign::any;                // amounts: the sign every row's amount must have
};
struct ListSection : x3::position_tagged {
    Name name;
    std::string label;
    bool optional = false;
    std::vector<Name> only;               // "for FF": the committees that fill the list; none: every one
    std::vector<int> years;               // "years 2021 2022 …": a per-year column's years; none: the round's
    std::vector<Column> columns;
};
using FormItem = x3::variant<Line, Total, ListSection>;
struct Form : x3::position_tagged { std::vector<FormItem> items; };

// ---- expressions --------------------------------------------------------------------
// [föregående år] is `previous`; [2024] an absolute year; none is the year in scope.
struct YearSelector : x3::position_tagged {
    bool previous = false;
    int year = 0;
};
struct Reference : x3::position_tagged { Name name; std::optional<YearSelector> year; };
struct IndexRef : x3::position_tagged { Name name; std::optional<YearSelector> year; };
// frame, frame[2024], frame of FHS[föregående år] (a varav part's frame)
struct FrameRef : x3::position_tagged { std::optional<Name> part; std::optional<YearSelector> year; };
struct Filter : x3::position_tagged { Name column; std::string text; };
// sum(Satsningar.Belopp where Typ = "köp"), count(Satsningar), sum(Totalt), sum(frame),
// sum(Totalt)[föregående år]
struct Aggregate : x3::position_tagged {
    rules::Aggregate function = rules::Aggregate::sum;
    Name target;
    std::optional<Name> column;
    std::optional<Filter> filter;
    std::optional<YearSelector> year;
};
// Resultatbudget.Resultat, Balansbudget.Eget[föregående år]: a row of an earlier annex.
struct AnnexRef : x3::position_tagged {
    Name annex;
    Name row;
    std::optional<YearSelector> year;
};

struct Expression;
struct Negated;
struct Absolute;
struct Extremum;
using Operand = x3::variant<Quantity, IndexRef, FrameRef, Aggregate, AnnexRef, Reference,
                            x3::forward_ast<Negated>, x3::forward_ast<Absolute>, x3::forward_ast<Extremum>,
                            x3::forward_ast<Expression>>;
struct Operation : x3::position_tagged { char op = '+'; Operand operand; };
struct Expression : x3::position_tagged {
    Operand first;
    std::vector<Operation> rest;
};
struct Negated : x3::position_tagged { Operand operand; };
struct Absolute : x3::position_tagged { Expression expression; };
// min(a, b, …) and max(a, b, …) over two or more expressions.
struct Extremum : x3::position_tagged {
    rules::Aggregate function = rules::Aggregate::min;
    Expression first;
    std::vector<Expression> rest;
};

// ---- rules --------------------------------------------------------------------------
struct Condition : x3::position_tagged {
    Expression left;
    Comparison comparison = Comparison::equal;
    Expression right;
    std::optional<Quantity> tolerance;
};
struct Rule : x3::position_tagged {
    std::string name;
    Severity severity = Severity::error;
    std::vector<Name> only;               // committees the rule is limited to, if any
    Scope scope = Scope::each_year;
    Condition condition;
    std::optional<std::string> message;
};

// ---- annexes (bilagor) ------------------------------------------------------------------
// "row Intäkter "Verksamhetens intäkter" [for FF] = <expression across all submissions>"
struct AnnexRow : x3::position_tagged {
    Name name;
    std::string label;
    std::vector<Name> only;
    Expression expression;
};
// "heading "Tillgångar"": a row with a label and no numbers.
struct AnnexHeading : x3::position_tagged { std::string label; };
// "total Nettoresultat "Verksamhetens nettoresultat" = Intäkter + Kostnader + Avskrivningar"
struct AnnexTotal : x3::position_tagged {
    Name name;
    std::string label;
    std::vector<TotalTerm> terms;
};
// "committees [parts first] [chart]": one row per committee with its varav parts.
struct CommitteeTable : x3::position_tagged {
    bool parts_first = false;
    bool chart = false;
};
// "lines": committee × form line × year, with subtotals.
struct LineTable : x3::position_tagged {};
// "items Satsningar.Belopp label Benämning [for|except A, B] [requirement effektiviseringskrav]"
struct Selection : x3::position_tagged {
    SelectionMode mode = SelectionMode::only;
    std::vector<Name> committees;
};
struct ItemTable : x3::position_tagged {
    Name list;
    Name amount;
    Name label;
    std::optional<std::string> label_header;   // "label Benämning "Satsningar - Förfogandeanslag""
    std::optional<Selection> selection;
    std::optional<Name> requirement;
    bool plain = false;                   // "plain": no committee column, no sum per committee
    std::optional<std::string> total_label;   // "total label "SUMMA"": the bottom row as printed
};
// "agreements Interna.Belopp counterpart Motpart role Roll seller "säljare" buyer "köpare""
struct AgreementTable : x3::position_tagged {
    Name list;
    Name amount;
    Name counterpart;
    Name role;
    std::string seller;
    std::string buyer;
};
// "frame bridge 2023": the round's frame bridge to that year, as the document prints it.
struct BridgeTable : x3::position_tagged { int year = 0; };
using AnnexItem = x3::variant<AnnexRow, AnnexTotal, AnnexHeading, CommitteeTable, LineTable, ItemTable, AgreementTable, BridgeTable>;
// "annex Nämndbudget "Bilaga 2. Nämndbudget" mnkr 1 decimal" followed by its items.
// "Utfall 2021" 2021: a column of an annex, its header as printed and the year its values are of.
struct AnnexColumn : x3::position_tagged {
    std::optional<std::string> header;
    int year = 0;
};
struct Annex : x3::position_tagged {
    Name name;
    std::string title;
    Unit unit = Unit::mnkr;
    int decimals = 0;
    std::vector<AnnexColumn> columns;        // "columns "Utfall 2021" 2021 ; 2023 ; …"; none: the round's years
    std::optional<std::string> sum_column;   // "sum column "Summa"": a column of each row's sum over the years
    std::vector<AnnexItem> items;
};

using Statement = x3::variant<Include, RoundTitle, Years, UnitDecl, ToleranceDecl, IndexDecl,
                              ConstantDecl, ResultDecl, Committee, Bridge, Form, Rule, Annex>;

}  // namespace ramkoll::rules::ast
