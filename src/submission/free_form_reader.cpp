// Reading a free-form workbook (a committee's own layout or a legacy file): find the header
// row holding the round's years, the column holding the line labels, and match each form line
// by its label or synonyms. The sheet and header row that explain the most win.
#include "submission/label_match.hpp"
#include "submission/readers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace ramkoll::submission {

namespace {

// The year a header cell names: 2024, "2024", "Budget 2024", "Plan 2025 (tkr)". A text naming
// more than one year ("budget 2024 och plan 2025–2026") is a title, not a column header.
std::optional<int> year_in(const GridCell& cell) {
    if (cell.type == xlsx::CellType::number) {
        if (cell.raw.size() == 4 && cell.raw.find_first_not_of("0123456789") == std::string::npos)
            return std::stoi(cell.raw);
        return std::nullopt;
    }
    if (cell.type != xlsx::CellType::string) return std::nullopt;
    const auto& t = cell.text;
    auto digit = [&](std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
    std::optional<int> year;
    for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
        if ((i > 0 && digit(i - 1)) || digit(i + 4)) continue;
        if (digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && (t[i] == '1' || t[i] == '2')) {
            if (year) return std::nullopt;
            year = std::stoi(t.substr(i, 4));
        }
    }
    return year;
}

struct TableLayout {
    std::size_t sheet = 0;
    std::uint32_t header_row = 0;
    std::uint32_t label_col = 0;
    std::map<int, std::uint32_t> year_col;          // the round's years found in the header
    std::map<std::size_t, std::uint32_t> line_row;  // form line → row
    std::size_t other_years = 0;                     // year-like headers not in the round
    auto score() const { return std::tuple(year_col.size(), line_row.size(), other_years); }
};

// A text cell that names a form line. They are found once per sheet, so that trying each
// candidate header row does not match every label again: a sheet with thousands of year-like
// rows (account numbers, found by fuzzing) took minutes.
struct LabelCell {
    std::uint32_t row, col;
    std::size_t line;
};

// At most this many candidate header rows per sheet, the topmost: a real header is near the top.
constexpr std::size_t max_header_candidates = 1000;

// The best reading of one header row: its year columns and the label column that matches most
// lines below it (`labels` in sheet order).
TableLayout layout_at(const SheetGrid& grid, std::size_t sheet, std::uint32_t header_row, const rules::Round& round,
                      const std::vector<LabelCell>& labels) {
    TableLayout best{sheet, header_row, 0, {}, {}, 0};
    std::set<std::uint32_t> year_cols;
    for (auto it = grid.cells().lower_bound({header_row, 0}); it != grid.cells().end() && it->first.first == header_row; ++it) {
        const auto year = year_in(it->second);
        if (!year) continue;
        year_cols.insert(it->first.second);
        if (std::find(round.years.begin(), round.years.end(), *year) == round.years.end()) ++best.other_years;
        else if (!best.year_col.count(*year)) best.year_col[*year] = it->first.second;
    }
    std::map<std::uint32_t, std::map<std::size_t, std::uint32_t>> matches;   // label column → line → row
    const auto below = std::upper_bound(labels.begin(), labels.end(), header_row,
                                        [](std::uint32_t row, const LabelCell& l) { return row < l.row; });
    for (auto it = below; it != labels.end(); ++it)
        if (!year_cols.count(it->col)) matches[it->col].emplace(it->line, it->row);
    for (const auto& [col, lines] : matches) {
        if (lines.size() > best.line_row.size()) {
            best.label_col = col;
            best.line_row = lines;
        }
    }
    return best;
}

}  // namespace

void read_free_form(const xlsx::Workbook& book, const rules::Round& round, Submission& out) {
    std::optional<TableLayout> best;
    std::vector<SheetGrid> grids;
    for (std::size_t s = 0; s < book.sheets().size(); ++s) {
        grids.push_back(SheetGrid::read(book, s));
        if (book.sheets()[s].state != xlsx::SheetState::visible) continue;
        std::set<std::uint32_t> rows;
        std::vector<LabelCell> labels;
        for (const auto& [key, cell] : grids.back().cells()) {
            if (year_in(cell) && rows.size() < max_header_candidates) rows.insert(key.first);
            if (cell.type != xlsx::CellType::string) continue;
            if (auto line = match_line(round.form, cell.text)) labels.push_back({key.first, key.second, *line});
        }
        for (auto row : rows) {
            auto candidate = layout_at(grids.back(), s, row, round, labels);
            if (!best || candidate.score() > best->score()) best = std::move(candidate);
        }
    }
    const std::string sheet_name = best ? grids[best->sheet].name()
                                        : book.sheets().empty() ? std::string() : book.sheets().front().name;
    const auto header_cell = best ? std::optional<xlsx::CellRef>(xlsx::CellRef{best->header_row, 1}) : std::nullopt;
    for (int year : round.years)
        if (!best || !best->year_col.count(year))
            out.findings.push_back({ReadingProblem::year_missing, {out.file(), sheet_name, header_cell}, std::to_string(year), {}});
    const auto& lines = round.form.lines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool found = best && best->line_row.count(i);
        if (!found) {
            out.findings.push_back({ReadingProblem::line_missing, {out.file(), sheet_name, {}}, lines[i].label, {}});
            continue;
        }
        for (const auto& [year, col] : best->year_col) {
            auto amount = take_amount(out, round, grids[best->sheet], {best->line_row.at(i), col}, fmt::format("{} {}", lines[i].label, year));
            if (amount) out.lines[{i, year}] = *amount;
        }
    }
}

}  // namespace ramkoll::submission
