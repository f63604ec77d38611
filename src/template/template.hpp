// Generates a committee's submission template (mall) from a checked round: an instruction
// sheet, the budget sheet, one sheet per list section and a hidden metadata sheet.
//
//   auto loaded = rules::load_rules("rules/blekinge-2024.rules");
//   const auto& hsn = *loaded.round.committee("HSN");
//   templates::write_template(loaded.round, hsn, dir / templates::file_name(loaded.round, hsn));
#pragma once

#include "rules/model.hpp"

#include <filesystem>
#include <string>

namespace ramkoll::templates {

// "HSN-2024.xlsx": the committee's code and the round's first year.
std::string file_name(const rules::Round& round, const rules::Committee& committee);

// Writes the workbook atomically (nothing appears at `path` if anything fails).
// Throws std::runtime_error naming the file, sheet and cell on failure.
void write_template(const rules::Round& round, const rules::Committee& committee,
                    const std::filesystem::path& path);

}  // namespace ramkoll::templates
