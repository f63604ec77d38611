// Opens the workbook, picks the reader (template or free-form), settles the committee, and
// turns amount cells into amounts or findings (naming what was read only for a finding).
#include "submission/read_submission.hpp"

#include "submission/committee_identity.hpp"
#include "submission/readers.hpp"
#include "template/names.hpp"

#include <fmt/format.h>

namespace ramkoll::submission {

std::string Subject::text() const {
    const std::string column = year == 0 ? std::string(label) : templates::column_header(label, year);
    if (list.empty()) return column;
    return fmt::format("{} rad {}: {}", list, row, column);
}

std::optional<Amount> take_amount(Submission& out, const rules::Round& round, const SheetGrid& grid,
                                  xlsx::CellRef ref, const Subject& subject) {
    return take_amount(out, grid, ref, subject, round.unit);
}

std::optional<Amount> take_amount(Submission& out, const SheetGrid& grid, xlsx::CellRef ref,
                                  const Subject& subject, Unit written_in) {
    return take_amount(out, grid, ref, grid.at(ref), subject, written_in);
}

std::optional<Amount> take_amount(Submission& out, const SheetGrid& grid, xlsx::CellRef ref, const GridCell* cell,
                                  const Subject& subject, Unit written_in) {
    const auto reading = read_amount(cell);
    // Built in place and returned as it is (no copy of its source per cell).
    std::optional<Amount> amount(std::in_place);
    amount->source = {out.file(), grid.name(), ref};
    using Kind = AmountReading::Kind;
    auto finding = [&](ReadingProblem problem) { out.findings.push_back({problem, amount->source, subject.text(), reading.found}); };
    switch (reading.kind) {
    case Kind::blank: amount->blank = true; return amount;
    case Kind::number: break;
    case Kind::number_as_text: finding(ReadingProblem::number_as_text); break;
    case Kind::uncomputed: finding(ReadingProblem::uncomputed_formula); return std::nullopt;
    case Kind::not_a_number: finding(ReadingProblem::not_a_number); return std::nullopt;
    case Kind::error: finding(ReadingProblem::error_value); return std::nullopt;
    }
    try {
        amount->kronor = to_kronor(reading.value, written_in);
        return amount;
    } catch (const std::overflow_error&) {
        const std::string shown = reading.kind == Kind::number ? std::string(cell->raw) : reading.found;
        out.findings.push_back({ReadingProblem::not_a_number, amount->source, subject.text(), shown});
        return std::nullopt;
    }
}

Submission read_submission(const std::filesystem::path& path, const rules::Round& round, std::string_view committee,
                           const xlsx::ReadLimits& limits) {
    const auto book = xlsx::Workbook::open(path, limits);
    Submission out(round, path.filename().string());
    for (const auto& defined : book.defined_names())
        if (!defined.sheet && defined.name == report_name) {
            out.layout = Layout::ramkoll_report;
            return out;
        }
    const auto& active = book.active_content();
    const Source whole_file{out.file(), {}, {}};
    if (active.macros) out.findings.push_back({ReadingProblem::macros_ignored, whole_file, {}, {}});
    for (const auto& link : active.external_links)
        out.findings.push_back({ReadingProblem::external_link_ignored, whole_file, {}, link});
    if (active.data_connections) out.findings.push_back({ReadingProblem::data_connection_ignored, whole_file, {}, {}});
    if (is_template(book)) {
        out.layout = Layout::ramkoll_template;
        read_template(book, round, out);   // sets the committee from the metadata
        return out;
    }
    out.layout = Layout::free_form;
    read_free_form(book, round, out);
    out.committee_code = std::string(committee);
    if (out.committee_code.empty()) out.committee_code = committee_from_file_name(path, round);
    if (out.committee_code.empty()) out.committee_code = committee_from_texts(book, round);
    const Source file_only{out.file(), book.sheets().empty() ? std::string() : book.sheets().front().name, {}};
    if (out.committee_code.empty())
        out.findings.push_back({ReadingProblem::committee_unknown, file_only, {}, {}});
    else if (round.committee(out.committee_code) == nullptr)
        out.findings.push_back({ReadingProblem::committee_unknown, file_only, {}, out.committee_code});
    return out;
}

}  // namespace ramkoll::submission
