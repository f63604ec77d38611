// The grammar of rule files (Boost.Spirit X3). One rule per construct; the rule names
// ("name", "values", ...) are what syntax errors say was expected (error_handler.cpp).
#pragma once

#include "rules/ast.hpp"
#include "rules/ast_adapted.hpp"
#include "rules/error_handler.hpp"
#include "rules/grammar.hpp"

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

namespace ramkoll::rules::grammar {

using x3::attr;
using x3::lexeme;
using x3::lit;
using x3::raw;

// ---- characters and keywords -----------------------------------------------------------
// Letters of a name: ASCII letters plus two-byte UTF-8 letters (å, ä, ö, é, ü, ø, æ, …;
// lead bytes C3–C5), but not × (C3 97) and ÷ (C3 B7), which are operators.
const auto continuation = x3::char_('\x80', '\xBF');
const auto utf8_letter = (lit('\xC3') >> (continuation - lit('\x97') - lit('\xB7'))) |
                         (x3::char_('\xC4', '\xC5') >> continuation);
const auto name_start = x3::ascii::alpha | lit('_') | utf8_letter;
const auto name_char = x3::ascii::alnum | lit('_') | utf8_letter;

inline auto kw(const char* word) { return lexeme[lit(word) >> !name_char]; }

const auto digit = x3::ascii::digit;
const auto thousands = lit(' ') | lit("\xC2\xA0") | lit("\xE2\x80\xAF");
const auto minus_sign = lit('-') | lit("\xE2\x88\x92") | lit("\xE2\x80\x93");   // - − –
const auto number_core = +digit >> *(thousands >> digit >> digit >> digit >> !digit) >> -(',' >> +digit);

// ---- operator tables -------------------------------------------------------------------
struct additive_table : x3::symbols<char> {
    additive_table() { add("+", '+')("-", '-')("\xE2\x88\x92", '-')("\xE2\x80\x93", '-'); }
} const additive;

struct multiplicative_table : x3::symbols<char> {
    multiplicative_table() { add("*", '*')("\xC3\x97", '*')("/", '/')("\xC3\xB7", '/'); }
} const multiplicative;

struct comparison_table : x3::symbols<Comparison> {
    comparison_table() {
        using C = Comparison;
        add("=", C::equal)("==", C::equal)("!=", C::not_equal)("\xE2\x89\xA0", C::not_equal)
           ("<", C::less)("<=", C::less_equal)("\xE2\x89\xA4", C::less_equal)
           (">", C::greater)(">=", C::greater_equal)("\xE2\x89\xA5", C::greater_equal);
    }
} const comparison;

// ---- keyword tables: each closed word of the language becomes its enumeration -----------
struct written_unit_table : x3::symbols<WrittenUnit> {
    written_unit_table() {
        add("tkr", WrittenUnit::tkr)("mnkr", WrittenUnit::mnkr)("procent", WrittenUnit::percent)("%", WrittenUnit::percent);
    }
} const written_units;

struct money_unit_table : x3::symbols<Unit> {
    money_unit_table() { add("tkr", Unit::tkr)("mnkr", Unit::mnkr); }
} const money_units;

struct sign_table : x3::symbols<Sign> {
    sign_table() { add("negative", Sign::negative)("positive", Sign::positive)("any", Sign::any); }
} const signs;

struct column_kind_table : x3::symbols<ColumnKind> {
    column_kind_table() { add("amount", ColumnKind::amount)("text", ColumnKind::text)("committee", ColumnKind::committee); }
} const column_kinds;

struct extremum_table : x3::symbols<Aggregate> {
    extremum_table() { add("min", Aggregate::min)("max", Aggregate::max); }
} const extrema;

struct aggregate_table : x3::symbols<Aggregate> {
    aggregate_table() { add("sum", Aggregate::sum)("count", Aggregate::count)("min", Aggregate::min)("max", Aggregate::max); }
} const aggregates;

struct severity_table : x3::symbols<Severity> {
    severity_table() { add("error", Severity::error)("warning", Severity::warning)("info", Severity::info); }
} const severities;

struct selection_table : x3::symbols<SelectionMode> {
    selection_table() { add("for", SelectionMode::only)("except", SelectionMode::except); }
} const selection_modes;

// A keyword from a table, ending where a name would end ("sum" but not "summa").
template <typename Table>
auto keyword_of(const Table& table) {
    return lexeme[table >> !name_char];
}

// ---- rule ids: position-tagged nodes are annotated on success ------------------------
struct name_text_class;
struct name_class : x3::annotate_on_success {};
struct text_class;
struct number_class;
struct signed_number_class;
struct unit_word_class;
struct quantity_class : x3::annotate_on_success {};
struct signed_quantity_class : x3::annotate_on_success {};
struct value_list_class : x3::annotate_on_success {};
struct value_separator_class;
struct next_value_class;
struct include_class : x3::annotate_on_success {};
struct round_class : x3::annotate_on_success {};
struct year_class;
struct years_class : x3::annotate_on_success {};
struct money_unit_class;
struct unit_decl_class : x3::annotate_on_success {};
struct tolerance_decl_class : x3::annotate_on_success {};
struct index_decl_class : x3::annotate_on_success {};
struct constant_decl_class : x3::annotate_on_success {};
struct result_sign_class;
struct result_decl_class : x3::annotate_on_success {};
struct frame_class : x3::annotate_on_success {};
struct date_class;
struct deadline_class : x3::annotate_on_success {};
struct turnover_class : x3::annotate_on_success {};
struct part_class : x3::annotate_on_success {};
struct committee_item_class;
struct committee_class : x3::annotate_on_success {};
struct bridge_value_class;
struct bridge_line_class : x3::annotate_on_success {};
struct bridge_class : x3::annotate_on_success {};
struct bridge_table_class : x3::annotate_on_success {};
struct sign_class;
struct line_class : x3::annotate_on_success {};
struct first_term_class : x3::annotate_on_success {};
struct next_term_class : x3::annotate_on_success {};
struct terms_class;
struct total_class : x3::annotate_on_success {};
struct column_kind_class;
struct column_class : x3::annotate_on_success {};
struct list_class : x3::annotate_on_success {};
struct form_item_class;
struct form_class : x3::annotate_on_success {};
struct previous_year_class : x3::annotate_on_success {};
struct given_year_class : x3::annotate_on_success {};
struct year_selector_class;
struct reference_class : x3::annotate_on_success {};
struct index_ref_class : x3::annotate_on_success {};
struct frame_ref_class : x3::annotate_on_success {};
struct filter_class : x3::annotate_on_success {};
struct aggregate_function_class;
struct aggregate_class : x3::annotate_on_success {};
struct annex_ref_class : x3::annotate_on_success {};
struct extremum_class : x3::annotate_on_success {};
struct absolute_class : x3::annotate_on_success {};
struct negated_class : x3::annotate_on_success {};
struct operand_class;
struct term_class : x3::annotate_on_success {};
struct expression_class : x3::annotate_on_success {};
struct tolerance_class : x3::annotate_on_success {};
struct condition_class : x3::annotate_on_success {};
struct severity_class;
struct scope_class;
struct rule_class : x3::annotate_on_success {};
struct annex_row_class : x3::annotate_on_success {};
struct annex_total_class : x3::annotate_on_success {};
struct annex_heading_class : x3::annotate_on_success {};
struct committee_table_class : x3::annotate_on_success {};
struct line_table_class : x3::annotate_on_success {};
struct selection_class : x3::annotate_on_success {};
struct item_table_class : x3::annotate_on_success {};
struct agreement_table_class : x3::annotate_on_success {};
struct annex_item_class;
struct decimals_class;
struct decimals_word_class;
struct codes_class;
struct annex_class : x3::annotate_on_success {};
struct annex_column_class : x3::annotate_on_success {};
struct statement_class : x3::annotate_on_success, error_handler_base {};

// ---- rules ---------------------------------------------------------------------------
const x3::rule<name_text_class, std::string> name_text = "name";
const x3::rule<name_class, ast::Name> name = "name";
const x3::rule<text_class, std::string> text = "text";
const x3::rule<number_class, std::string> number = "number";
const x3::rule<signed_number_class, std::string> signed_number = "number";
const x3::rule<unit_word_class, WrittenUnit> unit_word = "unit word";
const x3::rule<quantity_class, ast::Quantity> quantity = "quantity";
const x3::rule<signed_quantity_class, ast::Quantity> signed_quantity = "quantity";
const x3::rule<value_list_class, ast::ValueList> value_list = "values";
const x3::rule<value_separator_class> value_separator = "value separator";
const x3::rule<next_value_class> next_value = "quantity";
const x3::rule<include_class, ast::Include> include = "include";
const x3::rule<round_class, ast::RoundTitle> round_title = "round";
const x3::rule<year_class, int> year = "year";
const x3::rule<years_class, ast::Years> years = "years";
const x3::rule<money_unit_class, Unit> money_unit = "unit word";
const x3::rule<unit_decl_class, ast::UnitDecl> unit_decl = "unit";
const x3::rule<tolerance_decl_class, ast::ToleranceDecl> tolerance_decl = "tolerance";
const x3::rule<index_decl_class, ast::IndexDecl> index_decl = "index";
const x3::rule<constant_decl_class, ast::ConstantDecl> constant_decl = "constant";
const x3::rule<result_sign_class, bool> result_sign = "result sum";
const x3::rule<result_decl_class, ast::ResultDecl> result_decl = "result";
const x3::rule<frame_class, ast::Frame> frame = "frame";
const x3::rule<date_class, std::string> date = "date";
const x3::rule<deadline_class, ast::Deadline> deadline = "deadline";
const x3::rule<turnover_class, ast::Turnover> turnover = "turnover";
const x3::rule<part_class, ast::Part> part = "part";
const x3::rule<committee_item_class, ast::CommitteeItem> committee_item = "committee item";
const x3::rule<committee_class, ast::Committee> committee = "committee";
const x3::rule<bridge_value_class, std::optional<ast::Quantity>> bridge_value = "quantity";
const x3::rule<bridge_line_class, ast::BridgeLine> bridge_line = "bridge line";
const x3::rule<bridge_class, ast::Bridge> bridge = "bridge";
const x3::rule<bridge_table_class, ast::BridgeTable> bridge_table = "frame bridge";
const x3::rule<sign_class, Sign> sign = "sign";
const x3::rule<line_class, ast::Line> line = "line";
const x3::rule<first_term_class, ast::TotalTerm> first_term = "name";
const x3::rule<next_term_class, ast::TotalTerm> next_term = "name";
const x3::rule<terms_class, std::vector<ast::TotalTerm>> terms = "name";
const x3::rule<total_class, ast::Total> total = "total";
const x3::rule<column_kind_class, ColumnKind> column_kind = "column kind";
const x3::rule<column_class, ast::Column> column = "column";
const x3::rule<list_class, ast::ListSection> list = "list";
const x3::rule<form_item_class, ast::FormItem> form_item = "form item";
const x3::rule<form_class, ast::Form> form = "form";
const x3::rule<previous_year_class, ast::YearSelector> previous_year = "year selector";
const x3::rule<given_year_class, ast::YearSelector> given_year = "year selector";
const x3::rule<year_selector_class, ast::YearSelector> year_selector = "year selector";
const x3::rule<reference_class, ast::Reference> reference = "reference";
const x3::rule<index_ref_class, ast::IndexRef> index_ref = "index";
const x3::rule<frame_ref_class, ast::FrameRef> frame_ref = "frame";
const x3::rule<filter_class, ast::Filter> filter = "where";
const x3::rule<aggregate_function_class, Aggregate> aggregate_function = "aggregate";
const x3::rule<aggregate_class, ast::Aggregate> aggregate = "aggregate";
const x3::rule<annex_ref_class, ast::AnnexRef> annex_ref = "reference";
const x3::rule<extremum_class, ast::Extremum> extremum = "aggregate";
const x3::rule<absolute_class, ast::Absolute> absolute = "abs";
const x3::rule<negated_class, ast::Negated> negated = "operand";
const x3::rule<operand_class, ast::Operand> operand = "operand";
const x3::rule<term_class, ast::Expression> term = "expression";
const x3::rule<expression_class, ast::Expression> expression = "expression";
const x3::rule<tolerance_class, ast::Quantity> tolerance = "quantity";
const x3::rule<condition_class, ast::Condition> condition = "expression";
const x3::rule<severity_class, Severity> severity = "severity";
const x3::rule<scope_class, Scope> scope = "scope";
const x3::rule<rule_class, ast::Rule> rule_statement = "rule";
const x3::rule<annex_row_class, ast::AnnexRow> annex_row = "row";
const x3::rule<annex_total_class, ast::AnnexTotal> annex_total = "total";
const x3::rule<annex_heading_class, ast::AnnexHeading> annex_heading = "heading";
const x3::rule<committee_table_class, ast::CommitteeTable> committee_table = "committees";
const x3::rule<line_table_class, ast::LineTable> line_table = "lines";
const x3::rule<selection_class, ast::Selection> selection = "for or except";
const x3::rule<item_table_class, ast::ItemTable> item_table = "items";
const x3::rule<agreement_table_class, ast::AgreementTable> agreement_table = "agreements";
const x3::rule<annex_item_class, ast::AnnexItem> annex_item = "annex item";
const x3::rule<decimals_class, int> decimals = "decimals";
const x3::rule<decimals_word_class> decimals_word = "decimals";
const x3::rule<codes_class, std::vector<ast::Name>> codes = "name";
const x3::rule<annex_class, ast::Annex> annex = "annex";
const x3::rule<annex_column_class, ast::AnnexColumn> annex_column = "annex column";
const statement_type statement = "statement";

// ---- numbers, texts, names -----------------------------------------------------------
const auto name_text_def = lexeme[raw[name_start >> *name_char]];
const auto name_def = name_text;
const auto text_def = lexeme['"' > *(x3::char_ - '"' - x3::eol) > '"'];
const auto number_def = lexeme[raw[number_core]];
const auto signed_number_def = lexeme[raw[-(minus_sign | lit('+')) >> number_core]];
const auto unit_word_def = keyword_of(written_units);
const auto quantity_def = number >> -unit_word;
const auto signed_quantity_def = signed_number >> -unit_word;
// Two values without a ';' between them, or a ';' without a value after it, are errors.
const auto value_separator_def = !signed_number;
const auto next_value_def = &signed_number;
const auto value_list_def = (signed_quantity % (';' > next_value)) > value_separator;

// ---- the round -----------------------------------------------------------------------
const auto include_def = kw("include") > text;
const auto round_title_def = kw("round") > text;
const auto year_def = lexeme[x3::int_ >> !name_char];
const auto years_def = kw("years") > +year;
const auto money_unit_def = keyword_of(money_units);
const auto unit_decl_def = kw("unit") > money_unit;
const auto tolerance_decl_def = kw("tolerance") > ((kw("frames") >> attr(true)) | attr(false)) > quantity;
const auto index_decl_def = kw("index") > name > -text > ':' > value_list;
const auto constant_decl_def = kw("constant") > name > '=' > signed_quantity;
const auto result_sign_def = ((minus_sign >> attr(true)) | attr(false)) >> kw("sum");
const auto result_decl_def = kw("result") > text > '=' > result_sign > ':' > value_list;

// ---- committees ----------------------------------------------------------------------
const auto frame_def = kw("frame") > ':' > value_list;
const auto date_def = lexeme[raw[digit >> digit >> digit >> digit >> '-' >> digit >> digit >> '-' >> digit >> digit]];
const auto deadline_def = kw("deadline") > date;
const auto part_def = kw("part") > name > text > -(kw("within") > name) > frame;
const auto turnover_def = kw("turnover") > ':' > value_list;
const auto committee_item_def = frame | part | deadline | turnover;
const auto committee_def = kw("committee") > name > text > *committee_item;
BOOST_SPIRIT_DEFINE(turnover)

// ---- the frame bridge ----------------------------------------------------------------
// A line starts with a code and a colon; anything else ends the bridge.
const auto bridge_value_def = -signed_quantity;
const auto bridge_line_def = (name >> -text >> ':') > (bridge_value % ';');
const auto bridge_def = kw("bridge") > text > year > -tolerance > kw("steps") > (text % ';') > *bridge_line;

// ---- the submission form -------------------------------------------------------------
const auto synonyms = -(kw("also") > (text % ','));
const auto sign_def = keyword_of(signs);
const auto line_def = kw("line") > name > text > sign > synonyms;
const auto first_term_def = attr('+') >> name;
const auto next_term_def = additive > name;
const auto terms_def = first_term >> *next_term;
const auto total_def = kw("total") > name > text > '=' > terms > synonyms;
const auto column_kind_def = (kw("amount") >> kw("per") >> kw("year") >> attr(ColumnKind::amount_per_year)) |
                             keyword_of(column_kinds);
const auto column_def = kw("column") > name > text > column_kind > (sign | attr(Sign::any));
const auto list_def = kw("list") > name > text > ((kw("optional") >> attr(true)) | attr(false)) >
                      -(kw("for") > (name % ',')) > -(kw("years") > +year) > *column;
const auto form_item_def = line | total | list;
const auto form_def = kw("form") >> *form_item;

// ---- expressions ---------------------------------------------------------------------
const auto previous_year_def = ((kw("f\xC3\xB6reg\xC3\xA5" "ende") > kw("\xC3\xA5r")) | (kw("previous") > kw("year"))) >>
                               attr(true) >> attr(0);
const auto given_year_def = attr(false) >> year;
const auto year_selector_def = '[' > (previous_year | given_year) > ']';
const auto reference_def = name >> -year_selector;
const auto index_ref_def = kw("index") > name > -year_selector;
const auto frame_ref_def = kw("frame") >> -(kw("of") > name) >> -year_selector;
const auto filter_def = kw("where") > name > '=' > text;
const auto aggregate_function_def = keyword_of(aggregates);
const auto aggregate_def = aggregate_function >> '(' > name > -('.' > name) > -filter > ')' > -year_selector;
// min(a, b): two or more expressions; min(Lista.Kolumn), one argument, is an aggregate.
const auto extremum_def = keyword_of(extrema) >> '(' >> expression >> +(',' > expression) > ')';
const auto annex_ref_def = name >> '.' >> name >> -year_selector;
const auto absolute_def = kw("abs") >> '(' > expression > ')';
const auto negated_def = minus_sign >> operand;
const auto operand_def = quantity | index_ref | frame_ref | extremum | aggregate | absolute | negated |
                         ('(' > expression > ')') | annex_ref | reference;
const auto term_def = operand >> *(multiplicative > operand);
// "+/-" starts a tolerance, not an addition.
const auto expression_def = term >> *((!lit("+/-") >> additive) > term);
const auto tolerance_def = (lit("\xC2\xB1") | lit("+/-")) > quantity;
const auto condition_def = expression > comparison > expression > -tolerance;

// ---- rules ---------------------------------------------------------------------------
const auto severity_def = keyword_of(severities);
const auto scope_def = (kw("each") >> kw("submission") >> attr(Scope::each_submission)) |
                       (kw("each") >> kw("year") >> kw("after") >> kw("first") >> attr(Scope::each_year_after_first)) |
                       (kw("each") >> kw("year") >> attr(Scope::each_year)) |
                       (kw("across") >> kw("all") >> kw("submissions") >> attr(Scope::across_submissions));
const auto only = -(kw("for") > (name % ','));
const auto rule_statement_def = kw("rule") > text > severity > only > scope > ':' > condition >
                                -(kw("message") > text);

// ---- annexes -------------------------------------------------------------------------
const auto annex_row_def = kw("row") > name > text > only > '=' > expression;
const auto annex_total_def = kw("total") > name > text > '=' > terms;
const auto committee_table_def = kw("committees") > ((kw("parts") > kw("first") > attr(true)) | attr(false)) >
                                 ((kw("chart") >> attr(true)) | attr(false));
const auto line_table_def = kw("lines");
const auto codes_def = name % ',';
const auto selection_def = keyword_of(selection_modes) > codes;
const auto item_table_def = kw("items") > name > '.' > name > kw("label") > name > -text > -selection >
                            -(kw("requirement") > name) > ((kw("plain") >> attr(true)) | attr(false)) >
                            -(kw("total") >> kw("label") > text);
const auto agreement_table_def = kw("agreements") > name > '.' > name > kw("counterpart") > name > kw("role") > name >
                                 kw("seller") > text > kw("buyer") > text;
const auto bridge_table_def = kw("frame") >> kw("bridge") > year;
const auto annex_heading_def = kw("heading") > text;
const auto annex_item_def = annex_row | annex_total | annex_heading | committee_table | line_table | item_table | agreement_table |
                            bridge_table;
const auto decimals_word_def = kw("decimals") | kw("decimal") | kw("decimaler");
const auto decimals_def = lexeme[x3::uint_ >> !name_char] > decimals_word;
const auto annex_column_def = -text >> year;
const auto annex_def = kw("annex") > name > text > money_unit > decimals > -(kw("columns") > (annex_column % ';')) >
                       -(kw("sum") > kw("column") > text) >
                       *annex_item;

const auto statement_def = include | round_title | years | unit_decl | tolerance_decl | index_decl |
                           constant_decl | result_decl | committee | bridge | form | rule_statement | annex;

BOOST_SPIRIT_DEFINE(name_text, name, text, number, signed_number, unit_word, quantity, signed_quantity, value_list, value_separator, next_value,
                    include, round_title, year, years, money_unit, unit_decl, tolerance_decl, index_decl,
                    constant_decl, result_sign, result_decl, frame, date, deadline, part, committee_item,
                    committee, sign, line, first_term, next_term, terms, total, column_kind, column, list,
                    form_item, form, previous_year, given_year, year_selector, reference, index_ref,
                    frame_ref, filter, aggregate_function, aggregate, absolute, negated, operand, term,
                    expression, tolerance, condition, severity, scope, rule_statement, statement)
BOOST_SPIRIT_DEFINE(annex_row, annex_total, committee_table, line_table, selection, item_table, agreement_table,
                    annex_item, decimals, decimals_word, codes, annex, annex_column, annex_heading, annex_ref, extremum, bridge_value, bridge_line, bridge, bridge_table)

}  // namespace ramkoll::rules::grammar
