// The global options that set the reading limits (xlsx::ReadLimits) and the number of files
// one run takes. Sizes accept units: 512MB, 4GB, 64kb (1 kb = 1024 bytes).
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

namespace ramkoll::cli {

void add_limit_options(CLI::App& app, Options options) {
    auto& l = options->limits;
    const auto size = CLI::AsSizeValue(false);
    const auto positive = CLI::PositiveNumber;
    app.add_option("--max-file-size", l.max_file_bytes, "Största tillåtna xlsx-fil (512MB)")
        ->transform(size)->check(positive)->group("Gränser");
    app.add_option("--max-total-size", l.max_total_bytes, "Högst så mycket uppackat per arbetsbok (4GB)")
        ->transform(size)->check(positive)->group("Gränser");
    app.add_option("--max-ratio", l.max_ratio, "Högsta packningsgrad för en del över 16MB (1000)")
        ->check(positive)->group("Gränser");
    app.add_option("--max-cells", l.max_cells_per_sheet, "Högst så många celler per blad (50000000)")
        ->check(positive)->group("Gränser");
    app.add_option("--max-shared-strings", l.max_shared_strings, "Högst så många delade strängar (10000000)")
        ->check(positive)->group("Gränser");
    app.add_option("--max-xml-depth", l.max_xml_depth, "Största XML-djup (256)")
        ->check(CLI::Range(2u, 100000u))->group("Gränser");
    app.add_option("--max-string-length", l.max_string_bytes, "Längsta text i en cell (1MB)")
        ->transform(size)->check(positive)->group("Gränser");
    app.add_option("--max-formula-length", l.max_formula_bytes, "Längsta formel (64kb)")
        ->transform(size)->check(positive)->group("Gränser");
    app.add_option("--max-files", options->max_files, "Högst så många underlag per körning (10000)")
        ->check(positive)->group("Gränser");
}

}  // namespace ramkoll::cli
