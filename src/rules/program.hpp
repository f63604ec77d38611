// The compiled form of a rule's expression: a flat stack program with every name resolved
// to an index, so evaluating it over many submissions does no lookups by name.
#pragma once

#include "common/money.hpp"
#include "rules/vocabulary.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace ramkoll::rules {

// Which year an operand reads: the year being checked, the one before it, or a fixed year.
struct YearRef {
    enum class Kind : std::uint8_t { current, previous, fixed } kind = Kind::current;
    int year = 0;                     // for fixed: the calendar year
};

struct Instruction {
    enum class Op : std::uint8_t {
        constant,        // push value
        line,            // push line `index` of the submission in `year`
        frame,           // push the committee's frame in `year` (part `filter_text` if not empty)
        index,           // push rate of index series `index` in `year`
        list_column,     // aggregate over list `index`, column `column` (count: column may be −1)
        all_lines,       // across submissions: aggregate line `index` in `year`
        all_frames,      // across submissions: aggregate the frames in `year`
        annex_row,       // across submissions: row `column` of rows annex `index` in `year`
        add, subtract, multiply, divide, minimum, maximum, negate, absolute
    };
    Instruction() = default;
    Instruction(Op o) : op(o) {}   // NOLINT: implicit, so that {Op::add} reads as an instruction

    Op op = Op::constant;
    Aggregate aggregate = Aggregate::sum;
    YearRef year;
    int index = -1;
    int column = -1;
    int filter_column = -1;           // list_column: only rows whose filter_column == filter_text
    std::string filter_text;
    Money value;
};

using Program = std::vector<Instruction>;

}  // namespace ramkoll::rules
