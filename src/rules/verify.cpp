// Checking a compiled Program against what evaluator.cpp relies on (see verify.hpp).
#include "rules/verify.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace ramkoll::rules {

namespace {

bool in_range(int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; }

}  // namespace

void verify(const Program& program, const Round& round, Scope scope) {
    using Op = Instruction::Op;
    const bool across = scope == Scope::across_submissions;
    std::size_t depth = 0;
    for (std::size_t i = 0; i < program.size(); ++i) {
        const Instruction& in = program[i];
        auto fail = [&](const char* what) {
            throw std::logic_error(fmt::format("compiled rule program, instruction {}: {}", i, what));
        };
        auto check_year = [&] {
            switch (in.year.kind) {
            case YearRef::Kind::current:
                if (scope == Scope::each_submission) fail("the year in scope, but each submission has none");
                break;
            case YearRef::Kind::previous:
                if (scope != Scope::each_year_after_first && !across)
                    fail("the previous year outside each year after first and across all submissions");
                break;
            case YearRef::Kind::fixed:
                if (!round.has_year(in.year.year)) fail("a year not in the round, a list or an annex");
                break;
            }
        };
        switch (in.op) {
        case Op::constant: ++depth; break;
        case Op::line:
            if (across) fail("a submission's line across submissions");
            if (!in_range(in.index, round.form.lines.size())) fail("no such line");
            check_year();
            ++depth;
            break;
        case Op::frame:
            if (across) fail("a submission's frame across submissions");
            check_year();
            ++depth;
            break;
        case Op::index:
            if (!in_range(in.index, round.indices.size())) fail("no such index");
            check_year();
            ++depth;
            break;
        case Op::list_column: {
            if (!in_range(in.index, round.form.lists.size())) fail("no such list");
            const auto& columns = round.form.lists[static_cast<std::size_t>(in.index)].columns;
            if (in.column != -1 && !in_range(in.column, columns.size())) fail("no such column");
            if (in.column == -1 && in.aggregate != Aggregate::count) fail("an aggregate of no column");
            if (in.filter_column != -1 && !in_range(in.filter_column, columns.size())) fail("no such filter column");
            if (in.year.kind != YearRef::Kind::current) check_year();
            ++depth;
            break;
        }
        case Op::all_lines:
            if (!across) fail("an aggregate over submissions outside across all submissions");
            if (!in_range(in.index, round.form.lines.size())) fail("no such line");
            check_year();
            ++depth;
            break;
        case Op::all_frames:
            if (!across) fail("an aggregate over submissions outside across all submissions");
            check_year();
            ++depth;
            break;
        case Op::annex_row: {
            if (!across) fail("an annex row outside across all submissions");
            if (!in_range(in.index, round.annexes.size())) fail("no such annex");
            const auto* rows = std::get_if<RowsTable>(&round.annexes[static_cast<std::size_t>(in.index)].table);
            if (!rows) fail("an annex without rows");
            if (!in_range(in.column, rows->rows.size())) fail("no such annex row");
            check_year();
            ++depth;
            break;
        }
        case Op::negate:
        case Op::absolute:
            if (depth < 1) fail("an operation on an empty stack");
            break;
        case Op::add:
        case Op::subtract:
        case Op::multiply:
        case Op::divide:
        case Op::minimum:
        case Op::maximum:
            if (depth < 2) fail("an operation needs two values");
            --depth;
            break;
        }
    }
    if (depth != 1) throw std::logic_error(fmt::format("compiled rule program leaves {} values, not 1", depth));
}

void verify(const Round& round) {
    for (const auto& rule : round.rules) {
        verify(rule.actual, round, rule.scope);
        verify(rule.expected, round, rule.scope);
    }
    for (const auto& annex : round.annexes)
        if (const auto* rows = std::get_if<RowsTable>(&annex.table))
            for (const auto& row : rows->rows)
                if (!row.is_total() && !row.heading) verify(row.program, round, Scope::across_submissions);
}

}  // namespace ramkoll::rules
