// Package relationships (the *.rels parts): which part is the workbook, which parts are
// its sheets, shared strings and styles. Targets are resolved to zip entry names.
#pragma once

#include "xlsx/zip_archive.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::xlsx {

struct Relationship {
    std::string id;
    std::string type;     // the full type URI (transitional or strict)
    std::string target;   // resolved zip entry name, e.g. "xl/worksheets/sheet1.xml"
    bool external = false;
};

// The last path segment of a relationship type: "officeDocument", "worksheet", ...
std::string_view relationship_kind(std::string_view type);

// The .rels part that belongs to `part` ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels";
// "" -> "_rels/.rels"). Returns an empty list when the package has no such part.
std::vector<Relationship> read_relationships(ZipArchive& zip, std::string_view part, const ReadLimits& limits);

// Resolves a relationship target relative to the folder of `source_part`
// (absolute targets start at the package root; "%20" and the like are decoded; a backslash
// is read as '/', as Excel reads the targets some .NET tools write).
std::string resolve_target(std::string_view source_part, std::string_view target);

const Relationship* find_by_kind(const std::vector<Relationship>& rels, std::string_view kind);
const Relationship* find_by_id(const std::vector<Relationship>& rels, std::string_view id);

}  // namespace ramkoll::xlsx
