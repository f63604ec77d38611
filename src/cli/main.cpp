// ramkoll's command line: the global options, then each subcommand's options mapped onto its
// arguments (cli/commands.hpp) and its function called. The only file that includes CLI11.
//
// One set of words for the same things in every command: `--rules FILE` is the rule file,
// `--in FILE_OR_DIR` (repeatable) what is read, `-o, --out` what is written. The older forms
// still work: the rule file as the first word, the submissions as the words after it.
//
// The help, headings included, is in the language `--lang` asks for: the language is known
// before the app is built (help_language), and every text below is given in both languages.
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>
#include <type_traits>

namespace ramkoll::cli {
namespace {

// What the parsed command line asks for: the command to run, once parsing is done.
struct Invocation {
    GlobalOptions global;
    std::function<int(const GlobalOptions&)> command;
};

// `--lang en` or `--lang=en` among the words (they go before the command): the help's language.
Lang help_language(int argc, char** argv) {
    Lang lang = Lang::sv;
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "--") break;
        if (word == "--lang" && i + 1 < argc) lang = std::string_view(argv[i + 1]) == "en" ? Lang::en : Lang::sv;
        if (word.starts_with("--lang=")) lang = word.substr(7) == "en" ? Lang::en : Lang::sv;
    }
    return lang;
}

// Every text of the command line is written once, in both languages: t("Regelfilen", "The
// rule file") is the one the help shows.
class HelpText {
public:
    explicit HelpText(Lang lang) : lang_(lang) {}
    std::string operator()(std::string_view sv, std::string_view en) const { return std::string(tr(lang_, sv, en)); }
    Lang lang() const { return lang_; }

private:
    Lang lang_;
};

// A mistake in the words that CLI11 cannot see (a file given twice, none given): exit code 2,
// printed like CLI11's own.
CLI::ValidationError usage_error(const std::string& message) { return CLI::ValidationError(message); }

// CLI11's help with the left column measured in characters rather than bytes, so that an
// option marked "KRÄVS" lines up like one marked "REQUIRED".
class Formatter : public CLI::Formatter {
public:
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
        const std::string description = make_option_desc(opt);
        const std::size_t width = get_column_width();
        std::size_t shown = 0;
        for (const char c : name) shown += (static_cast<unsigned char>(c) & 0xC0) != 0x80;   // not a UTF-8 continuation byte
        std::string out = name;
        if (shown < width) out += std::string(width - shown, ' ');
        else if (!description.empty()) out += "\n" + std::string(width, ' ');
        for (const char c : description) {
            out += c;
            if (c == '\n') out += std::string(width, ' ');
        }
        return out + "\n";
    }
    // An argument that may be left out and given up to n times, as `[VERSION [VERSION]]`
    // (CLI11 writes `[VERSION(0x)]`).
    std::string make_option_usage(const CLI::Option* opt) const override {
        const int most = opt->get_expected_max();
        if (opt->get_expected_min() > 0 || most < 2 || most >= CLI::detail::expected_max_vector_size)
            return CLI::Formatter::make_option_usage(opt);
        std::string out;
        for (int i = 0; i < most; ++i) out += (i == 0 ? "[" : " [") + make_option_name(opt, true);
        return out + std::string(static_cast<std::size_t>(most), ']');
    }
};

// CLI11's most frequent messages in Swedish: a missing command, a missing required option or
// argument, words not expected. The others stay as CLI11 writes them.
std::string in_swedish(const std::string& message) {
    static constexpr std::pair<std::string_view, std::string_view> starts[] = {
        {"A subcommand is required", "Ett kommando krävs"},
        {"The following argument was not expected: ", "Oväntat argument: "},
        {"The following arguments were not expected: ", "Oväntade argument: "},
    };
    for (const auto& [en, sv] : starts)
        if (message.starts_with(en)) return std::string(sv) + message.substr(en.size());
    constexpr std::string_view required = " is required";
    if (message.ends_with(required)) return message.substr(0, message.size() - required.size()) + " krävs";
    return message;
}

// CLI11's headings and its lines after an error, in the help's language; the option and
// command groups are named where they are made (option_defaults, the apps' group).
void translate_headings(CLI::App& app, const HelpText& t) {
    auto formatter = std::make_shared<Formatter>();
    app.formatter(formatter);
    auto& f = *formatter;
    f.label("Usage", t("Användning", "Usage"));
    f.label("OPTIONS", t("FLAGGOR", "OPTIONS"));
    f.label("SUBCOMMAND", t("KOMMANDO", "COMMAND"));
    f.label("SUBCOMMANDS", t("KOMMANDON", "COMMANDS"));
    f.label("Positionals", t("Argument", "Arguments"));
    f.label("REQUIRED", t("KRÄVS", "REQUIRED"));
    f.label("Needs", t("Kräver", "Needs"));
    f.label("Excludes", t("Utesluter", "Excludes"));
    f.label("Env", t("Miljövariabel", "Env"));
    app.option_defaults()->group(t("Flaggor", "Options"));
    app.group(t("Underkommandon", "Subcommands"));   // inherited by every subcommand made after this
    const std::string more = t("Kör med --help för mer information.", "Run with --help for more information.");
    const bool swedish = t.lang() == Lang::sv;
    app.failure_message([more, swedish](const CLI::App*, const CLI::Error& e) {
        return (swedish ? in_swedish(e.what()) : std::string(e.what())) + "\n" + more + "\n";
    });
}

// A subcommand with its help flag in the help's language and group (CLI11 makes a
// subcommand's help flag before it takes the parent's option defaults) and, below its help,
// the exit codes it gives.
CLI::App* subcommand(CLI::App& parent, const HelpText& t, const char* name, const std::string& description,
                     const std::string& exit_codes) {
    auto* cmd = parent.add_subcommand(name, description);
    cmd->set_help_flag("-h,--help", t("Visar den här hjälpen", "Prints this help"));
    cmd->footer(exit_codes.empty() ? std::string() : t("Slutstatus: ", "Exit status: ") + exit_codes);
    return cmd;
}

// Adds a subcommand whose options fill an `Args` and which then runs `run(args, global)`.
// `setup` adds the options; when it returns a function, that sorts out the words once the
// command line is parsed (and may throw a usage error).
template <typename Args, typename Setup>
void add(CLI::App& parent, Invocation& invocation, const HelpText& t, const char* name, const std::string& description,
         const std::string& exit_codes, int (*run)(const Args&, const GlobalOptions&), Setup&& setup) {
    auto args = std::make_shared<Args>();
    auto* cmd = subcommand(parent, t, name, description, exit_codes);
    std::function<void()> finish;
    if constexpr (std::is_void_v<decltype(setup(*cmd, *args))>)
        setup(*cmd, *args);
    else
        finish = setup(*cmd, *args);
    cmd->callback([&invocation, args, run, finish] {
        if (finish) finish();
        invocation.command = [args, run](const GlobalOptions& g) { return run(*args, g); };
    });
}

// A positional word, shown by its name alone (no type beside it).
CLI::Option* add_word(CLI::App& c, const std::string& name, std::string& into, const std::string& description) {
    return c.add_option(name, into, description)->type_name("");
}

CLI::Option* add_rules_option(CLI::App& c, const HelpText& t, std::string& rules) {
    return c.add_option("--rules", rules, t("Regelfilen, t.ex. rules/blekinge-2024.rules", "The rule file, e.g. rules/blekinge-2024.rules"))
        ->type_name(t("FIL", "FILE"));
}

// One file, given as the positional `word` (named `word_name` in the help) or with `option`,
// not both: the word goes into the option's variable when the option is not given. `what`
// names the file in the messages ("Regelfilen").
std::function<void()> word_or_option(const HelpText& t, std::shared_ptr<std::string> word, std::string word_name,
                                     const CLI::Option* option, std::string& value, std::string what) {
    return [t, word, word_name, option, &value, what] {
        const std::string name = option->get_name(false, true);
        if (option->count() > 0 && !word->empty())
            throw usage_error(what + t(" anges två gånger: ", " is given twice: ") + *word + t(" och ", " and ") + name + " " +
                              value + t("; ange den en gång", "; give it once"));
        if (option->count() > 0) return;
        if (word->empty())
            throw usage_error(what + t(" saknas: ange den som ", " is missing: give it as ") + word_name + t(" eller med ", " or with ") + name);
        value = *word;
    };
}

// `[RULES] [FILE_OR_DIR...] [--rules FILE] [--in FILE_OR_DIR]...`: the rule file is --rules or
// else the first word; the submissions are the other words, then every --in. With --rules
// every word is a submission, and a `.rules` file among them is the rule file given twice
// (exit code 2). `defaults`: the command has a rule file and inputs of its own (run), used
// when none is given; otherwise both are required.
std::function<void()> add_rules_and_inputs(CLI::App& c, const HelpText& t, std::string& rules, std::vector<std::string>& inputs,
                                           bool defaults) {
    auto first = std::make_shared<std::string>();
    auto words = std::make_shared<std::vector<std::string>>();
    auto in = std::make_shared<std::vector<std::string>>();
    const std::string rules_word = t("REGELFIL", "RULES");
    add_word(c, rules_word, *first, t("Regelfilen, om inte --rules anges", "The rule file, unless --rules is given"));
    c.add_option(t("UNDERLAG", "FILE_OR_DIR"), *words, t("Underlagen: filer eller mappar, som --in", "The submissions: files or folders, as --in"))
        ->type_name("");
    auto* rules_option = add_rules_option(c, t, rules);
    auto* in_option = c.add_option("--in", *in, t("Underlag: en fil eller en mapp (kan anges flera gånger)",
                                                   "Submissions: a file or a folder (may be repeated)"))
                          ->type_name(t("FIL_ELLER_MAPP", "FILE_OR_DIR"))
                          ->allow_extra_args(false);
    if (defaults) {
        rules_option->capture_default_str();
        std::string shown;
        for (const auto& i : inputs) shown += (shown.empty() ? "" : " ") + i;
        in_option->default_str(shown);
    }
    return [t, first, words, in, rules_word, rules_option, &rules, &inputs, defaults] {
        std::vector<std::string> given = *words;
        if (rules_option->count() > 0) {
            if (!first->empty()) given.insert(given.begin(), *first);
        } else if (!first->empty()) {
            rules = *first;
        } else if (!defaults) {
            throw usage_error(t("Regelfilen saknas: ange den som ", "The rule file is missing: give it as ") + rules_word +
                              t(" eller med --rules", " or with --rules"));
        }
        given.insert(given.end(), in->begin(), in->end());
        for (const auto& g : given)
            if (std::filesystem::path(g).extension() == ".rules")
                throw usage_error(g + t(": en regelfil bland underlagen; regelfilen anges en gång, som första argument eller med --rules",
                                        ": a rule file among the submissions; give the rule file once, as the first argument or with --rules"));
        if (!given.empty())
            inputs = std::move(given);
        else if (!defaults)
            throw usage_error(t("Inga underlag: ange filer eller mappar efter regelfilen eller med --in",
                                "No submissions: give files or folders after the rule file or with --in"));
    };
}

// The reading limits and the number of files one run takes. Sizes accept units: 512MB, 4GB,
// 64kb (1 kb = 1024 bytes).
// --committee CODE=FILE, in every command that reads submissions.
void add_committee_option(CLI::App& c, const HelpText& t, std::vector<std::string>& committees) {
    c.add_option("--committee", committees, t("Filens nämnd: KOD=FIL (kan anges flera gånger)", "The file's committee: CODE=FILE (may be repeated)"))
        ->type_name(t("KOD=FIL", "CODE=FILE"));
}

void add_limit_options(CLI::App& app, GlobalOptions& global, const HelpText& t) {
    auto& l = global.limits;
    const auto size = CLI::AsSizeValue(false).description("");
    const auto positive = CLI::PositiveNumber.description("");
    const std::string group = t("Gränser", "Limits"), bytes = t("STORLEK", "SIZE"), count = t("ANTAL", "NUMBER");
    auto limit = [&](const char* name, auto& value, const std::string& description, const std::string& type) {
        return app.add_option(name, value, description)->type_name(type)->group(group);
    };
    limit("--max-file-size", l.max_file_bytes, t("Största tillåtna xlsx-fil (512MB)", "Largest xlsx file allowed (512MB)"), bytes)
        ->transform(size)->check(positive);
    limit("--max-total-size", l.max_total_bytes, t("Högst så mycket uppackat per arbetsbok (4GB)", "At most this much inflated per workbook (4GB)"), bytes)
        ->transform(size)->check(positive);
    limit("--max-ratio", l.max_ratio, t("Högsta packningsgrad för en del över 16MB (1000)", "Highest compression ratio of a part over 16MB (1000)"), count)
        ->check(positive);
    limit("--max-cells", l.max_cells_per_sheet, t("Högst så många celler per blad (50000000)", "At most this many cells per sheet (50000000)"), count)
        ->check(positive);
    limit("--max-shared-strings", l.max_shared_strings, t("Högst så många delade strängar (10000000)", "At most this many shared strings (10000000)"), count)
        ->check(positive);
    limit("--max-xml-depth", l.max_xml_depth, t("Största XML-djup, 2–100000 (256)", "Deepest XML nesting, 2–100000 (256)"), count)
        ->check(CLI::Range(2u, 100000u).description(""));
    limit("--max-string-length", l.max_string_bytes, t("Längsta text i en cell (1MB)", "Longest text in a cell (1MB)"), bytes)
        ->transform(size)->check(positive);
    limit("--max-formula-length", l.max_formula_bytes, t("Längsta formel (64kb)", "Longest formula (64kb)"), bytes)
        ->transform(size)->check(positive);
    limit("--max-files", global.max_files, t("Högst så många underlag per körning (10000)", "At most this many submissions per run (10000)"), count)
        ->check(positive);
}

void add_commands(CLI::App& app, Invocation& inv, const HelpText& t) {
    const std::string file = t("FIL", "FILE"), dir = t("MAPP", "DIR"), code = t("KOD", "CODE");
    const std::string rules_word = t("REGELFIL", "RULES");
    const std::string archive_file = t("Arkivfilen", "The archive file");
    const std::string archive_unreadable = t("1 arkivet saknas, är skadat eller skrivet av en nyare ramkoll",
                                             "1 the archive is missing, damaged or written by a newer ramkoll");
    const std::string command_line = t("kommandoraden går inte att använda", "the command line is unusable");

    add(app, inv, t, "inspect", t("Visar vad som står i en arbetsbok: blad, celler och typer", "Shows what a workbook holds: sheets, cells and types"),
        t("0 klart; 1 arbetsboken kan inte läsas; 2 ", "0 done; 1 the workbook cannot be read; 2 ") + command_line +
            t(" (också ett --sheet som inte finns eller ett felaktigt --range).", " (also a --sheet the workbook lacks or a bad --range)."),
        inspect_command, [&](CLI::App& c, InspectArgs& a) {
            auto word = std::make_shared<std::string>();
            add_word(c, file, *word, t("Arbetsboken (.xlsx)", "The workbook (.xlsx)"));
            auto* in = c.add_option("--in", a.file, t("Arbetsboken, i stället för FIL", "The workbook, instead of FILE"))->type_name(file);
            c.add_option("--sheet", a.sheet, t("Visa cellerna i detta blad", "Show the cells of this sheet"))->type_name(t("BLAD", "SHEET"));
            c.add_option("--range", a.range, t("Bara cellerna i området", "Only the cells in the range"))->type_name("A1:F20");
            c.add_flag("--json", a.json, t("Skriv ut arbetsboken som JSON", "Print the workbook as JSON"));
            return word_or_option(t, word, file, in, a.file, t("Arbetsboken", "The workbook"));
        });

    auto* rules = subcommand(app, t, "rules", t("Regelfiler: granska (check) och visa (show)", "Rule files: check and show"), "");
    rules->require_subcommand(1);
    const std::string rules_codes = t("0 klart; 2 regelfilen har fel eller kan inte läsas, eller ", "0 done; 2 the rule file has mistakes or cannot be read, or ") +
                                    command_line + ".";
    add(*rules, inv, t, "check", t("Läser och granskar en regelfil och skriver ut varje fel", "Reads and checks a rule file and prints every mistake"),
        rules_codes, rules_check_command, [&](CLI::App& c, std::string& rules_file) {
            auto word = std::make_shared<std::string>();
            add_word(c, rules_word, *word, t("Regelfilen, om inte --rules anges", "The rule file, unless --rules is given"));
            return word_or_option(t, word, rules_word, add_rules_option(c, t, rules_file), rules_file, t("Regelfilen", "The rule file"));
        });
    add(*rules, inv, t, "show", t("Visar omgången som tabeller: ramar, index, konstanter, blankett, regler",
                                  "Shows the round as tables: frames, indices, constants, form, rules"),
        rules_codes, rules_show_command, [&](CLI::App& c, RulesShowArgs& a) {
            auto word = std::make_shared<std::string>();
            add_word(c, rules_word, *word, t("Regelfilen, om inte --rules anges", "The rule file, unless --rules is given"));
            auto* option = add_rules_option(c, t, a.file);
            c.add_option("--unit", a.unit, t("Enhet för ramarna: tkr eller mnkr (standard: som i filen)", "Unit of the frames: tkr or mnkr (default: as in the file)"))
                ->type_name("tkr|mnkr")
                ->check(CLI::IsMember({"tkr", "mnkr"}).description(""));
            return word_or_option(t, word, rules_word, option, a.file, t("Regelfilen", "The rule file"));
        });

    add(app, inv, t, "template", t("Skriver mallen (budgetunderlaget) för varje nämnd i omgången", "Writes the template (the budget submission) of each committee of the round"),
        t("0 mallarna skrivna; 2 regelfilen eller nämnden går inte att använda, en mall kan inte skrivas, eller ",
          "0 templates written; 2 the rule file or the committee is unusable, a template cannot be written, or ") + command_line + ".",
        template_command, [&](CLI::App& c, TemplateArgs& a) {
            auto word = std::make_shared<std::string>();
            add_word(c, rules_word, *word, t("Regelfilen, om inte --rules anges", "The rule file, unless --rules is given"));
            auto* option = add_rules_option(c, t, a.rules);
            c.add_option("-o,--out", a.out_dir, t("Mappen mallarna skrivs till (skapas vid behov)", "The folder the templates are written to (made when missing)"))
                ->type_name(dir)
                ->required();
            c.add_option("--committee", a.committee, t("Bara denna nämnd (kod, t.ex. HSN)", "Only this committee (code, e.g. HSN)"))->type_name(code);
            return word_or_option(t, word, rules_word, option, a.rules, t("Regelfilen", "The rule file"));
        });
    add(app, inv, t, "check", t("Granskar alla inlämnade underlag mot omgångens regler", "Checks every submission against the round's rules"),
        t("0 inga fel (varningar går bra); 1 något underlag har fel (också ett som inte kan läsas); 2 regelfilen, en sökväg, "
          "--committee eller kommandoraden går inte att använda, eller --json, --report eller --report-per-committee kan inte skrivas.",
          "0 no errors (warnings allowed); 1 a submission has errors (also one that cannot be read); 2 the rule file, a path, "
          "--committee or the command line is unusable, or --json, --report or --report-per-committee cannot be written."),
        check_command, [&](CLI::App& c, CheckArgs& a) {
            auto finish = add_rules_and_inputs(c, t, a.rules, a.inputs, false);
            c.add_option("--json", a.json, t("Skriver alla avvikelser som JSON till denna fil", "Writes every finding as JSON to this file"))->type_name(file);
            c.add_option("--report", a.report, t("Skriver en rapport (xlsx) med sammanfattning och alla avvikelser",
                                                 "Writes a report (xlsx) with a summary and every finding"))
                ->type_name(file);
            c.add_option("--report-per-committee", a.report_dir, t("Skriver en rapport (xlsx) per nämnd med bara dess avvikelser i denna mapp",
                                                                   "Writes a report (xlsx) per committee with only its findings into this folder"))
                ->type_name(dir);
            add_committee_option(c, t, a.committees);
            c.add_option("--archive", a.archive, t("Jämför med nämndernas senaste versioner i detta arkiv (belopp i fel enhet)",
                                                   "Compares with the committees' latest versions in this archive (amounts in the wrong unit)"))
                ->type_name(file);
            return finish;
        });
    add(app, inv, t, "consolidate", t("Sammanställer underlagen till bilagorna (xlsx)", "Builds the annexes (xlsx) from the submissions"),
        t("0 bilagorna skrivna (också som utkast); 1 underlagen har fel, inget skrivet; 2 regelfilen (också en utan bilagor), "
          "en sökväg, --committee eller kommandoraden går inte att använda, eller en bilaga kan inte skrivas.",
          "0 annexes written (also as a draft); 1 the submissions have errors, nothing written; 2 the rule file (also one without "
          "annexes), a path, --committee or the command line is unusable, or an annex cannot be written."),
        consolidate_command, [&](CLI::App& c, ConsolidateArgs& a) {
            auto finish = add_rules_and_inputs(c, t, a.rules, a.inputs, false);
            c.add_option("-o,--out,--output", a.output, t("Mappen bilagorna skrivs till (skapas vid behov)", "The folder the annexes are written to (made when missing)"))
                ->type_name(dir)
                ->required();
            add_committee_option(c, t, a.committees);
            c.add_flag("--utkast", a.draft, t("Skriver bilagorna även när underlagen har fel, märkta UTKAST",
                                              "Writes the annexes even when the submissions have errors, marked UTKAST (draft)"));
            return finish;
        });
    add(app, inv, t, "run", t("Kör hela omgången: granskar, arkiverar och skriver rapporterna", "Runs the whole round: checks, archives and writes the reports"),
        t("0 inga fel; 1 något underlag har fel; 2 regelfilen, en sökväg, --committee, utdatamappen, arkivet eller kommandoraden "
          "går inte att använda, eller något kan inte skrivas.",
          "0 no errors; 1 a submission has errors; 2 the rule file, a path, --committee, the output folder, the archive or the "
          "command line is unusable, or something cannot be written."),
        run_command, [&](CLI::App& c, RunArgs& a) {
            auto finish = add_rules_and_inputs(c, t, a.rules, a.inputs, true);
            c.add_option("-o,--out", a.out, t("Utdatamappen (resultat/ och arkivet)", "The output folder (resultat/ and the archive)"))
                ->type_name(dir)
                ->capture_default_str();
            c.add_option("--archive", a.archive, t("Arkivfilen (standard: UTDATAMAPP/arkiv.sqlite)", "The archive file (default: OUT/arkiv.sqlite)"))
                ->type_name(file);
            add_committee_option(c, t, a.committees);
            return finish;
        });
    add(app, inv, t, "history", t("Visar arkivets versioner av underlagen", "Shows the archive's versions of the submissions"),
        t("0 klart; ", "0 done; ") + archive_unreadable + "; 2 " + command_line + ".", history_command,
        [&](CLI::App& c, HistoryArgs& a) {
            c.add_option("--committee", a.committee, t("Bara denna nämnds versioner (kod)", "Only this committee's versions (code)"))->type_name(code);
            c.add_option("--archive", a.archive, archive_file)->type_name(file)->capture_default_str();
        });
    add(app, inv, t, "diff", t("Visar vad en nämnd ändrade mellan två versioner av sitt underlag", "Shows what a committee changed between two versions of its submission"),
        t("0 klart; ", "0 done; ") + archive_unreadable + t("; 2 nämnden eller versionen finns inte i arkivet, eller ",
                                                            "; 2 the committee or the version is not in the archive, or ") + command_line + ".",
        diff_command, [&](CLI::App& c, DiffArgs& a) {
            add_word(c, code, a.committee, t("Nämndens kod", "The committee's code"))->required();
            c.add_option("VERSION", a.versions, t("Versionerna (standard: de två senaste; en: mot den före)", "The versions (default: the two latest; one: against the one before)"))
                ->type_name("")
                ->expected(0, 2);
            c.add_option("--archive", a.archive, archive_file)->type_name(file)->capture_default_str();
        });
    add(app, inv, t, "restore", t("Återställer en arkiverad version av ett underlag, byte för byte", "Restores an archived version of a submission, byte for byte"),
        t("0 återställd; ", "0 restored; ") + archive_unreadable + t("; 2 versionen finns inte i arkivet, filen kan inte skrivas, eller ",
                                                                    "; 2 the version is not in the archive, the file cannot be written, or ") + command_line + ".",
        restore_command, [&](CLI::App& c, RestoreArgs& a) {
            add_word(c, code, a.committee, t("Nämndens kod", "The committee's code"))->required();
            c.add_option("VERSION", a.version, t("Versionen (se ramkoll history)", "The version (see ramkoll history)"))->type_name("")->required();
            c.add_option("-o,--out,--output", a.output, t("Filen som skrivs", "The file written"))->type_name(file)->required();
            c.add_option("--archive", a.archive, archive_file)->type_name(file)->capture_default_str();
        });
}

}  // namespace
}  // namespace ramkoll::cli

int main(int argc, char** argv) {
    using namespace ramkoll::cli;
    const HelpText t(help_language(argc, argv));
    CLI::App app{t("ramkoll – granskar och sammanställer nämndernas budgetunderlag", "ramkoll – checks and consolidates the committees' budget submissions"),
                 "ramkoll"};
    translate_headings(app, t);
    app.set_help_flag("-h,--help", t("Visar den här hjälpen", "Prints this help"));
    app.footer(t("Slutstatus: 0 klart; 1 indata kan inte läsas (arbetsboken, arkivet) eller underlagen har fel; 2 kommandoraden "
                 "eller regelfilen går inte att använda, eller utdata kan inte skrivas. Varje kommando: ramkoll KOMMANDO --help.",
                 "Exit status: 0 done; 1 the input cannot be read (the workbook, the archive) or the submissions have errors; 2 the "
                 "command line or the rule file is unusable, or an output cannot be written. Each command: ramkoll COMMAND --help."));
    app.require_subcommand(1);
    Invocation invocation;
    app.add_option("--lang", invocation.global.lang_name, t("Språk för meddelanden och hjälp: sv eller en (före kommandot)",
                                                            "Language of the messages and the help: sv or en (before the command)"))
        ->type_name("sv|en")
        ->check(CLI::IsMember({"sv", "en"}).description(""));
    add_limit_options(app, invocation.global, t);
    add_commands(app, invocation, t);
    try {
        app.parse(argc, argv);
    } catch (const CLI::RequiredError& e) {
        // CLI11 says "A subcommand is required" also when the command word is misspelt.
        const auto left = app.remaining(true);
        if (!std::string_view(e.what()).starts_with("A subcommand") || left.empty()) return app.exit(e) == 0 ? 0 : 2;
        std::cerr << t("Okänt kommando: ", "Unknown command: ") << left.front() << "\n"
                  << t("Kör med --help för mer information.", "Run with --help for more information.") << "\n";
        return 2;
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    return invocation.command ? invocation.command(invocation.global) : 2;
}
