// Tests of verify(): every program the bundled rule files compile to meets the evaluator's
// assumptions, and a program that would not (a bad index, a year the scope lacks, a stack
// that runs dry) is refused.
#include "rules/loader.hpp"
#include "rules/verify.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>

using namespace ramkoll;
using namespace ramkoll::rules;

TEST_CASE("the bundled rule files compile to programs that verify() accepts") {
    std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
    for (const char* file : {"rules/blekinge-2024.rules", "rules/blekinge-2020.rules", "rules/vasterbotten-2023.rules"}) {
        auto loaded = load_rules(file);
        INFO(file);
        REQUIRE(loaded.ok());
        for (const auto& rule : loaded.round.rules) {
            CHECK_NOTHROW(verify(rule.actual, loaded.round, rule.scope));
            CHECK_NOTHROW(verify(rule.expected, loaded.round, rule.scope));
        }
    }
}

TEST_CASE("verify() refuses programs the evaluator cannot run") {
    std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
    auto loaded = load_rules("rules/blekinge-2024.rules");
    REQUIRE(loaded.ok());
    const Round& round = loaded.round;
    using Op = Instruction::Op;
    Instruction line{Op::line};
    line.index = 0;
    CHECK_NOTHROW(verify({line}, round, Scope::each_year));
    CHECK_THROWS_AS(verify({line}, round, Scope::across_submissions), std::logic_error);   // no submission
    CHECK_THROWS_AS(verify({line}, round, Scope::each_submission), std::logic_error);      // no year
    Instruction previous = line;
    previous.year.kind = YearRef::Kind::previous;
    CHECK_THROWS_AS(verify({previous}, round, Scope::each_year), std::logic_error);
    CHECK_NOTHROW(verify({previous}, round, Scope::each_year_after_first));
    Instruction far = line;
    far.index = static_cast<int>(round.form.lines.size());
    CHECK_THROWS_AS(verify({far}, round, Scope::each_year), std::logic_error);
    CHECK_THROWS_AS(verify({line, Instruction{Op::add}}, round, Scope::each_year), std::logic_error);
    CHECK_THROWS_AS(verify({line, line}, round, Scope::each_year), std::logic_error);   // two values left
}
