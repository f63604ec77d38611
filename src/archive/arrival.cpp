// From validate::Result to archive::Arrival: the file's bytes and time, its values (as the check
// read them; a file the check did not use is read again) and its findings.
#include "archive/arrival.hpp"

#include "submission/read_submission.hpp"
#include "xlsx/cell_ref.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ramkoll::archive {
namespace {

namespace fs = std::filesystem;

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) throw std::runtime_error(fmt::format("{}: cannot be read", path.string()));
    std::ostringstream bytes;
    bytes << in.rdbuf();   // an empty file sets failbit on `bytes` only
    if (in.bad()) throw std::runtime_error(fmt::format("{}: cannot be read", path.string()));
    return std::move(bytes).str();
}

std::string file_time_of(const fs::path& path) {
    std::error_code ec;
    const auto time = fs::last_write_time(path, ec);
    if (ec) return {};
    return timestamp(std::chrono::file_clock::to_sys(time));
}

// Every value the submission holds for a form line, with its cell ("Budget!C8").
std::vector<StoredAmount> amounts_in(const rules::Round& round, const submission::Submission& sub) {
    std::vector<StoredAmount> out;
    for (std::size_t line = 0; line < round.form.lines.size(); ++line)
        for (int year : round.years)
            if (const auto* amount = sub.line_amount(line, year)) {
                std::string cell = amount->source.sheet;
                if (amount->source.cell) {
                    cell += '!';
                    cell += xlsx::to_string(*amount->source.cell);
                }
                out.push_back({round.form.lines[line].name, year, amount->kronor, std::move(cell)});
            }
    return out;
}

// The values of a file: those the check read, for the file it checked of a committee; read
// again for the others (a second file of the committee, not checked).
std::vector<StoredAmount> amounts_of(const rules::Round& round, const validate::Result& result,
                                     const validate::CheckedFile& file) {
    const std::string name = file.path.filename().string();
    if (file.used)
        for (const auto& sub : result.submissions)
            if (sub.file() == name && sub.committee() == file.committee) return amounts_in(round, sub);
    try {
        return amounts_in(round, submission::read_submission(file.path, round, file.committee));
    } catch (const std::exception&) {
        return {};   // an unreadable file has no values; its finding says why
    }
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

std::vector<const validate::CheckedFile*> arrival_order(const validate::Result& result) {
    std::vector<std::pair<std::string, const validate::CheckedFile*>> timed;
    for (const auto& file : result.files) timed.emplace_back(file_time_of(file.path), &file);
    std::stable_sort(timed.begin(), timed.end(), [](const auto& x, const auto& y) {
        return std::tie(x.second->used, x.first) < std::tie(y.second->used, y.first);
    });
    std::vector<const validate::CheckedFile*> out;
    for (const auto& t : timed) out.push_back(t.second);
    return out;
}

Arrival arrival_of(const rules::Round& round, const validate::Result& result, const validate::CheckedFile& file) {
    Arrival a;
    a.committee = file.committee;
    a.round = round.title;
    a.unit = std::string(unit_name(round.unit));
    a.file_name = file.path.filename().string();
    a.file_time = file_time_of(file.path);
    a.bytes = bytes_of(file.path);
    a.amounts = amounts_of(round, result, file);
    validate::Tally mine;
    for (const auto& f : result.findings)
        if (f.file == a.file_name && f.committee == file.committee && f.kind != validate::FindingKind::not_submitted) {
            mine.add(f);
            a.findings.push_back(stored(f));
        }
    a.errors = mine.errors;
    a.warnings = mine.warnings;
    a.status = std::string(validate::status_key(mine.status()));
    return a;
}

}  // namespace ramkoll::archive
