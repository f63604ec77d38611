// Opens the workbook, picks the reader (template or free-form), settles the committee, and
// turns amount cells into amounts or findings.
#include "submission/read_submission.hpp"

#include "submission/label_match.hpp"
#include "submission/readers.hpp"

namespace ramkoll::submission {

namespace {

// A committee code standing alone in the file name: "TN-2024.xlsx", "budget_hsn v2.xlsx".
std::string committee_from_file_name(const std::filesystem::path& path, const rules::Round& round) {
    const auto stem = path.stem().string();
    std::string token;
    auto matches = [&]() -> std::string {
        for (const auto& c : round.committees)
            if (normalize_label(c.code) == normalize_label(token)) return c.code;
        return {};
    };
    for (char ch : stem + " ") {
        const bool alnum = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (alnum) {
            token += ch;
            continue;
        }
        if (auto code = matches(); !token.empty() && !code.empty()) return code;
        token.clear();
    }
    return {};
}

// The committee whose name (or whose part's name) appears in a text cell; the longest name wins,
// so "reserv Regionstyrelsen" is not taken for another committee.
std::string committee_from_texts(const xlsx::Workbook& book, const rules::Round& round) {
    std::string best;
    std::size_t best_length = 0;
    for (std::size_t s = 0; s < book.sheets().size(); ++s) {
        const auto grid = SheetGrid::read(book, s);
        for (const auto& [key, cell] : grid.cells()) {
            if (cell.type != xlsx::CellType::string) continue;
            const auto text = normalize_label(cell.text);
            auto consider = [&](const std::string& name, const std::string& code) {
                const auto n = normalize_label(name);
                if (n.size() > best_length && text.find(n) != std::string::npos) {
                    best = code;
                    best_length = n.size();
                }
            };
            for (const auto& c : round.committees) {
                consider(c.name, c.code);
                for (const auto& part : c.parts) consider(part.name, c.code);
            }
        }
    }
    return best;
}

}  // namespace

std::optional<Amount> take_amount(Submission& out, const rules::Round& round, const SheetGrid& grid,
                                  xlsx::CellRef ref, const std::string& subject) {
    const Source source{out.file(), grid.name(), ref};
    const auto reading = read_amount(grid.at(ref));
    using Kind = AmountReading::Kind;
    auto finding = [&](ReadingProblem problem) { out.findings.push_back({problem, source, subject, reading.found}); };
    switch (reading.kind) {
    case Kind::blank: return Amount{{}, source, true};
    case Kind::number: break;
    case Kind::number_as_text: finding(ReadingProblem::number_as_text); break;
    case Kind::uncomputed: finding(ReadingProblem::uncomputed_formula); return std::nullopt;
    case Kind::not_a_number: finding(ReadingProblem::not_a_number); return std::nullopt;
    case Kind::error: finding(ReadingProblem::error_value); return std::nullopt;
    }
    try {
        return Amount{to_kronor(reading.value, round.unit), source, false};
    } catch (const std::overflow_error&) {
        const std::string shown = reading.kind == Kind::number ? grid.at(ref)->raw : reading.found;
        out.findings.push_back({ReadingProblem::not_a_number, source, subject, shown});
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
