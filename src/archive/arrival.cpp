// From validate::Result to archive::Arrival: the file's bytes and time, its values (form lines and
// the rows of every list a rule or an annex reads, as the check read them; a file the check did
// not use is read again) and its findings.
#include "archive/arrival.hpp"

#include "submission/read_submission.hpp"
#include "xlsx/cell_ref.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <stdexcept>

namespace ramkoll::archive {
namespace {

namespace fs = std::filesystem;

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const auto size = in.is_open() ? static_cast<std::streamoff>(in.tellg()) : std::streamoff(-1);
    if (size < 0) throw std::runtime_error(fmt::format("{}: cannot be read", path.string()));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), size) || in.peek() != std::ifstream::traits_type::eof())
        throw std::runtime_error(fmt::format("{}: cannot be read", path.string()));
    return bytes;
}

std::string file_time_of(const fs::path& path) {
    std::error_code ec;
    const auto time = fs::last_write_time(path, ec);
    if (ec) return {};
    return timestamp(std::chrono::file_clock::to_sys(time));
}

// "Budget!C8", "'Interna överenskommelser'!D5": a value's sheet (quoted as in an Excel
// reference) and cell.
std::string cell_of(const submission::Source& source) {
    std::string cell = xlsx::quote_sheet_name(source.sheet.str());
    if (source.cell) {
        cell += '!';
        cell += xlsx::to_string(*source.cell);
    }
    return cell;
}

// Every value the submission holds for a form line, with its cell.
std::vector<StoredAmount> amounts_in(const rules::Round& round, const submission::Submission& sub) {
    std::vector<StoredAmount> out;
    for (std::size_t line = 0; line < round.form.lines.size(); ++line)
        for (int year : round.years)
            if (const auto* amount = sub.line_amount(line, year))
                out.push_back({round.form.lines[line].name, year, amount->kronor, cell_of(amount->source)});
    return out;
}

// A list row's label: the text an items annex shows for it, else its texts joined.
std::string row_label(const rules::Round& round, std::size_t list, const submission::ListRow& row) {
    for (const auto& annex : round.annexes)
        if (const auto* items = std::get_if<rules::ItemsTable>(&annex.table); items && items->list == list) {
            const auto it = row.texts.find(items->label_column);
            return it == row.texts.end() ? std::string() : it->second.value;
        }
    std::string out;
    for (const auto& [column, text] : row.texts) out += (out.empty() ? "" : ", ") + text.value;
    return out;
}

// Every value of every row of the lists a rule or an annex reads (validate::lists_read), row by
// row, column by column and year by year.
std::vector<StoredListValue> list_values_in(const rules::Round& round, const std::vector<bool>& read,
                                            const submission::Submission& sub) {
    std::vector<StoredListValue> out;
    for (std::size_t l = 0; l < round.form.lists.size() && l < sub.lists.size(); ++l) {
        if (!read[l]) continue;
        const auto& list = round.form.lists[l];
        for (std::size_t r = 0; r < sub.lists[l].size(); ++r) {
            const auto& row = sub.lists[l][r];
            const std::string label = row_label(round, l, row);
            const int number = static_cast<int>(r + 1);
            auto amount = [&](std::size_t c, int year) {
                if (const auto it = row.amounts.find({c, year}); it != row.amounts.end())
                    out.push_back({list.label, number, label, list.columns[c].label, year, it->second.kronor, {},
                                   cell_of(it->second.source)});
            };
            for (std::size_t c = 0; c < list.columns.size(); ++c) {
                switch (list.columns[c].kind) {
                case rules::ColumnKind::text:
                case rules::ColumnKind::committee:
                    if (const auto it = row.texts.find(c); it != row.texts.end())
                        out.push_back({list.label, number, label, list.columns[c].label, 0, std::nullopt, it->second.value,
                                       cell_of(it->second.source)});
                    break;
                case rules::ColumnKind::amount: amount(c, 0); break;
                case rules::ColumnKind::amount_per_year:
                    for (int year : list.years) amount(c, year);
                    break;
                }
            }
        }
    }
    return out;
}

StoredFinding stored(const validate::Finding& f) {
    StoredFinding s{std::string(validate::kind_key(f.kind)), std::string(validate::severity_key(f.severity)), f.rule,
                    validate::location(f), f.year, {}, {}, {}, false, f.message};
    if (f.values) {
        s.expected = f.values->expected;
        s.actual = f.values->actual;
        s.difference = f.values->difference;
        s.ratio = f.values->kind == rules::ValueKind::ratio;
    }
    return s;
}

}  // namespace

std::string timestamp(std::chrono::system_clock::time_point when) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&t, &local);
    char text[32];
    return std::string(text, std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local));
}

Arrivals::Arrivals(const rules::Round& round, const validate::Result& result)
    : round_(round), lists_read_(validate::lists_read(round)) {
    std::vector<std::pair<std::string, const validate::CheckedFile*>> timed;
    for (const auto& file : result.files) timed.emplace_back(file_time_of(file.path), &file);
    std::stable_sort(timed.begin(), timed.end(), [](const auto& x, const auto& y) {
        return std::tie(x.second->used, x.first) < std::tie(y.second->used, y.first);
    });
    for (const auto& t : timed) order_.push_back(t.second);
    for (const auto& sub : result.submissions) submissions_.emplace(Key(sub.file(), sub.committee()), &sub);
    for (const auto& f : result.findings)
        if (f.kind != validate::FindingKind::not_submitted) findings_[{f.file, f.committee}].push_back(&f);
}

Arrival Arrivals::of(const validate::CheckedFile& file) const {
    Arrival a;
    a.committee = file.committee;
    a.round = round_.title;
    a.unit = std::string(unit_name(round_.unit));
    a.file_name = file.path.filename().string();
    a.file_time = file_time_of(file.path);
    a.bytes = bytes_of(file.path);
    const Key key(a.file_name, file.committee);
    // The values the check read, for the file it checked of a committee; read again for the
    // others (a second file of the committee, not checked).
    if (const auto it = submissions_.find(key); file.used && it != submissions_.end()) {
        a.amounts = amounts_in(round_, *it->second);
        a.list_values = list_values_in(round_, lists_read_, *it->second);
    } else {
        try {
            const auto sub = submission::read_submission(file.path, round_, file.committee);
            a.amounts = amounts_in(round_, sub);
            a.list_values = list_values_in(round_, lists_read_, sub);
        } catch (const std::exception&) {
            // an unreadable file has no values; its finding says why
        }
    }
    validate::Tally mine;
    if (const auto it = findings_.find(key); it != findings_.end())
        for (const auto* f : it->second) {
            mine.add(*f);
            a.findings.push_back(stored(*f));
        }
    a.errors = mine.errors;
    a.warnings = mine.warnings;
    a.status = std::string(validate::status_key(mine.status()));
    return a;
}

}  // namespace ramkoll::archive
