// Reading a returned ramkoll template: the metadata sheet says which round and committee,
// the defined names (which move with inserted rows and columns) say where each area is, and
// the year and list headers say which column holds what. A list's rows lie between its header
// and its sum row; its text cells are read as declared (declared_text.hpp).
#include "rules/agreements.hpp"
#include "submission/declared_text.hpp"
#include "submission/committee_identity.hpp"
#include "submission/label_match.hpp"
#include "submission/list_checks.hpp"
#include "submission/readers.hpp"
#include "template/names.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>

namespace ramkoll::submission {

namespace {

struct Area {
    std::size_t sheet;
    xlsx::RangeRef range;
};

// "Budget!$B$6:$D$6" or "'Interna överenskommelser'!$A$5:$F$24"; nullopt for "#REF!" and the like.
std::optional<Area> parse_area(const xlsx::Workbook& book, std::string_view ref) {
    std::string sheet;
    std::size_t i = 0;
    if (!ref.empty() && ref.front() == '\'') {
        for (i = 1; i < ref.size(); ++i) {
            if (ref[i] != '\'') sheet += ref[i];
            else if (i + 1 < ref.size() && ref[i + 1] == '\'') sheet += ref[++i];
            else break;
        }
        ++i;
    } else {
        i = ref.find('!');
        if (i == std::string_view::npos) return std::nullopt;
        sheet = ref.substr(0, i);
    }
    if (i >= ref.size() || ref[i] != '!') return std::nullopt;
    std::string cells;
    for (char c : ref.substr(i + 1))
        if (c != '$') cells += c;
    const auto range = xlsx::parse_range_ref(cells);
    const auto index = book.find_sheet(sheet);
    if (!range || !index) return std::nullopt;
    return Area{*index, *range};
}

class TemplateReader {
public:
    TemplateReader(const xlsx::Workbook& book, const rules::Round& round, Submission& out)
        : book_(book), round_(round), out_(out) {}

    void read() {
        read_metadata();
        read_lines();
        // A list for some committees only ("for FF") is not read from another committee's file.
        for (std::size_t i = 0; i < round_.form.lists.size(); ++i)
            if (round_.fills(round_.form.lists[i], out_.committee_code)) read_list(i);
    }

private:
    const SheetGrid& grid(std::size_t sheet) {
        auto it = grids_.find(sheet);
        if (it == grids_.end()) it = grids_.emplace(sheet, SheetGrid::read(book_, sheet)).first;
        return it->second;
    }

    // The area of a workbook-wide name, or nullopt with a finding.
    std::optional<Area> area(const std::string& name) {
        for (const auto& defined : book_.defined_names()) {
            if (defined.sheet || defined.name != name) continue;
            if (auto found = parse_area(book_, defined.ref)) return found;
            damaged(name, defined.ref);
            return std::nullopt;
        }
        damaged(name, {});
        return std::nullopt;
    }

    void damaged(const std::string& name, const std::string& ref) {
        out_.findings.push_back({ReadingProblem::template_damaged, {out_.file(), {}, {}}, name, ref});
    }

    void read_metadata() {
        const auto where = area(std::string(templates::metadata_name));
        if (!where) return;
        const auto& g = grid(where->sheet);
        std::map<std::string, std::string> values;
        std::optional<xlsx::CellRef> committee_cell;
        for (auto row = where->range.first.row; row <= where->range.last.row; ++row) {
            const auto key = cell_text(g.at({row, where->range.first.col}));
            values[key] = cell_text(g.at({row, where->range.first.col + 1}));
            if (key == templates::key_committee && !committee_cell) committee_cell = xlsx::CellRef{row, where->range.first.col + 1};
        }
        const Source source{out_.file(), g.name(), {}};
        out_.committee_code = values[std::string(templates::key_committee)];
        if (round_.committee(out_.committee_code) == nullptr)
            out_.findings.push_back({ReadingProblem::committee_unknown, source, {}, out_.committee_code});
        // The file name naming another committee than the metadata: neither is taken on trust.
        else if (const auto named = committee_from_file_name(out_.file().str(), round_); !named.empty() && named != out_.committee_code)
            out_.findings.push_back({ReadingProblem::committee_conflict, {out_.file(), g.name(), committee_cell}, named,
                                     out_.committee_code});
        if (const auto& title = values[std::string(templates::key_round)]; title != round_.title)
            out_.findings.push_back({ReadingProblem::round_mismatch, source, round_.title, title});
    }

    void read_lines() {
        const auto header = area(std::string(templates::years_name));
        if (!header) return;
        const auto& g = grid(header->sheet);
        std::map<int, std::uint32_t> year_col;
        for (auto col = header->range.first.col; col <= header->range.last.col; ++col) {
            const auto text = cell_text(g.at({header->range.first.row, col}));
            for (int year : round_.years)
                if (text == std::to_string(year) && !year_col.count(year)) year_col[year] = col;
        }
        for (int year : round_.years)
            if (!year_col.count(year))
                out_.findings.push_back({ReadingProblem::year_missing, {out_.file(), g.name(), header->range.first},
                                         std::to_string(year), {}});
        const auto& lines = round_.form.lines;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto where = area(templates::line_name(lines[i].name));
            if (!where) continue;
            const auto& line_grid = grid(where->sheet);
            for (const auto& [year, col] : year_col) {
                auto amount = take_amount(out_, round_, line_grid, {where->range.first.row, col}, Subject{lines[i].label, year});
                if (amount) out_.lines[{i, year}] = *amount;
            }
        }
    }

    void read_list(std::size_t index) {
        const auto& list = round_.form.lists[index];
        const auto header = area(templates::list_header_name(list.name));
        const auto rows = area(templates::list_rows_name(list.name));
        const auto sum = area(templates::list_sum_name(list.name));
        if (!header || !rows) return;
        const auto& g = grid(rows->sheet);

        // Sheet column → (form column, year); year 0 for columns that are not per year.
        std::map<std::uint32_t, std::pair<std::size_t, int>> columns;
        std::map<std::string, std::pair<std::size_t, int>> wanted;
        for (std::size_t c = 0; c < list.columns.size(); ++c) {
            const auto& column = list.columns[c];
            if (column.kind == rules::ColumnKind::amount_per_year) {
                for (int year : list.years)
                    wanted[normalize_label(templates::column_header(column.label, year))] = {c, year};
            } else {
                wanted[normalize_label(column.label)] = {c, 0};
            }
        }
        for (auto col = header->range.first.col; col <= header->range.last.col; ++col) {
            auto it = wanted.find(normalize_label(cell_text(grid(header->sheet).at({header->range.first.row, col}))));
            if (it == wanted.end()) continue;
            columns[col] = it->second;
            wanted.erase(it);
        }
        for (const auto& [normalized, column] : wanted) {
            const auto& form_column = list.columns[column.first];
            const auto shown = column.second == 0 ? form_column.label : templates::column_header(form_column.label, column.second);
            out_.findings.push_back({ReadingProblem::column_missing, {out_.file(), g.name(), header->range.first},
                                     fmt::format("{}: {}", list.label, shown), {}});
        }

        // A list's rows are the rows between its header and its sum row, wherever Lista_ was
        // moved to: LibreOffice leaves a row inserted directly under the header outside the name.
        // Without a sum row below the header, the named rows and those inserted above the sum.
        auto first_row = rows->range.first.row;
        auto last_row = rows->range.last.row;
        if (sum && sum->sheet == header->sheet && header->sheet == rows->sheet &&
            sum->range.first.row > header->range.first.row) {
            first_row = header->range.first.row + 1;
            last_row = sum->range.first.row - 1;
        } else if (sum && sum->sheet == rows->sheet && sum->range.first.row > rows->range.first.row) {
            last_row = sum->range.first.row - 1;
        }
        const auto agreements = rules::agreements_list(round_);
        const bool agreements_rows = agreements && agreements->list == index;
        // The columns read, in sheet order, and per column the rows' amounts by sheet row, to hold
        // the sum row against; a column with a cell that could not be read is left out.
        const std::vector<std::pair<std::uint32_t, std::pair<std::size_t, int>>> read_columns(columns.begin(), columns.end());
        std::vector<std::vector<std::pair<std::uint32_t, Money>>> row_amounts(read_columns.size());   // rows in order
        std::vector<bool> unreadable(read_columns.size());
        std::vector<const GridCell*> cells(read_columns.size());
        // The column's amounts, local to this list, sized once for every row it can have.
        const std::size_t most_rows = last_row >= first_row ? std::size_t{last_row} - first_row + 1 : 0;
        std::size_t text_columns = 0;
        for (std::size_t k = 0; k < read_columns.size(); ++k) {
            const auto kind = list.columns[read_columns[k].second.first].kind;
            if (rules::holds_text(kind)) ++text_columns;
            else row_amounts[k].reserve(std::min<std::size_t>(most_rows, 4096));
        }
        for (auto row = first_row; row <= last_row; ++row) {
            bool filled = false;
            // The row's cells in one walk: the columns are in sheet order, as the grid's cells.
            auto at = read_columns.empty() ? g.cells().end() : g.from({row, read_columns.front().first});
            for (std::size_t k = 0; k < read_columns.size(); ++k) {
                const SheetGrid::Key key{row, read_columns[k].first};
                while (at != g.cells().end() && at->first < key) ++at;
                cells[k] = at != g.cells().end() && at->first == key ? &at->second : nullptr;
                filled = filled || !is_blank(cells[k]);
            }
            if (!filled) continue;
            ListRow entry;
            entry.amounts.reserve(read_columns.size() - text_columns);
            entry.texts.reserve(text_columns);
            const auto number = out_.lists[index].size() + 1;
            auto subject_of = [&](const rules::FormColumn& form_column, int year) {
                return Subject{form_column.label, year, list.label, number};
            };
            for (std::size_t k = 0; k < read_columns.size(); ++k) {
                const auto& [col, column] = read_columns[k];
                const auto& form_column = list.columns[column.first];
                if (rules::holds_text(form_column.kind)) {
                    const Source source{out_.file(), g.name(), xlsx::CellRef{row, col}};
                    if (auto text = read_text(form_column, cell_text(cells[k]), source, subject_of(form_column, 0)))
                        entry.texts[column.first] = {std::move(*text), source};
                    continue;
                }
                if (auto amount = take_amount(out_, g, {row, col}, cells[k], subject_of(form_column, column.second), round_.unit)) {
                    row_amounts[k].emplace_back(row, amount->kronor);
                    entry.amounts.emplace(column, std::move(*amount));
                } else {
                    unreadable[k] = true;
                }
            }
            if (agreements_rows)
                check_agreement_signs(out_, round_, *agreements, entry,
                                      [&](int year) { return subject_of(list.columns[agreements->amount], year).text(); });
            out_.lists[index].push_back(std::move(entry));
        }
        if (!sum || sum->sheet != rows->sheet) return;
        for (std::size_t k = 0; k < read_columns.size(); ++k) {
            const auto& [col, column] = read_columns[k];
            const auto& form_column = list.columns[column.first];
            if (unreadable[k] ||
                (form_column.kind != rules::ColumnKind::amount && form_column.kind != rules::ColumnKind::amount_per_year))
                continue;
            check_list_sum(out_, round_, g, {sum->range.first.row, col}, row_amounts[k],
                      fmt::format("{}: {}", list.label,
                                  column.second == 0 ? form_column.label : templates::column_header(form_column.label, column.second)));
        }
    }

    // A text cell as the rules and annexes read it: a committee column's committee code, a
    // declared value in its declared form, other text as written; nullopt for an empty cell.
    // A committee column or a closed column outside its values (or empty) is a finding.
    std::optional<std::string> read_text(const rules::FormColumn& column, std::string text, const Source& source,
                                         const Subject& subject) {
        const bool empty = trim_space(text).empty();
        if (column.kind == rules::ColumnKind::committee) {
            if (auto code = match_committee(text, round_)) return code;
            std::vector<std::string> codes;
            for (const auto& c : round_.committees) codes.push_back(c.code);
            out_.findings.push_back({ReadingProblem::value_not_allowed, source, subject.text(), empty ? "" : text, quoted_list(codes)});
        } else if (auto value = match_declared(text, column.values)) {
            return value;
        } else if (column.closed) {
            out_.findings.push_back({ReadingProblem::value_not_allowed, source, subject.text(), empty ? "" : text,
                                     quoted_list(column.values)});
        }
        if (empty) return std::nullopt;
        return text;
    }

    const xlsx::Workbook& book_;
    const rules::Round& round_;
    Submission& out_;
    std::map<std::size_t, SheetGrid> grids_;
};

}  // namespace

bool is_template(const xlsx::Workbook& book) {
    for (const auto& defined : book.defined_names())
        if (!defined.sheet && defined.name == templates::metadata_name) return true;
    return false;
}

void read_template(const xlsx::Workbook& book, const rules::Round& round, Submission& out) {
    TemplateReader(book, round, out).read();
}

}  // namespace ramkoll::submission
