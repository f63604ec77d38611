// The xlsx report of a check: summary per committee, then every finding with its cell as text
// and, when the submission lies in the report's folder, as a link to that cell; header rows
// frozen, filter buttons on the findings, amounts in the round's unit (#,##0.0).
#include "validate/report.hpp"

#include "common/system_reason.hpp"
#include "submission/submission.hpp"
#include "xlsx/writer.hpp"

#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace ramkoll::validate {

namespace fs = std::filesystem;

namespace {

const xlsx::CellFormat header{.bold = true, .fill = 0xDDEBF7};
constexpr std::uint32_t finding_columns = 10;

void write_headers(xlsx::SheetWriter& sheet, const std::vector<std::string>& titles) {
    for (std::uint32_t c = 0; c < titles.size(); ++c) sheet.write_text({1, c + 1}, titles[c], header);
    sheet.freeze_panes(1);
}

double shown(const rules::Round& round, const Values& v, Money value) {
    const Money m = v.kind == rules::ValueKind::amount ? from_kronor(value, round.unit) : value;
    return static_cast<double>(m.raw()) / static_cast<double>(Money::scale);
}

bool same_folder(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::equivalent(a.parent_path().empty() ? "." : a.parent_path(),
                          b.parent_path().empty() ? "." : b.parent_path(), error);
}

// The submission a finding points into, when it lies in the same folder as the report.
const CheckedFile* alongside(const Result& result, const Finding& f, const fs::path& report) {
    if (f.file.empty()) return nullptr;
    for (const auto& file : result.files)
        if (file.path.filename() == f.file && file.committee == f.committee && same_folder(file.path, report))
            return &file;
    return nullptr;
}

// The place in the submission a link opens: the cell, the sheet's first cell, or the file.
std::string link_location(const Finding& f) {
    if (f.sheet.empty()) return {};
    return xlsx::quote_sheet_name(f.sheet) + "!" + (f.cell ? xlsx::to_string(*f.cell) : std::string("A1"));
}

// The workbook of `committees` (one summary row each) and `findings`.
void write_workbook(const rules::Round& round, const Result& result, const std::vector<const rules::Committee*>& committees,
                    const std::vector<const Finding*>& findings, const fs::path& path, Lang lang) {
    xlsx::WorkbookWriter book(path);
    book.set_properties({.title = std::string(tr(lang, "Granskning av budgetunderlag", "Check of budget submissions")),
                         .subject = round.title});

    auto& summary = book.add_sheet(tr(lang, "Sammanfattning", "Summary"));
    book.define_name(submission::report_name, summary.name(), {{1, 1}, {1, 1}});   // not a submission
    write_headers(summary, {std::string(tr(lang, "Nämnd", "Committee")), std::string(tr(lang, "Namn", "Name")),
                            "Status", std::string(tr(lang, "Fel", "Errors")), std::string(tr(lang, "Varningar", "Warnings")),
                            std::string(tr(lang, "Sista dag", "Deadline")), std::string(tr(lang, "Filer", "Files"))});
    std::uint32_t row = 2;
    for (const auto* c : committees) {
        Tally mine;
        for (const auto* f : findings)
            if (f->committee == c->code) mine.add(*f);
        std::string files;
        for (const auto& file : result.files)
            if (file.committee == c->code && file.used) files += (files.empty() ? "" : ", ") + file.path.filename().string();
        summary.write_text({row, 1}, c->code);
        summary.write_text({row, 2}, c->name);
        summary.write_text({row, 3}, status_word(mine.status(), lang));
        summary.write_number({row, 4}, mine.errors);
        summary.write_number({row, 5}, mine.warnings);
        summary.write_text({row, 6}, c->deadline.value_or(""));
        summary.write_text({row, 7}, files);
        ++row;
    }
    summary.set_column_width(1, 1, 10);
    summary.set_column_width(2, 2, 32);
    summary.set_column_width(3, 6, 12);
    summary.set_column_width(7, 7, 40);

    auto& sheet = book.add_sheet(tr(lang, "Avvikelser", "Findings"));
    write_headers(sheet, {std::string(tr(lang, "Nämnd", "Committee")), std::string(tr(lang, "Cell", "Cell")),
                          std::string(tr(lang, "Regel", "Rule")), std::string(tr(lang, "Allvar", "Severity")),
                          std::string(tr(lang, "År", "Year")), std::string(tr(lang, "Väntat", "Expected")),
                          std::string(tr(lang, "Faktiskt", "Actual")), std::string(tr(lang, "Skillnad", "Difference")),
                          std::string(tr(lang, "Enhet", "Unit")), std::string(tr(lang, "Meddelande", "Message"))});
    row = 2;
    std::size_t links = 0;
    for (const auto* f : findings) {
        sheet.write_text({row, 1}, f->committee);
        const std::string where = location(*f);
        if (const auto* file = alongside(result, *f, path); file != nullptr && links < xlsx::max_links_per_sheet) {
            sheet.write_file_link({row, 2}, where, file->path.filename(), link_location(*f));
            ++links;
        } else {
            sheet.write_text({row, 2}, where);
        }
        sheet.write_text({row, 3}, f->rule);
        sheet.write_text({row, 4}, severity_word(f->severity, lang));
        if (f->year) sheet.write_number({row, 5}, *f->year);
        if (f->values) {
            const bool amount = f->values->kind == rules::ValueKind::amount;
            const xlsx::CellFormat number{.decimals = amount ? 1 : 4};
            sheet.write_number({row, 6}, shown(round, *f->values, f->values->expected), number);
            sheet.write_number({row, 7}, shown(round, *f->values, f->values->actual), number);
            sheet.write_number({row, 8}, shown(round, *f->values, f->values->difference), number);
            if (amount) sheet.write_text({row, 9}, unit_name(round.unit));
        }
        sheet.write_text({row, 10}, f->message);
        ++row;
    }
    sheet.autofilter({{1, 1}, {row - 1, finding_columns}});
    sheet.set_column_width(1, 1, 8);
    sheet.set_column_width(2, 2, 30);
    sheet.set_column_width(3, 3, 36);
    sheet.set_column_width(4, 5, 9);
    sheet.set_column_width(6, 8, 14);
    sheet.set_column_width(9, 9, 6);
    sheet.set_column_width(10, 10, 90);
    book.close();
}

}  // namespace

void write_report(const rules::Round& round, const Result& result, const fs::path& path, Lang lang) {
    std::vector<const rules::Committee*> committees;
    for (const auto& c : round.committees) committees.push_back(&c);
    std::vector<const Finding*> findings;
    for (const auto& f : result.findings) findings.push_back(&f);
    write_workbook(round, result, committees, findings, path, lang);
}

std::vector<fs::path> write_committee_reports(const rules::Round& round, const Result& result, const fs::path& dir,
                                              Lang lang) {
    std::error_code error;
    fs::create_directories(dir, error);
    if (error) throw std::runtime_error(dir.string() + ": " + system_reason(error.value(), lang));
    std::vector<fs::path> written;
    for (const auto& c : round.committees) {
        std::vector<const Finding*> findings;
        for (const auto& f : result.findings)
            if (f.committee == c.code) findings.push_back(&f);
        written.push_back(dir / (c.code + "-granskning.xlsx"));
        write_workbook(round, result, {&c}, findings, written.back(), lang);
    }
    return written;
}

}  // namespace ramkoll::validate
