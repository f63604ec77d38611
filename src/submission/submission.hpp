// A submission as read from a workbook: per form line and year the amount and the cell it
// came from, the rows of each list section, the committee, and what reading noticed. It is
// what the rules evaluate (it implements rules::SubmissionValues), amounts in kronor.
#pragma once

#include "rules/evaluator.hpp"
#include "submission/reading_finding.hpp"
#include "submission/source.hpp"

#include <boost/container/flat_map.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::submission {

// An amount in kronor and its cell. `blank`: the cell was empty and counts as zero.
struct Amount {
    Money kronor;
    Source source;
    bool blank = false;
};

struct Text {
    std::string value;
    Source source;
};

// One row of a list section. Amounts are keyed by (column, year); year is 0 for an
// "amount" column that is not per year. Sorted vectors (a row has a few dozen cells at most):
// one allocation per row, not one per cell.
struct ListRow {
    boost::container::flat_map<std::size_t, Text> texts;
    boost::container::flat_map<std::pair<std::size_t, int>, Amount> amounts;
};

enum class Layout {
    ramkoll_template,   // read by the template's defined names and metadata
    free_form,          // read by finding the year header and matching labels
    ramkoll_report      // a report written by `ramkoll check` (report_name): nothing is read
};

// The workbook-wide defined name that marks a report of `ramkoll check`, so that a report
// saved among the submissions (where its links work) is not taken for one the next time.
inline constexpr std::string_view report_name = "Ramkoll_granskning";

class Submission : public rules::SubmissionValues {
public:
    Submission(const rules::Round& round, std::string file) : round_(&round), file_(std::move(file)) {
        lists.resize(round.form.lists.size());
    }

    Name file() const { return file_; }

    Layout layout = Layout::free_form;
    std::string committee_code;                              // empty when it could not be told
    std::map<std::pair<std::size_t, int>, Amount> lines;     // (form line, year) → amount
    std::vector<std::vector<ListRow>> lists;                 // per form list, in sheet order
    std::vector<ReadingFinding> findings;

    // The amount of a line in a year with its cell, or nullptr.
    const Amount* line_amount(std::size_t line, int year) const;

    // rules::SubmissionValues
    std::string committee() const override { return committee_code; }
    std::optional<Money> line(std::size_t line, int year) const override;
    std::size_t rows(std::size_t list) const override { return lists.at(list).size(); }
    std::optional<Money> amount(std::size_t list, std::size_t row, std::size_t column, int year) const override;
    std::string text(std::size_t list, std::size_t row, std::size_t column) const override;

private:
    const rules::Round* round_;
    Name file_;
};

}  // namespace ramkoll::submission
