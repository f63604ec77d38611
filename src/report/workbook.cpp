// The xlsx report of a check: summary per committee, then every finding with its cell as text
// and, when the submission lies in the report's folder, as a link to that cell; header rows
// frozen and printed on every page, filter buttons on the findings, amounts in the round's
// unit (#,##0.0), messages wrapped so the findings print one page wide in landscape.
#include "report/workbook.hpp"

#include "common/parallel.hpp"
#include "common/system_reason.hpp"
#include "print/print_setup.hpp"
#include "report/committees.hpp"
#include "report/words.hpp"
#include "rules/words.hpp"
#include "submission/submission.hpp"
#include "xlsx/writer.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace ramkoll::report {

namespace fs = std::filesystem;

namespace {

const xlsx::CellFormat header{.bold = true, .fill = 0xDDEBF7};
constexpr std::uint32_t finding_columns = 10;
const std::vector<double> summary_widths{10, 32, 12, 12, 12, 12, 40};
const std::vector<double> finding_widths{8, 30, 36, 9, 9, 14, 14, 14, 6, 60};
constexpr std::uint32_t message_column = 10;

// The header row; the columns `numbers` holds numbers, and their headers stand right over them.
void write_headers(xlsx::SheetWriter& sheet, const std::vector<std::string>& titles, std::vector<std::uint32_t> numbers) {
    for (std::uint32_t c = 1; c <= titles.size(); ++c) {
        xlsx::CellFormat look = header;
        look.right = std::find(numbers.begin(), numbers.end(), c) != numbers.end();
        sheet.write_text({1, c}, titles[c - 1], look);
    }
    sheet.freeze_panes(1);
}

void set_widths(xlsx::SheetWriter& sheet, const std::vector<double>& widths) {
    for (std::uint32_t c = 1; c <= widths.size(); ++c) sheet.set_column_width(c, c, widths[c - 1]);
}

bool same_folder(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::equivalent(a.parent_path().empty() ? "." : a.parent_path(),
                          b.parent_path().empty() ? "." : b.parent_path(), error);
}

// The last component of `path`, as path::filename() gives it, without building a path: the
// walk below holds every finding against every file of the round.
std::string_view file_name_of(const fs::path& path) {
    const std::string_view text = path.native();
    const auto slash = text.rfind('/');
    return slash == std::string_view::npos ? text : text.substr(slash + 1);
}

// The submission a finding points into, when it lies in the same folder as the report.
const validate::CheckedFile* alongside(const validate::Result& result, const validate::Finding& f, const fs::path& report) {
    if (f.file.empty()) return nullptr;
    for (const auto& file : result.files)
        if (file.committee == f.committee && file_name_of(file.path) == f.file && same_folder(file.path, report))
            return &file;
    return nullptr;
}

// The place in the submission a link opens: the cell, the sheet's first cell, or the file.
std::string link_location(const validate::Finding& f) {
    if (f.sheet.empty()) return {};
    return xlsx::quote_sheet_name(f.sheet) + "!" + (f.cell ? xlsx::to_string(*f.cell) : std::string("A1"));
}

// The workbook of `committees` (one summary row each) and `findings`.
void write_workbook(const rules::Round& round, const validate::Result& result, const std::vector<CommitteeEntry>& committees,
                    const std::vector<const validate::Finding*>& findings, const fs::path& path, Lang lang) {
    xlsx::WorkbookWriter book(path);
    book.set_properties({.title = std::string(tr(lang, "Granskning av budgetunderlag", "Check of budget submissions")),
                         .subject = round.title});

    auto& summary = book.add_sheet(heading(Word::summary, lang));
    book.define_name(submission::report_name, summary.name(), {{1, 1}, {1, 1}});   // not a submission
    write_headers(summary, {heading(Word::committee, lang), heading(Word::name, lang), heading(Word::status, lang),
                            heading(Word::errors, lang), heading(Word::warnings, lang), heading(Word::deadline, lang),
                            heading(Word::files, lang)},
                  {4, 5});
    std::uint32_t row = 2;
    for (const auto& entry : committees) {
        const auto& c = *entry.committee;
        std::string files;
        for (const auto& file : entry.files) files += (files.empty() ? "" : ", ") + file;
        summary.write_text({row, 1}, c.code);
        summary.write_text({row, 2}, c.name);
        summary.write_text({row, 3}, status_word(entry.tally.status(), lang));
        summary.write_number({row, 4}, entry.tally.errors);
        summary.write_number({row, 5}, entry.tally.warnings);
        summary.write_text({row, 6}, c.deadline.value_or(""));
        summary.write_text({row, 7}, files);
        ++row;
    }
    set_widths(summary, summary_widths);
    const std::string title(tr(lang, "Granskning av budgetunderlag", "Check of budget submissions"));
    print::set_up(summary, {.title = title, .footer_left = round.title, .lang = lang, .column_widths = summary_widths,
                            .last_row = row - 1, .header_rows = xlsx::PageSetup::Rows{1, 1}});

    auto& sheet = book.add_sheet(heading(Word::findings, lang));
    write_headers(sheet, {heading(Word::committee, lang), heading(Word::cell, lang), heading(Word::rule, lang),
                          heading(Word::severity, lang), heading(Word::year, lang), heading(Word::expected, lang),
                          heading(Word::actual, lang), heading(Word::difference, lang), heading(Word::unit, lang),
                          heading(Word::message, lang)},
                  {5, 6, 7, 8});
    row = 2;
    std::size_t links = 0;
    std::vector<print::TallRow> tall_rows;
    for (const auto* f : findings) {
        sheet.write_text({row, 1}, f->committee);
        const std::string where = validate::location(*f);
        if (const auto* file = alongside(result, *f, path); file != nullptr && links < xlsx::max_links_per_sheet) {
            sheet.write_file_link({row, 2}, where, file->path.filename(), link_location(*f));
            ++links;
        } else {
            sheet.write_text({row, 2}, where);
        }
        sheet.write_text({row, 3}, f->rule);
        sheet.write_text({row, 4}, rules::severity_word(f->severity, lang));
        if (f->year) sheet.write_number({row, 5}, *f->year);
        if (f->values) {
            const bool amount = f->values->kind == rules::ValueKind::amount;
            const xlsx::CellFormat number{.decimals = amount ? 1 : 4};
            sheet.write_number({row, 6}, shown_number(round, *f->values, f->values->expected), number);
            sheet.write_number({row, 7}, shown_number(round, *f->values, f->values->actual), number);
            sheet.write_number({row, 8}, shown_number(round, *f->values, f->values->difference), number);
            if (amount) sheet.write_text({row, 9}, unit_name(round.unit));
        }
        tall_rows.push_back({row, print::wrapped_lines(f->message, finding_widths[message_column - 1])});
        sheet.write_text({row, message_column}, f->message, {.wrap = true});
        ++row;
    }
    sheet.autofilter({{1, 1}, {row - 1, finding_columns}});
    set_widths(sheet, finding_widths);
    print::set_up(sheet, {.title = title, .footer_left = round.title, .lang = lang, .column_widths = finding_widths,
                          .last_row = row - 1, .header_rows = xlsx::PageSetup::Rows{1, 1}, .tall_rows = tall_rows});
    book.close();
}

}  // namespace

void write_report(const rules::Round& round, const validate::Result& result, const fs::path& path, Lang lang) {
    std::vector<const validate::Finding*> findings;
    for (const auto& f : result.findings) findings.push_back(&f);
    write_workbook(round, result, committee_entries(round, result), findings, path, lang);
}

std::vector<fs::path> write_committee_reports(const rules::Round& round, const validate::Result& result, const fs::path& dir,
                                              Lang lang) {
    std::error_code error;
    fs::create_directories(dir, error);
    if (error) throw std::runtime_error(dir.string() + ": " + system_reason(error.value(), lang));
    const auto entries = committee_entries(round, result);
    std::vector<fs::path> written;
    for (const auto& entry : entries) written.push_back(dir / (entry.committee->code + "-granskning.xlsx"));
    // Each workbook is independent (its own libxlsxwriter workbook and temporary file): on every core.
    parallel_for(entries.size(), [&](std::size_t i) {
        write_workbook(round, result, {entries[i]}, entries[i].tally.findings, written[i], lang);
    });
    return written;
}

}  // namespace ramkoll::report
