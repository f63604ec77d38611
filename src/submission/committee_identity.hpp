// Which committee a file is: from its name ("TN-2024.xlsx"), or from a committee's or part's name
// written in its sheets ("… för regionstaben" is RS). One rule for readable and unreadable files.
#pragma once

#include "rules/model.hpp"
#include "xlsx/workbook.hpp"

#include <filesystem>
#include <string>

namespace ramkoll::submission {

// The code of a committee that stands alone as a word of the file name, compared as labels are
// (normalize_label: case, accents as written, punctuation and spaces ignored): "TN-2024.xlsx",
// "budget_hsn v2.xlsx", "ÖF 2024.xlsx" (a code ÖF). "" when no word is a committee's code.
std::string committee_from_file_name(const std::filesystem::path& path, const rules::Round& round);

// The committee whose name (or whose part's name) appears in a text cell; the longest name wins,
// so "reserv Regionstyrelsen" is not taken for another committee. "" when none does.
std::string committee_from_texts(const xlsx::Workbook& book, const rules::Round& round);

}  // namespace ramkoll::submission
