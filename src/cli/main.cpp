// ramkoll's command line: the global options, then each subcommand's options mapped onto its
// arguments (cli/commands.hpp) and its function called. The only file that includes CLI11.
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>

namespace ramkoll::cli {
namespace {

// What the parsed command line asks for: the command to run, once parsing is done.
struct Invocation {
    GlobalOptions global;
    std::function<int(const GlobalOptions&)> command;
};

// Adds a subcommand whose options fill an `Args` and which then runs `run(args, global)`.
template <typename Args, typename Setup>
void add(CLI::App& parent, Invocation& invocation, const char* name, const char* description,
         int (*run)(const Args&, const GlobalOptions&), Setup&& setup) {
    auto args = std::make_shared<Args>();
    auto* cmd = parent.add_subcommand(name, description);
    setup(*cmd, *args);
    cmd->callback([&invocation, args, run] { invocation.command = [args, run](const GlobalOptions& g) { return run(*args, g); }; });
}

// The reading limits and the number of files one run takes. Sizes accept units: 512MB, 4GB,
// 64kb (1 kb = 1024 bytes).
void add_limit_options(CLI::App& app, GlobalOptions& global) {
    auto& l = global.limits;
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
    app.add_option("--max-files", global.max_files, "Högst så många underlag per körning (10000)")
        ->check(positive)->group("Gränser");
}

void add_commands(CLI::App& app, Invocation& inv) {
    const char* rules_file = "Regelfilen, t.ex. rules/blekinge-2024.rules";
    const char* inputs = "Underlagen: filer eller mappar";
    add(app, inv, "inspect", "Visa vad som står i en arbetsbok: blad, celler och typer", inspect_command,
        [](CLI::App& c, InspectArgs& a) {
            c.add_option("file", a.file, "Arbetsboken (.xlsx)")->required();
            c.add_option("--sheet", a.sheet, "Visa cellerna i detta blad");
            c.add_option("--range", a.range, "Bara celler i området, t.ex. A1:F20");
            c.add_flag("--json", a.json, "Skriv ut arbetsboken som JSON");
        });

    auto* rules = app.add_subcommand("rules", "Regelfiler: granska (check) och visa (show)");
    rules->require_subcommand(1);
    add(*rules, inv, "check", "Läser och granskar en regelfil; 0 om den är felfri, annars 2", rules_check_command,
        [&](CLI::App& c, std::string& file) { c.add_option("FILE", file, rules_file)->required(); });
    add(*rules, inv, "show", "Visar omgången som tabeller: ramar, index, konstanter, blankett, regler", rules_show_command,
        [](CLI::App& c, RulesShowArgs& a) {
            c.add_option("FILE", a.file, "Regelfilen")->required();
            c.add_option("--unit", a.unit, "Enhet för ramarna: tkr eller mnkr (standard: som i filen)")
                ->check(CLI::IsMember({"tkr", "mnkr"}));
        });

    add(app, inv, "template", "Skriver mallen (budgetunderlaget) för varje nämnd i omgången", template_command,
        [&](CLI::App& c, TemplateArgs& a) {
            c.add_option("RULES", a.rules, rules_file)->required();
            c.add_option("-o,--out", a.out_dir, "Mappen mallarna skrivs till (skapas vid behov)")->required();
            c.add_option("--committee", a.committee, "Bara denna nämnd (kod, t.ex. HSN)");
        });
    add(app, inv, "check", "Granskar alla inlämnade underlag mot omgångens regler", check_command,
        [&](CLI::App& c, CheckArgs& a) {
            c.add_option("RULES", a.rules, rules_file)->required();
            c.add_option("FILE_OR_DIR", a.inputs, inputs)->required();
            c.add_option("--json", a.json, "Skriver alla avvikelser som JSON till denna fil");
            c.add_option("--report", a.report, "Skriver en rapport (xlsx) med sammanfattning och alla avvikelser");
            c.add_option("--report-per-committee", a.report_dir,
                         "Skriver en rapport (xlsx) per nämnd med bara dess avvikelser i denna mapp");
            c.add_option("--committee", a.committees, "Filens nämnd: KOD=FIL (kan anges flera gånger)");
        });
    add(app, inv, "consolidate", "Sammanställer underlagen till bilagorna (xlsx)", consolidate_command,
        [&](CLI::App& c, ConsolidateArgs& a) {
            c.add_option("RULES", a.rules, rules_file)->required();
            c.add_option("FILE_OR_DIR", a.inputs, inputs)->required();
            c.add_option("-o,--output", a.output, "Mappen bilagorna skrivs till (skapas vid behov)")->required();
            c.add_flag("--utkast", a.draft, "Skriver bilagorna även när underlagen har fel, märkta UTKAST");
        });
    add(app, inv, "run", "Kör hela omgången: granskar, arkiverar och skriver rapporterna", run_command,
        [](CLI::App& c, RunArgs& a) {
            c.add_option("--rules", a.rules, "Regelfilen")->capture_default_str();
            c.add_option("--in", a.in, "Mappen med inlämnade underlag")->capture_default_str();
            c.add_option("--out", a.out, "Utdatamappen (resultat/ och arkivet)")->capture_default_str();
            c.add_option("--archive", a.archive, "Arkivfilen (standard: UTDATAMAPP/arkiv.sqlite)");
        });
    add(app, inv, "history", "Visar arkivets versioner av underlagen", history_command, [](CLI::App& c, HistoryArgs& a) {
        c.add_option("--committee", a.committee, "Bara denna nämnds versioner (kod)");
        c.add_option("--archive", a.archive, "Arkivfilen")->capture_default_str();
    });
    add(app, inv, "diff", "Visar vad en nämnd ändrade mellan två versioner av sitt underlag", diff_command,
        [](CLI::App& c, DiffArgs& a) {
            c.add_option("CODE", a.committee, "Nämndens kod")->required();
            c.add_option("VERSION", a.versions, "Versionerna (standard: de två senaste; en: mot den före)")->expected(0, 2);
            c.add_option("--archive", a.archive, "Arkivfilen")->capture_default_str();
        });
    add(app, inv, "restore", "Återställer en arkiverad version av ett underlag, byte för byte", restore_command,
        [](CLI::App& c, RestoreArgs& a) {
            c.add_option("CODE", a.committee, "Nämndens kod")->required();
            c.add_option("VERSION", a.version, "Versionen (se ramkoll history)")->required();
            c.add_option("-o,--output", a.output, "Filen som skrivs")->required();
            c.add_option("--archive", a.archive, "Arkivfilen")->capture_default_str();
        });
}

}  // namespace
}  // namespace ramkoll::cli

int main(int argc, char** argv) {
    using namespace ramkoll::cli;
    CLI::App app{"ramkoll – granskar och sammanställer nämndernas budgetunderlag"};
    app.require_subcommand(1);
    Invocation invocation;
    app.add_option("--lang", invocation.global.lang_name, "Språk för meddelanden: sv eller en")
        ->check(CLI::IsMember({"sv", "en"}));
    add_limit_options(app, invocation.global);
    add_commands(app, invocation);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    return invocation.command ? invocation.command(invocation.global) : 2;
}
