// Writing the annexes (bilagor): one workbook per declared annex and one with every annex as a
// sheet. Sums and results are Excel formulas with their cached values; amounts are converted
// to the annex's unit exactly and rounded only by the number format.
//
//   annex::Options options{.lang = Lang::sv};
//   auto written = annex::write_annexes(round, submissions, "out/bilagor", options);
#pragma once

#include "common/lang.hpp"
#include "consolidate/consolidate.hpp"
#include "xlsx/writer.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace ramkoll::annex {

struct Options {
    Lang lang = Lang::sv;
    // A draft (--utkast): every sheet says "UTKAST – underlaget innehåller fel" and lists these
    // committees ("HSN Hälso- och sjukvårdsnämnden").
    bool draft = false;
    std::vector<std::string> committees_in_error;
};

// The combined workbook's file name, "Bilagor.xlsx"; each annex is "<name>.xlsx".
inline constexpr const char* combined_file = "Bilagor.xlsx";

// Appends `table` as a sheet named by it.
void write_sheet(xlsx::WorkbookWriter& book, const consolidate::Table& table, const Options& options);

// Writes every table into `dir` (which must exist): "<name>.xlsx" each and combined_file. Each
// file appears atomically. Returns the files written, the combined one last. Throws
// std::runtime_error when a file cannot be written (files already written stay).
std::vector<std::filesystem::path> write_tables(const std::vector<consolidate::Table>& tables,
                                                const std::filesystem::path& dir, const Options& options);

// Consolidates the round's annexes from the submissions and writes them (what `ramkoll
// consolidate` and `ramkoll run` call).
std::vector<std::filesystem::path> write_annexes(const rules::Round& round, const consolidate::Submissions& submissions,
                                                 const std::filesystem::path& dir, const Options& options);

}  // namespace ramkoll::annex
