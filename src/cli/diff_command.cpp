// `ramkoll diff CODE [VERSION [VERSION]] [--archive FILE]`: what a committee changed between
// two archived versions (default the two latest; one VERSION: against the one before it),
// value by value (form lines, then list rows), and which findings appeared or disappeared.
#include "cli/archive_access.hpp"
#include "cli/commands.hpp"

#include "archive/diff.hpp"
#include "common/message.hpp"
#include "common/swedish_number.hpp"
#include "rules/text_table.hpp"
#include "rules/words.hpp"
#include "validate/finding.hpp"

#include <fmt/format.h>

namespace ramkoll::cli {
namespace {

Unit unit_of(const std::string& name) { return name == "mnkr" ? Unit::mnkr : name == "kr" ? Unit::kr : Unit::tkr; }

// The word for a stored severity key ("error" → "fel").
std::string_view severity_shown(const std::string& key, Lang lang) {
    return rules::severity_word(validate::severity_from_key(key), lang);
}

void print_findings(const std::vector<archive::StoredFinding>& findings, std::string_view title, Lang lang) {
    std::cout << "\n" << title << "\n";
    if (findings.empty()) std::cout << "  " << tr(lang, "(inga)", "(none)") << "\n";
    for (const auto& f : findings) {
        std::cout << fmt::format("  {:<8} {}{}{}{}\n", severity_shown(f.severity, lang), f.location,
                                 f.location.empty() ? "" : "  ", f.rule, f.year ? fmt::format(" ({})", *f.year) : "");
        std::cout << fmt::format("           {}\n", f.message);
    }
}

// The changed list rows, value by value; not compared when either version was archived by a
// ramkoll that kept no list rows (schema 1), rather than showing every row as added.
void print_list_changes(const archive::Archive& archive, const std::string& code, const archive::Version& older,
                        const archive::Version& newer, Unit unit, Lang lang) {
    std::cout << "\n" << say(lang, {"Ändrade listrader ({})", "Changed list rows ({})"}, unit_name(unit)) << "\n";
    for (const auto* v : {&older, &newer})
        if (!v->lists_archived) {
            std::cout << "  "
                      << say(lang, {"(jämförs inte: version {} arkiverades av en äldre ramkoll, som inte sparade listraderna)",
                                    "(not compared: version {} was archived by an older ramkoll, which kept no list rows)"},
                             v->number)
                      << "\n";
            return;
        }
    const auto changes = archive::diff_list_values(archive.list_values(code, older.number), archive.list_values(code, newer.number));
    if (changes.empty()) {
        std::cout << "  " << tr(lang, "(inga)", "(none)") << "\n";
        return;
    }
    auto shown = [unit](const std::optional<archive::StoredListValue>& v) {
        if (!v) return std::string("–");
        return v->kronor ? format_swedish(from_kronor(*v->kronor, unit), 1) : v->text;
    };
    using Align = rules::TextTable::Align;
    rules::TextTable table({Align::left, Align::left, Align::left, Align::right, Align::left, Align::right, Align::right,
                            Align::right});
    table.add({"", std::string(tr(lang, "Rad", "Row")), std::string(tr(lang, "Kolumn", "Column")),
               std::string(tr(lang, "År", "Year")), std::string(tr(lang, "Cell", "Cell")),
               std::string(tr(lang, "Före", "Before")), std::string(tr(lang, "Efter", "After")),
               std::string(tr(lang, "Skillnad", "Difference"))});
    for (const auto& c : changes) {
        std::string row = say(lang, {"{} rad {}", "{} row {}"}, c.list, c.row);
        if (!c.label.empty()) row += fmt::format(" ({})", c.label);
        table.add({"", row, c.column, c.year == 0 ? std::string() : std::to_string(c.year), c.cell(), shown(c.before),
                   shown(c.after), c.is_amount() ? format_swedish(from_kronor(c.difference(), unit), 1) : std::string()});
    }
    std::cout << table.render();
}

}  // namespace

int diff_command(const DiffArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto archive = open_archive(args.archive, lang);
    if (!archive) return 1;
    const std::string code = committee_key(args.committee);
    try {
        const auto versions = archive->history(code);
        if (versions.empty()) {
            std::cerr << say(lang, {"{}: inga versioner i arkivet (se ramkoll history)",
                                    "{}: no versions in the archive (see ramkoll history)"},
                             args.committee)
                      << "\n";
            return 2;
        }
        int from = 0, to = 0;
        if (args.versions.size() == 2) {
            from = args.versions[0];
            to = args.versions[1];
        } else {
            to = args.versions.empty() ? versions.back().number : args.versions[0];
            from = to - 1;
        }
        if (args.versions.empty() && versions.size() < 2) {
            std::cout << say(lang, {"{} har bara version {}; inget att jämföra.", "{} has only version {}; nothing to compare."},
                             args.committee, to)
                      << "\n";
            return 0;
        }
        const auto older = archive->version(code, from);
        const auto newer = archive->version(code, to);
        for (const auto& [number, found] : {std::pair{from, older.has_value()}, std::pair{to, newer.has_value()}})
            if (!found) {
                std::cerr << say(lang, {"{}: version {} finns inte i arkivet (se ramkoll history)",
                                        "{}: version {} is not in the archive (see ramkoll history)"},
                                 args.committee, number)
                          << "\n";
                return 2;
            }
        std::cout << say(lang, {"{}: version {} ({}, anlänt {}) → version {} ({}, anlänt {})\n",
                                "{}: version {} ({}, arrived {}) → version {} ({}, arrived {})\n"},
                         args.committee, from, older->file_name, older->arrived, to, newer->file_name, newer->arrived);

        const Unit unit = unit_of(newer->unit);
        const auto changes = archive::diff_amounts(archive->amounts(code, from), archive->amounts(code, to));
        std::cout << "\n" << say(lang, {"Ändrade värden ({})", "Changed values ({})"}, unit_name(unit)) << "\n";
        if (changes.empty()) {
            std::cout << "  " << tr(lang, "(inga)", "(none)") << "\n";
        } else {
            auto shown = [unit](const std::optional<Money>& m) { return m ? format_swedish(from_kronor(*m, unit), 1) : "–"; };
            using Align = rules::TextTable::Align;
            rules::TextTable table({Align::left, Align::left, Align::right, Align::left, Align::right, Align::right, Align::right});
            table.add({"", std::string(tr(lang, "Rad", "Line")), std::string(tr(lang, "År", "Year")),
                       std::string(tr(lang, "Cell", "Cell")), std::string(tr(lang, "Före", "Before")),
                       std::string(tr(lang, "Efter", "After")), std::string(tr(lang, "Skillnad", "Difference"))});
            for (const auto& c : changes)
                table.add({"", c.line, std::to_string(c.year), c.cell, shown(c.before), shown(c.after),
                           format_swedish(from_kronor(c.difference(), unit), 1)});
            std::cout << table.render();
        }
        print_list_changes(*archive, code, *older, *newer, unit, lang);
        const auto findings = archive::diff_findings(archive->findings(code, from), archive->findings(code, to));
        print_findings(findings.appeared, tr(lang, "Nya avvikelser", "Findings that appeared"), lang);
        print_findings(findings.disappeared, tr(lang, "Borttagna avvikelser", "Findings that disappeared"), lang);
        return 0;
    } catch (const archive::Error& e) {
        std::cerr << archive::describe(e, lang) << "\n";
        return 1;
    }
}

}  // namespace ramkoll::cli
