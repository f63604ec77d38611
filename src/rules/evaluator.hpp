// Evaluates a checked round's compiled rules over submissions. A submission is seen through
// SubmissionValues (lines per year, list rows, the committee), so any reader can plug in.
// Results are Findings: the rule, committee, year, expected/actual/difference, the line.
#pragma once

#include "common/lang.hpp"
#include "rules/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ramkoll::rules {

// One committee's submission as the rules see it. Indices are those of Round::form; years
// are calendar years (2024); amounts are kronor. Missing values are nullopt.
class SubmissionValues {
public:
    virtual ~SubmissionValues() = default;
    virtual std::string committee() const = 0;
    virtual std::optional<Money> line(std::size_t line, int year) const = 0;
    virtual std::size_t rows(std::size_t list) const = 0;
    // For an "amount" column (one value, not per year) `year` is ignored; an empty cell has none.
    virtual std::optional<Money> amount(std::size_t list, std::size_t row, std::size_t column, int year) const = 0;
    virtual std::string text(std::size_t list, std::size_t row, std::size_t column) const = 0;
};

enum class Outcome {
    failed,            // the comparison does not hold
    missing,           // a value the rule needs is not in the submission
    not_computable     // division by zero or an amount out of range
};

struct Finding {
    std::size_t rule = 0;                  // index into Round::rules
    std::string committee;                 // empty for rules across all submissions
    std::optional<int> year;               // empty for rules of each submission
    Outcome outcome = Outcome::failed;
    Money actual;
    Money expected;
    Money difference;                      // actual − expected
    std::optional<std::size_t> line;       // the line the rule is about, for pointing at cells
    std::string missing;                   // what was missing, e.g. "Drift 2025"
};

class Evaluator {
public:
    explicit Evaluator(const Round& round) : round_(round) {}

    // Rules of scope each submission, each year and each year after first.
    std::vector<Finding> check(const SubmissionValues& submission) const;
    // Rules of scope across all submissions, once per year.
    std::vector<Finding> check_all(const std::vector<const SubmissionValues*>& submissions) const;
    // A program compiled for across all submissions (an annex row), in the calendar year `year`
    // (a year of the round, or of a list or annex column); nullopt when a value is missing, it
    // cannot be computed, or nothing it reads is filled in (an annex leaves that blank).
    std::optional<Money> value(const Program& program, const std::vector<const SubmissionValues*>& submissions,
                               int year) const;
    // Row `row` of a rows annex in year `year`: its program over the submissions of the
    // committees it names (all when none), or a total of earlier rows (an empty term is 0).
    std::optional<Money> row_value(const std::vector<AnnexRow>& rows, std::size_t row,
                                   const std::vector<const SubmissionValues*>& submissions, int year) const;

private:
    struct Result;
    // One submission (with its committee, resolved once) or all of them (across).
    struct Subject {
        const SubmissionValues* submission = nullptr;
        const Committee* committee = nullptr;
        std::string code;
        const std::vector<const SubmissionValues*>* all = nullptr;
    };
    Result run(const Program& program, const Subject& subject, std::optional<int> year) const;
    void judge(std::size_t rule_index, const Subject& subject, std::optional<int> year,
               std::vector<Finding>& out) const;

    const Round& round_;
};

// A line's value in a submission; a total the submission lacks is computed from its terms.
std::optional<Money> line_value(const Round& round, const SubmissionValues& submission, std::size_t line, int year);

// The finding as a sentence: the rule's message template filled in, or a default text.
std::string describe(const Round& round, const Finding& finding, Lang lang);
// The rule's name as shown to people (built-in rules get "Tecken: …" / "Summa: …").
std::string rule_title(const CompiledRule& rule, Lang lang);
// A value of a rule's kind as every report shows it: "35 063,9 tkr" for amounts (in the round's
// unit, one decimal), "0,039" for ratios (every decimal there is, no trailing zeros).
std::string format_value(const Round& round, ValueKind kind, Money value);

}  // namespace ramkoll::rules
