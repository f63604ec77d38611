// Boost.Fusion adaptation of the syntax tree, kept apart so only the grammar sees it.
#pragma once

#include "rules/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Quantity, number, unit)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::ValueList, values)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Include, path)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::RoundTitle, title)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Years, years)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::UnitDecl, unit)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::ToleranceDecl, frames, value)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::IndexDecl, name, title, values)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::ConstantDecl, name, value)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::ResultDecl, label, negated, values)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Frame, values)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Deadline, date)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Part, code, name, within, frame)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Committee, code, name, items)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Line, name, label, sign, synonyms)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::TotalTerm, sign, line)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Total, name, label, terms, synonyms)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Column, name, label, kind)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::ListSection, name, label, optional, columns)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Form, items)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::YearSelector, previous, year)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Reference, name, year)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::IndexRef, name, year)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::FrameRef, part, year)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Filter, column, text)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Aggregate, function, target, column, filter)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Operation, op, operand)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Expression, first, rest)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Negated, operand)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Absolute, expression)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Condition, left, comparison, right, tolerance)
BOOST_FUSION_ADAPT_STRUCT(ramkoll::rules::ast::Rule, name, severity, only, scope, condition, message)
