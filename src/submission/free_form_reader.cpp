// Reading a free-form workbook (a committee's own layout or a legacy file): find the header
// row holding the round's years, the column holding the line labels, and match each form line
// by its label or synonyms. The sheet and header row that explain the most win; a table with
// the years down a column is read transposed. Every choice that could go either way is a
// finding naming the candidates: several budget-like sheets, two columns for a year, a line
// twice, hidden rows and columns with amounts, amount rows not on the form, declared units.
#include "submission/label_match.hpp"
#include "submission/readers.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace ramkoll::submission {

namespace {

// The year a header cell names: 2024, "2024", "Budget 2024", "Plan 2025 (tkr)", a date cell
// (2024-01-01 shown as "yyyy"). A text naming more than one year ("budget 2024 och plan
// 2025–2026") is a title, not a column header.
std::optional<int> year_in(const GridCell& cell) {
    if (cell.date_year) return cell.date_year;
    if (cell.type == xlsx::CellType::number) {
        if (cell.raw.size() == 4 && cell.raw.find_first_not_of("0123456789") == std::string::npos)
            return std::stoi(std::string(cell.raw));
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
            year = std::stoi(std::string(t.substr(i, 4)));
        }
    }
    return year;
}

// A unit a text declares: "tkr", "Belopp i kronor", "Budget 2024 (mnkr)", "tusentals kronor".
// `known` is false for a unit that cannot be converted (mdkr, miljarder kronor).
struct DeclaredUnit {
    Unit unit = Unit::tkr;
    bool known = true;
    std::string word;
};

std::optional<DeclaredUnit> unit_in(std::string_view text) {
    std::vector<std::string> words(1);
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || u >= 0x80) words.back() += c;
        else if (c >= 'A' && c <= 'Z') words.back() += static_cast<char>(c - 'A' + 'a');
        else if (!words.back().empty()) words.emplace_back();
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        const std::string before = i > 0 ? words[i - 1] : std::string();
        if (w == "tkr") return DeclaredUnit{Unit::tkr, true, w};
        if (w == "mnkr" || w == "mkr" || w == "msek") return DeclaredUnit{Unit::mnkr, true, w};
        if (w == "mdkr" || w == "mdr" || w == "mdsek") return DeclaredUnit{Unit::mnkr, false, w};
        if (w == "kr" || w == "kronor" || w == "sek") {
            if (before == "tusen" || before == "tusental" || before == "tusentals") return DeclaredUnit{Unit::tkr, true, before + " " + w};
            if (before == "miljoner" || before == "miljon" || before == "miljontals") return DeclaredUnit{Unit::mnkr, true, before + " " + w};
            if (before == "miljarder" || before == "miljard") return DeclaredUnit{Unit::mnkr, false, before + " " + w};
            return DeclaredUnit{Unit::kr, true, w};
        }
    }
    return std::nullopt;
}

// A text cell that names a form line. They are found once per sheet, so that trying each
// candidate header row does not match every label again: a sheet with thousands of year-like
// rows (account numbers, found by fuzzing) took minutes.
struct LabelCell {
    std::uint32_t row, col;
    std::size_t line;
};

// One way to read a sheet: its header row, year columns and label column. Rows and columns
// are the grid's; for a transposed table the grid is the sheet with rows and columns swapped.
struct TableLayout {
    std::size_t sheet = 0;
    bool transposed = false;
    std::uint32_t header_row = 0;
    std::uint32_t label_col = 0;
    std::map<int, std::vector<std::uint32_t>> year_cols;          // the round's years: visible columns naming them
    std::map<std::size_t, std::vector<std::uint32_t>> line_rows;  // form line → rows with its label
    std::size_t other_years = 0;                                   // year-like headers not in the round
    auto score() const { return std::tuple(year_cols.size(), line_rows.size(), other_years); }
};

// At most this many candidate header rows per sheet, the topmost: a real header is near the top.
constexpr std::size_t max_header_candidates = 1000;

// The best reading of one header row: its year columns and the label column that matches most
// lines below it (`labels` in grid order).
TableLayout layout_at(const SheetGrid& grid, std::size_t sheet, bool transposed, std::uint32_t header_row,
                      const rules::Round& round, const std::vector<LabelCell>& labels) {
    TableLayout best{sheet, transposed, header_row, 0, {}, {}, 0};
    std::set<std::uint32_t> year_cols;
    for (auto it = grid.from({header_row, 0}); it != grid.cells().end() && it->first.first == header_row; ++it) {
        const auto year = year_in(it->second);
        if (!year) continue;
        year_cols.insert(it->first.second);
        if (std::find(round.years.begin(), round.years.end(), *year) == round.years.end()) ++best.other_years;
        else if (!grid.col_hidden(it->first.second)) best.year_cols[*year].push_back(it->first.second);
    }
    std::map<std::uint32_t, std::map<std::size_t, std::vector<std::uint32_t>>> matches;   // label column → line → rows
    const auto below = std::upper_bound(labels.begin(), labels.end(), header_row,
                                        [](std::uint32_t row, const LabelCell& l) { return row < l.row; });
    for (auto it = below; it != labels.end(); ++it)
        if (!year_cols.count(it->col)) matches[it->col][it->line].push_back(it->row);
    for (auto& [col, lines] : matches) {
        if (lines.size() > best.line_rows.size()) {
            best.label_col = col;
            best.line_rows = lines;
        }
    }
    return best;
}

// The best layout of one grid (a sheet, or a sheet transposed).
std::optional<TableLayout> best_layout(const SheetGrid& grid, std::size_t sheet, bool transposed, const rules::Round& round) {
    std::set<std::uint32_t> rows;
    std::vector<LabelCell> labels;
    for (const auto& [key, cell] : grid.cells()) {
        if (year_in(cell) && rows.size() < max_header_candidates) rows.insert(key.first);
        if (cell.type != xlsx::CellType::string) continue;
        if (auto line = match_line(round.form, cell.text)) labels.push_back({key.first, key.second, *line});
    }
    std::optional<TableLayout> best;
    for (auto row : rows) {
        auto candidate = layout_at(grid, sheet, transposed, row, round, labels);
        if (!best || candidate.score() > best->score()) best = std::move(candidate);
    }
    return best;
}

// Whether a layout has everything a budget table has: every year and at least half the lines.
bool looks_like_budget(const TableLayout& layout, const rules::Round& round) {
    return layout.year_cols.size() == round.years.size() && 2 * layout.line_rows.size() >= round.form.lines.size();
}

// The first header cell of a layout in its sheet: where its year columns start.
xlsx::CellRef header_cell(const TableLayout& layout) {
    const auto first = layout.year_cols.empty() ? 1 : layout.year_cols.begin()->second.front();
    return layout.transposed ? xlsx::CellRef{first, layout.header_row} : xlsx::CellRef{layout.header_row, first};
}

// "'Budget (v1)'!B3": a sheet and its header, as a candidate is named.
std::string named_table(const SheetGrid& grid, const TableLayout& layout) {
    return xlsx::quote_sheet_name(grid.name().str()) + "!" + xlsx::to_string(header_cell(layout));
}

// Reads the chosen layout of one sheet into `out`, with a finding for every choice made.
class TableReader {
public:
    TableReader(const rules::Round& round, const SheetGrid& sheet, const TableLayout& layout, Submission& out)
        : round_(round), sheet_(sheet), grid_(layout.transposed ? sheet.transposed() : SheetGrid()), layout_(layout), out_(out) {
        for (const auto& [line, rows] : layout_.line_rows) last_row_ = std::max(last_row_, rows.back());
    }

    void read() {
        if (layout_.transposed) add(ReadingProblem::transposed_layout, header_cell(layout_), {}, {});
        choose_columns();
        choose_units();
        report_hidden_columns();
        read_lines();
        report_rows_not_on_form();
    }

private:
    const SheetGrid& grid() const { return layout_.transposed ? grid_ : sheet_; }
    // A cell of the layout's grid as the sheet's cell.
    xlsx::CellRef real(std::uint32_t row, std::uint32_t col) const {
        return layout_.transposed ? xlsx::CellRef{col, row} : xlsx::CellRef{row, col};
    }
    void add(ReadingProblem problem, std::optional<xlsx::CellRef> cell, std::string subject, std::string found) {
        out_.findings.push_back({problem, {out_.file(), sheet_.name(), cell}, std::move(subject), std::move(found)});
    }
    std::string cell_name(std::uint32_t row, std::uint32_t col) const { return xlsx::to_string(real(row, col)); }
    // The cell of the layout's grid at a row and column.
    const GridCell* at(std::uint32_t row, std::uint32_t col) const { return grid().at(xlsx::CellRef{row, col}); }
    // "C4 \"Budget 2024\""
    std::string named_cell(std::uint32_t row, std::uint32_t col) const {
        return fmt::format("{} \"{}\"", cell_name(row, col), cell_text(at(row, col)));
    }
    // The amounts of a row in the year columns read: "C7 = 1100, D7 = 1120"; empty when none.
    std::string amounts_in_row(std::uint32_t row) const {
        std::vector<std::string> parts;
        for (const auto& [year, col] : year_col_)
            if (const auto* cell = at(row, col); read_amount(cell).kind != AmountReading::Kind::blank &&
                                                                     read_amount(cell).kind != AmountReading::Kind::not_a_number)
                parts.push_back(fmt::format("{} = {}", cell_name(row, col), cell_text(cell)));
        return fmt::format("{}", fmt::join(parts, ", "));
    }

    void choose_columns() {
        for (const auto& [year, cols] : layout_.year_cols) {
            year_col_[year] = cols.front();
            if (cols.size() < 2) continue;
            std::vector<std::string> named;
            for (auto col : cols) named.push_back(named_cell(layout_.header_row, col));
            add(ReadingProblem::year_column_twice, real(layout_.header_row, cols.front()), std::to_string(year),
                fmt::format("{}", fmt::join(named, ", ")));
        }
    }

    // The unit of each year column: what its header and the rows down to the header declare (a
    // title "Belopp i kronor", a corner cell "Tkr", "Budget 2024 (mnkr)"; above the header only
    // texts without digits), else the round's. Two
    // different units for a column are a conflict: its amounts are not read.
    void choose_units() {
        std::vector<std::pair<xlsx::CellRef, DeclaredUnit>> sheet_wide;
        std::set<std::uint32_t> year_cells;
        for (const auto& [year, col] : year_col_) year_cells.insert(col);
        for (const auto& [key, cell] : grid().cells()) {
            if (key.first > layout_.header_row) break;
            if (cell.type != xlsx::CellType::string) continue;
            if (key.first == layout_.header_row && year_cells.count(key.second)) continue;
            // A text with a number ("Ram 2024: 4 328,9 mnkr") states a value, not the table's unit.
            if (cell.text.find_first_of("0123456789") != std::string::npos) continue;
            if (auto unit = unit_in(cell.text)) sheet_wide.emplace_back(real(key.first, key.second), *unit);
        }
        for (const auto& [year, col] : year_col_) {
            std::vector<std::pair<xlsx::CellRef, DeclaredUnit>> declared = sheet_wide;
            if (const auto* header = at(layout_.header_row, col); header && header->type == xlsx::CellType::string)
                if (auto unit = unit_in(header->text)) declared.emplace_back(real(layout_.header_row, col), *unit);
            if (declared.empty()) {
                unit_[year] = round_.unit;
                continue;
            }
            bool conflict = false;
            for (const auto& d : declared) conflict |= d.second.unit != declared.front().second.unit || d.second.known != declared.front().second.known;
            if (conflict) {
                std::vector<std::string> named;
                for (const auto& d : declared) named.push_back(fmt::format("{} \"{}\"", xlsx::to_string(d.first), d.second.word));
                note_once(ReadingProblem::unit_conflict, declared.front().first, std::to_string(year), fmt::format("{}", fmt::join(named, ", ")));
                continue;
            }
            const auto& [where, unit] = declared.back();   // the header's own, when it has one
            if (!unit.known) {
                note_once(ReadingProblem::unit_unsupported, where, unit.word, std::string(unit_name(round_.unit)));
                continue;
            }
            unit_[year] = unit.unit;
            if (unit.unit != round_.unit)
                note_once(ReadingProblem::unit_converted, where, std::string(unit_name(unit.unit)), std::string(unit_name(round_.unit)));
        }
    }
    // One finding per declaring cell and problem, however many columns it governs; for a
    // conflict the years are gathered into one finding.
    void note_once(ReadingProblem problem, xlsx::CellRef where, std::string subject, std::string found) {
        for (auto& f : out_.findings)
            if (f.problem == problem && f.where.sheet == sheet_.name() && f.where.cell == where) {
                if (problem == ReadingProblem::unit_conflict) f.subject += ", " + subject;
                return;
            }
        add(problem, where, std::move(subject), std::move(found));
    }


    void report_hidden_columns() {
        std::map<std::uint32_t, std::vector<std::string>> hidden;   // column → its amounts
        for (auto it = grid().from({layout_.header_row + 1, 0}); it != grid().cells().end() && it->first.first <= last_row_; ++it) {
            const auto [row, col] = it->first;
            if (!grid().col_hidden(col) || col == layout_.label_col) continue;
            const auto kind = read_amount(&it->second).kind;
            if (kind == AmountReading::Kind::number || kind == AmountReading::Kind::number_as_text)
                hidden[col].push_back(fmt::format("{} = {}", cell_name(row, col), cell_text(&it->second)));
        }
        for (const auto& [col, amounts] : hidden)
            add(ReadingProblem::hidden_column, real(layout_.header_row, col),
                cell_text(at(layout_.header_row, col)), fmt::format("{}", fmt::join(amounts, ", ")));
    }

    void read_lines() {
        const auto& lines = round_.form.lines;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto found = layout_.line_rows.find(i);
            if (found == layout_.line_rows.end()) {
                add(ReadingProblem::line_missing, {}, lines[i].label, {});
                continue;
            }
            std::vector<std::uint32_t> visible, hidden;
            for (auto row : found->second) (grid().row_hidden(row) ? hidden : visible).push_back(row);
            const std::uint32_t row = visible.empty() ? hidden.front() : visible.front();
            if (visible.size() > 1) {
                std::vector<std::string> named;
                for (auto r : visible) named.push_back(named_cell(r, layout_.label_col));
                add(ReadingProblem::line_row_twice, real(row, layout_.label_col), lines[i].label, fmt::format("{}", fmt::join(named, ", ")));
            }
            for (auto r : hidden) {
                const auto amounts = amounts_in_row(r);
                if (r == row) add(ReadingProblem::hidden_row_read, real(r, layout_.label_col), lines[i].label, amounts);
                else if (!amounts.empty())
                    add(ReadingProblem::hidden_row_skipped, real(r, layout_.label_col), cell_text(at(r, layout_.label_col)), amounts);
            }
            for (const auto& [year, col] : year_col_) {
                const auto unit = unit_.find(year);
                if (unit == unit_.end()) continue;   // a unit that cannot be used: said once above
                auto amount = take_amount(out_, sheet_, real(row, col), Subject{lines[i].label, year}, unit->second);
                if (amount) out_.lines[{i, year}] = *amount;
            }
        }
    }

    // Amount rows inside the table whose label is no line of the form ("Övrigt"): their
    // amounts would otherwise vanish from every total.
    void report_rows_not_on_form() {
        std::set<std::uint32_t> line_rows;
        for (const auto& [line, rows] : layout_.line_rows) line_rows.insert(rows.begin(), rows.end());
        std::set<std::uint32_t> rows;
        for (auto it = grid().from({layout_.header_row + 1, 0}); it != grid().cells().end() && it->first.first <= last_row_; ++it)
            if (!line_rows.count(it->first.first)) rows.insert(it->first.first);
        for (auto row : rows) {
            const auto amounts = amounts_in_row(row);
            if (amounts.empty()) continue;
            add(ReadingProblem::row_not_on_form, real(row, layout_.label_col), cell_text(at(row, layout_.label_col)), amounts);
        }
    }

    const rules::Round& round_;
    const SheetGrid& sheet_;
    SheetGrid grid_;   // the transposed sheet, when the layout is transposed
    const TableLayout& layout_;
    Submission& out_;
    std::map<int, std::uint32_t> year_col_;
    std::map<int, Unit> unit_;   // the years whose amounts can be read, in their declared unit
    std::uint32_t last_row_ = 0;   // the table: from below the header to the last row with a line's label
};

}  // namespace

void read_free_form(const xlsx::Workbook& book, const rules::Round& round, Submission& out) {
    std::vector<SheetGrid> grids;
    std::vector<TableLayout> layouts;   // the best of each visible sheet, straight or transposed
    for (std::size_t s = 0; s < book.sheets().size(); ++s) {
        grids.push_back(SheetGrid::read(book, s));
        if (book.sheets()[s].state != xlsx::SheetState::visible) continue;
        auto straight = best_layout(grids.back(), s, false, round);
        auto transposed = best_layout(grids.back().transposed(), s, true, round);
        if (transposed && (!straight || transposed->score() > straight->score())) straight = std::move(transposed);
        if (straight) layouts.push_back(std::move(*straight));
    }
    // The sheet read: the one with most years and lines; among equals the active sheet, else
    // the first (an error when both look like the budget).
    const TableLayout* best = nullptr;
    for (const auto& l : layouts)
        if (!best || l.score() > best->score()) best = &l;
    std::vector<const TableLayout*> rivals;
    if (best && looks_like_budget(*best, round))
        for (const auto& l : layouts)
            if (&l != best && looks_like_budget(l, round)) rivals.push_back(&l);
    if (!rivals.empty()) {
        const bool tie = std::any_of(rivals.begin(), rivals.end(), [&](const TableLayout* l) { return l->score() == best->score(); });
        ReadingProblem problem = ReadingProblem::budget_sheet_more_complete;
        if (tie) {
            problem = ReadingProblem::budget_sheet_ambiguous;
            for (const auto& l : layouts)
                if (l.sheet == book.active_sheet() && l.score() == best->score() && looks_like_budget(l, round)) {
                    best = &l;
                    problem = ReadingProblem::budget_sheet_active;
                }
            rivals.clear();
            for (const auto& l : layouts)
                if (&l != best && looks_like_budget(l, round)) rivals.push_back(&l);
        }
        std::vector<std::string> names;
        for (const auto* l : rivals) names.push_back(named_table(grids[l->sheet], *l));
        out.findings.push_back({problem, {out.file(), grids[best->sheet].name(), header_cell(*best)}, named_table(grids[best->sheet], *best),
                                fmt::format("{}", fmt::join(names, ", "))});
    }
    if (!best) {
        const std::string sheet_name = book.sheets().empty() ? std::string() : book.sheets().front().name;
        for (int year : round.years)
            out.findings.push_back({ReadingProblem::year_missing, {out.file(), sheet_name, {}}, std::to_string(year), {}});
        for (const auto& line : round.form.lines)
            out.findings.push_back({ReadingProblem::line_missing, {out.file(), sheet_name, {}}, line.label, {}});
        return;
    }
    const auto& grid = grids[best->sheet];
    const auto header = best->transposed ? xlsx::CellRef{1, best->header_row} : xlsx::CellRef{best->header_row, 1};
    for (int year : round.years)
        if (!best->year_cols.count(year))
            out.findings.push_back({ReadingProblem::year_missing, {out.file(), grid.name(), header}, std::to_string(year), {}});
    TableReader(round, grid, *best, out).read();
}

}  // namespace ramkoll::submission
