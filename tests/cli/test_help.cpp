// The help in the help's language: Swedish by default, English with `--lang en` (or
// `--lang=en`) before the command — CLI11's headings too, and the exit codes of each command.
#include "process.hpp"
#include "temp_dir.hpp"

#include <string>
#include <vector>

using namespace ramkoll::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every command's words, as a help line names it.
const std::vector<std::vector<std::string>> commands = {
    {"inspect"}, {"rules", "check"}, {"rules", "show"}, {"template"}, {"check"},
    {"consolidate"}, {"run"}, {"history"}, {"diff"}, {"restore"}};

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

Finished help(std::vector<std::string> before, const std::vector<std::string>& command) {
    static TempDir dir{"help"};
    before.insert(before.end(), command.begin(), command.end());
    before.push_back("--help");
    return run_ramkoll(before, dir.path);
}

// The column (in characters, not bytes) where `part` starts on the line that holds it.
std::size_t column_of(const std::string& text, const std::string& part) {
    const auto at = text.find(part);
    REQUIRE(at != std::string::npos);
    const auto line = text.rfind('\n', at) + 1;
    std::size_t column = 0;
    for (auto i = line; i < at; ++i) column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return column;
}

}  // namespace

TEST_CASE("help: ramkoll --help has CLI11's headings in Swedish") {
    const auto r = help({}, {});
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "\nAnvändning: ramkoll [FLAGGOR] KOMMANDO\n"));
    CHECK(has(r.out, "\nFlaggor:\n  -h,--help                   Visar den här hjälpen\n"));
    CHECK(has(r.out, "\nGränser:\n  --max-file-size STORLEK     Största tillåtna xlsx-fil (512MB)\n"));
    CHECK(has(r.out, "\nUnderkommandon:\n  inspect "));
    CHECK(has(r.out, "  check                       Granskar alla inlämnade underlag mot omgångens regler\n"));
    CHECK(has(r.out, "\nSlutstatus: 0 klart; 1 "));
    for (const char* english : {"Usage", "OPTIONS", "Options:", "Subcommands:", "SUBCOMMAND", "Print this help"}) {
        INFO(english);
        CHECK(!has(r.out, english));
    }
}

TEST_CASE("help: --lang en (or --lang=en) gives English headings and English descriptions") {
    for (const auto& lang : {std::vector<std::string>{"--lang", "en"}, std::vector<std::string>{"--lang=en"}}) {
        INFO(joined(lang));
        const auto r = help(lang, {});
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "\nUsage: ramkoll [OPTIONS] COMMAND\n"));
        CHECK(has(r.out, "\nOptions:\n  -h,--help                   Prints this help\n"));
        CHECK(has(r.out, "\nLimits:\n  --max-file-size SIZE        Largest xlsx file allowed (512MB)\n"));
        CHECK(has(r.out, "\nSubcommands:\n"));
        CHECK(has(r.out, "  check                       Checks every submission against the round's rules\n"));
        CHECK(has(r.out, "\nExit status: 0 done; 1 "));
        for (const char* swedish : {"Användning", "Flaggor", "Gränser", "Underkommandon", "Granskar", "Slutstatus"}) {
            INFO(swedish);
            CHECK(!has(r.out, swedish));
        }
    }
}

TEST_CASE("help: every command's help is in Swedish, with its exit codes") {
    for (const auto& command : commands) {
        INFO(joined(command));
        const auto r = help({}, command);
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "Användning: ramkoll " + joined(command) + " [FLAGGOR]"));
        CHECK(has(r.out, "\nFlaggor:\n  -h,--help                   Visar den här hjälpen\n"));
        CHECK(has(r.out, "\nSlutstatus: 0 "));
        for (const char* english : {"Usage", "Options:", "Positionals:", "REQUIRED", "TEXT", "INT", "Print this help", "Exit status"}) {
            INFO(english);
            CHECK(!has(r.out, english));
        }
    }
}

TEST_CASE("help: every command's help with --lang en is English throughout") {
    for (const auto& command : commands) {
        INFO(joined(command));
        const auto r = help({"--lang", "en"}, command);
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "Usage: ramkoll " + joined(command) + " [OPTIONS]"));
        CHECK(has(r.out, "\nOptions:\n  -h,--help                   Prints this help\n"));
        CHECK(has(r.out, "\nExit status: 0 "));
        // No Swedish word is left: none of its letters appears.
        for (const char* letter : {"å", "ä", "ö", "Å", "Ä", "Ö"}) {
            INFO(letter << " in\n" << r.out);
            CHECK(!has(r.out, letter));
        }
    }
}

TEST_CASE("help: arguments, REQUIRED and the words of each thing in both languages") {
    const auto sv = help({}, {"template"});
    CHECK(has(sv.out, "Användning: ramkoll template [FLAGGOR] [REGELFIL]\n"));
    CHECK(has(sv.out, "\nArgument:\n  REGELFIL                    Regelfilen, om inte --rules anges\n"));
    CHECK(has(sv.out, "  --rules FIL                 Regelfilen, t.ex. rules/blekinge-2024.rules\n"));
    CHECK(has(sv.out, "  -o,--out MAPP KRÄVS         Mappen mallarna skrivs till"));
    CHECK(has(sv.out, "\nSlutstatus: 0 mallarna skrivna; 2 "));
    // The description after "KRÄVS" starts in the same column as the others (CLI11 counts bytes).
    CHECK(column_of(sv.out, "Mappen mallarna") == column_of(sv.out, "Regelfilen, t.ex."));

    const auto en = help({"--lang", "en"}, {"template"});
    CHECK(has(en.out, "Usage: ramkoll template [OPTIONS] [RULES]\n"));
    CHECK(has(en.out, "\nArguments:\n  RULES                       The rule file, unless --rules is given\n"));
    CHECK(has(en.out, "  -o,--out DIR REQUIRED       The folder the templates are written to"));
    CHECK(has(en.out, "\nExit status: 0 templates written; 2 "));

    const auto check = help({}, {"check"});
    CHECK(has(check.out, "Användning: ramkoll check [FLAGGOR] [REGELFIL] [UNDERLAG...]\n"));
    CHECK(has(check.out, "  --in FIL_ELLER_MAPP ...     Underlag: en fil eller en mapp (kan anges flera gånger)\n"));
    const auto diff = help({"--lang", "en"}, {"diff"});
    CHECK(has(diff.out, "Usage: ramkoll diff [OPTIONS] CODE [VERSION [VERSION]]\n"));
}

TEST_CASE("help: a usage error is told in the help's language") {
    TempDir dir{"help-errors"};
    const auto sv = run_ramkoll({"template", "rules/blekinge-2024.rules"}, dir.path);
    CHECK(sv.exit_code == 2);
    CHECK(sv.err == "--out krävs\nKör med --help för mer information.\n");
    const auto en = run_ramkoll({"--lang", "en", "template", "rules/blekinge-2024.rules"}, dir.path);
    CHECK(en.exit_code == 2);
    CHECK(en.err == "--out is required\nRun with --help for more information.\n");
    const auto twice = run_ramkoll({"--lang=en", "rules", "show", "a.rules", "--rules", "b.rules"}, dir.path);
    CHECK(twice.exit_code == 2);
    CHECK(twice.err == "The rule file is given twice: a.rules and --rules b.rules; give it once\nRun with --help for more information.\n");
}
