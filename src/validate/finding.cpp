// A finding's address, a committee's status, and the keys of the JSON output and the archive.
#include "validate/finding.hpp"

namespace ramkoll::validate {

std::string location(const Finding& f) {
    if (f.file.empty()) return {};
    if (f.sheet.empty()) return f.file;
    if (!f.cell) return f.file + "!" + xlsx::quote_sheet_name(f.sheet);
    return f.file + "!" + xlsx::quote_sheet_name(f.sheet) + "!" + xlsx::to_string(*f.cell);
}

Status status_of(const std::vector<const Finding*>& findings) {
    Status status = Status::ok;
    for (const auto* f : findings) {
        if (f->severity == rules::Severity::error) return Status::errors;
        if (f->severity == rules::Severity::warning) status = Status::warnings;
    }
    return status;
}

void Tally::add(const Finding& finding) {
    findings.push_back(&finding);
    errors += finding.severity == rules::Severity::error;
    warnings += finding.severity == rules::Severity::warning;
}

std::string_view status_key(Status status) {
    switch (status) {
    case Status::ok: return "ok";
    case Status::warnings: return "warnings";
    case Status::errors: return "errors";
    }
    return "ok";
}

std::string_view severity_key(rules::Severity severity) {
    switch (severity) {
    case rules::Severity::error: return "error";
    case rules::Severity::warning: return "warning";
    case rules::Severity::info: return "info";
    }
    return "info";
}

std::string_view kind_key(FindingKind kind) {
    switch (kind) {
    case FindingKind::rule: return "rule";
    case FindingKind::reading: return "reading";
    case FindingKind::unreadable: return "unreadable";
    case FindingKind::duplicate: return "duplicate";
    case FindingKind::not_submitted: return "not_submitted";
    }
    return "rule";
}

rules::Severity severity_from_key(std::string_view key) {
    return key == "error" ? rules::Severity::error : key == "warning" ? rules::Severity::warning : rules::Severity::info;
}

Status status_from_key(std::string_view key) {
    return key == "errors" ? Status::errors : key == "warnings" ? Status::warnings : Status::ok;
}

}  // namespace ramkoll::validate
