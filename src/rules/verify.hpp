// The evaluator's assumptions about a compiled Program, checked once the round is compiled: every
// index names something in the round, every year reference fits the scope, the stack never
// runs dry and ends with one value. A Program that fails is a bug in the compiler, not in a
// rule file, so verify() throws std::logic_error naming the instruction.
#pragma once

#include "rules/model.hpp"

namespace ramkoll::rules {

void verify(const Program& program, const Round& round, Scope scope);
// Every program of the round: its rules' and its annexes' rows (across submissions).
void verify(const Round& round);

}  // namespace ramkoll::rules
