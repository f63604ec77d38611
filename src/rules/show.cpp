// Renders a checked Round as text tables.
#include "rules/show.hpp"

#include "common/swedish_number.hpp"
#include "rules/evaluator.hpp"
#include "rules/text_table.hpp"
#include "rules/words.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace ramkoll::rules {

namespace {

using Align = TextTable::Align;

std::string amount(Money kronor, Unit unit) { return format_swedish(from_kronor(kronor, unit), 1); }

std::string tolerance_text(const Tolerance& t, Unit unit) {
    if (t.relative) return format_swedish_percent(t.value, 2);
    return amount(t.value, unit) + " " + std::string(unit_name(unit));
}

std::vector<Align> year_columns(std::size_t leading, std::size_t years) {
    std::vector<Align> align(leading, Align::left);
    align.insert(align.end(), years, Align::right);
    return align;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

// A difference with its sign: "+0,3", "−0,2", "0,0".
std::string signed_amount(Money kronor, Unit unit) {
    const std::string text = amount(kronor.abs(), unit);
    if (text == amount(Money{}, unit)) return text;
    return fmt::format("{}{}", kronor < Money{} ? "\u2212" : "+", text);
}

// A frame bridge as the document prints it, with each line's rounding difference after it.
std::string show_bridge(const Bridge& b, Lang lang, Unit unit) {
    std::string out = fmt::format("\n{} ({}, {} {})\n", b.title, unit_name(unit), tr(lang, "tolerans", "tolerance"),
                                  tolerance_text(b.tolerance, unit));
    TextTable table(year_columns(2, b.steps.size() + 2));
    std::vector<std::string> header = {tr(lang, "Kod", "Code").data(), tr(lang, "Rad", "Line").data()};
    header.insert(header.end(), b.steps.begin(), b.steps.end());
    header.push_back(fmt::format("{} {}", tr(lang, "Ram", "Frame"), b.year));
    header.push_back(tr(lang, "Avrundning", "Rounding").data());
    table.add(header);
    for (const auto& line : b.lines) {
        std::vector<std::string> row = {line.code, line.label};
        for (const auto& step : line.steps) row.push_back(step ? amount(*step, unit) : "");
        row.push_back(amount(line.frame, unit));
        row.push_back(signed_amount(line.difference(), unit));
        table.add(row);
    }
    return out + table.render();
}

// What each annex holds, in one line, and the rows of a rows annex under it.
std::string show_annexes(const Round& round, Lang lang) {
    std::string out = fmt::format("\n{}\n", tr(lang, "Bilagor", "Annexes"));
    TextTable table({Align::left, Align::left, Align::left, Align::left});
    table.add({tr(lang, "Namn", "Name").data(), tr(lang, "Rubrik", "Title").data(), tr(lang, "Enhet", "Unit").data(),
               tr(lang, "Innehåll", "Content").data()});
    for (const auto& a : round.annexes) {
        struct Content {
            const Round& round;
            Lang lang;
            std::string column(std::size_t list, std::size_t c) const { return round.form.lists[list].columns[c].name; }
            std::string operator()(const CommitteesTable& t) const {
                return fmt::format("{}{}{}", tr(lang, "nämnderna med varav-rader", "the committees with their parts"),
                                   t.parts_first ? tr(lang, ", delarna först", ", parts first") : "",
                                   t.chart ? tr(lang, ", diagram", ", chart") : "");
            }
            std::string operator()(const LinesTable&) const {
                return std::string(tr(lang, "nämnd × rad × år", "committee × line × year"));
            }
            std::string operator()(const ItemsTable& t) const {
                std::string out = fmt::format("{}.{} ({}{})", round.form.lists[t.list].name, column(t.list, t.amount_column),
                                              column(t.list, t.label_column),
                                              t.label_header ? fmt::format(" \"{}\"", *t.label_header) : "");
                if (!t.committees.empty())
                    out += fmt::format(" {} {}",
                                       t.mode == SelectionMode::except ? tr(lang, "utom", "except") : tr(lang, "för", "for"),
                                       join(t.committees, ", "));
                if (t.requirement)
                    out += fmt::format(", {} {}", tr(lang, "krav", "requirement"), round.constants[*t.requirement].name);
                if (t.plain) out += tr(lang, ", utan nämndkolumn", ", without committee column");
                if (t.total_label) out += fmt::format(", \"{}\"", *t.total_label);
                return out;
            }
            std::string operator()(const AgreementsTable& t) const {
                return fmt::format("{}.{}: {} × {}", round.form.lists[t.list].name, column(t.list, t.amount_column),
                                   t.seller, t.buyer);
            }
            std::string operator()(const BridgeTable& t) const {
                return fmt::format("{} {}", tr(lang, "rambrygga", "frame bridge"), round.bridges[t.bridge].year);
            }
            std::string operator()(const RowsTable& t) const {
                return fmt::format("{} {}", t.rows.size(), tr(lang, "rader", "rows"));
            }
        };
        // Columns other than the round's years are shown with their headers.
        std::vector<std::string> headers;
        bool own_columns = a.columns.size() != round.years.size();
        for (std::size_t c = 0; c < a.columns.size(); ++c) {
            headers.push_back(fmt::format("\"{}\"", a.columns[c].header));
            own_columns = own_columns || a.columns[c].year != round.years[c] || a.columns[c].header != std::to_string(a.columns[c].year);
        }
        table.add({a.name, a.title,
                   fmt::format("{}, {} {}{}{}", unit_name(a.unit), a.decimals, tr(lang, "dec.", "dec."),
                               own_columns ? fmt::format(", {} {}", tr(lang, "kolumner", "columns"), join(headers, " ")) : "",
                               a.sum_column ? fmt::format(", \"{}\"", *a.sum_column) : ""),
                   std::visit(Content{round, lang}, a.table)});
        const auto* rows = std::get_if<RowsTable>(&a.table);
        if (!rows) continue;
        for (const auto& r : rows->rows) {
            std::string how;
            for (const auto& [sign, index] : r.terms)
                how += (how.empty() ? (sign < 0 ? "−" : "") : (sign < 0 ? " − " : " + ")) + rows->rows[index].name;
            if (r.heading) how = tr(lang, "rubrik", "heading");
            else if (!r.is_total()) how = r.only.empty() ? "" : fmt::format("{} {}", tr(lang, "för", "for"), join(r.only, ", "));
            else how = "= " + how;
            table.add({"", "  " + r.label, "", how});
        }
    }
    return out + table.render();
}

}  // namespace

std::string show_round(const Round& round, Lang lang, Unit frame_unit) {
    std::string out = round.title + "\n";
    std::vector<std::string> years;
    for (int y : round.years) years.push_back(std::to_string(y));
    out += fmt::format("{}: {}   {}: {}   {}: {}   {}: {}\n", tr(lang, "År", "Years"), join(years, " "),
                       tr(lang, "Underlagens enhet", "Unit of submissions"), unit_name(round.unit),
                       tr(lang, "Tolerans", "Tolerance"), tolerance_text(round.tolerance, round.unit),
                       tr(lang, "för ramar", "for frames"), tolerance_text(round.frame_tolerance, frame_unit));

    // Frames: committees × years, varav rows indented under their committee.
    out += fmt::format("\n{} ({})\n", tr(lang, "Ramar per nämnd", "Frames per committee"), unit_name(frame_unit));
    TextTable frames(year_columns(2, round.years.size()));
    std::vector<std::string> header = {tr(lang, "Kod", "Code").data(), tr(lang, "Nämnd", "Committee").data()};
    header.insert(header.end(), years.begin(), years.end());
    frames.add(header);
    for (const auto& c : round.committees) {
        std::vector<std::string> row = {c.code, c.name};
        for (Money m : c.frame) row.push_back(amount(m, frame_unit));
        frames.add(row);
        for (const auto& p : c.parts) {
            std::vector<std::string> part_row = {
                "", std::string(static_cast<std::size_t>(p.depth) * 2, ' ') + tr(lang, "Varav ", "Of which ").data() + p.name};
            for (Money m : p.frame) part_row.push_back(amount(m, frame_unit));
            frames.add(part_row);
        }
    }
    if (round.result) {
        std::vector<std::string> row = {"", round.result->label};
        for (Money m : round.result->values) row.push_back(amount(m, frame_unit));
        frames.add(row);
    }
    out += frames.render();
    // Declared turnovers (the scale check's measure for a committee whose frame is 0).
    if (std::any_of(round.committees.begin(), round.committees.end(), [](const Committee& c) { return !c.turnover.empty(); })) {
        out += fmt::format("\n{} ({})\n", tr(lang, "Angiven omslutning", "Declared turnover"), unit_name(frame_unit));
        TextTable turnovers(year_columns(2, round.years.size()));
        turnovers.add(header);
        for (const auto& c : round.committees) {
            if (c.turnover.empty()) continue;
            std::vector<std::string> row = {c.code, c.name};
            for (Money m : c.turnover) row.push_back(amount(m, frame_unit));
            turnovers.add(row);
        }
        out += turnovers.render();
    }
    for (const auto& b : round.bridges) out += show_bridge(b, lang, frame_unit);

    std::vector<std::string> deadlines;
    for (const auto& c : round.committees)
        if (c.deadline) deadlines.push_back(c.code + " " + *c.deadline);
    if (!deadlines.empty()) out += fmt::format("\n{}: {}\n", tr(lang, "Sista dag för underlag", "Deadlines"), join(deadlines, ", "));

    if (!round.indices.empty()) {
        out += fmt::format("\n{} (%)\n", tr(lang, "Index", "Indices"));
        TextTable indices(year_columns(2, round.years.size()));
        std::vector<std::string> h = {tr(lang, "Namn", "Name").data(), tr(lang, "Beskrivning", "Description").data()};
        h.insert(h.end(), years.begin(), years.end());
        indices.add(h);
        for (const auto& s : round.indices) {
            std::vector<std::string> row = {s.name, s.title};
            for (Money r : s.rates) {
                // One decimal as the decisions write them, more only when the rate has them (1,25).
                std::string text = format_swedish(r * Money::whole(100), 4);
                while (text.ends_with('0') && text[text.size() - 2] != ',') text.pop_back();
                row.push_back(text);
            }
            indices.add(row);
        }
        out += indices.render();
    }

    if (!round.constants.empty()) {
        out += fmt::format("\n{}\n", tr(lang, "Konstanter", "Constants"));
        TextTable constants({Align::left, Align::right});
        for (const auto& c : round.constants) {
            std::string value;
            if (c.kind == ValueKind::amount) {
                value = amount(c.value, frame_unit) + " " + std::string(unit_name(frame_unit));
            } else {
                value = c.percent ? format_swedish(c.value * Money::whole(100), 4) : format_swedish(c.value, 6);
                while (value.ends_with('0')) value.pop_back();
                if (value.ends_with(',')) value.pop_back();
                if (c.percent) value += " %";
            }
            constants.add({c.name, value});
        }
        out += constants.render();
    }

    if (!round.form.lines.empty() || !round.form.lists.empty()) {
        out += fmt::format("\n{} ({})\n", tr(lang, "Blankett", "Form"), unit_name(round.unit));
        TextTable lines({Align::left, Align::left, Align::left, Align::left});
        lines.add({tr(lang, "Rad", "Line").data(), tr(lang, "Rubrik", "Label").data(), tr(lang, "Tecken", "Sign").data(),
                   tr(lang, "Även / summa av", "Also / sum of").data()});
        for (const auto& l : round.form.lines) {
            std::string extra;
            if (l.is_total()) {
                for (const auto& t : l.terms)
                    extra += (extra.empty() ? (t.sign < 0 ? "−" : "") : (t.sign < 0 ? " − " : " + ")) + round.form.lines[t.line].name;
                extra = "= " + extra;
            }
            std::vector<std::string> quoted;
            for (const auto& s : l.synonyms) quoted.push_back("\"" + s + "\"");
            if (!quoted.empty()) extra += (extra.empty() ? "" : "; ") + join(quoted, ", ");
            lines.add({l.name, l.label, std::string(l.is_total() ? tr(lang, "summa", "total") : sign_text(l.sign, lang)), extra});
        }
        out += lines.render();
        for (const auto& list : round.form.lists) {
            std::vector<std::string> columns;
            for (const auto& c : list.columns)
                columns.push_back(fmt::format("{} \"{}\" ({})", c.name, c.label, column_kind_text(c.kind, lang)));
            out += fmt::format("{} {} \"{}\"{}{}{}: {}\n", tr(lang, "Lista", "List"), list.name, list.label,
                               list.optional ? tr(lang, " (frivillig)", " (optional)") : "",
                               list.only.empty() ? "" : fmt::format(" {} {}", tr(lang, "för", "for"), join(list.only, ", ")),
                               list.years == round.years ? "" : fmt::format(" {} {}", tr(lang, "år", "years"), fmt::join(list.years, " ")),
                               join(columns, ", "));
        }
    }

    // Rules: severity, scope, committees and name on one line, the condition under it.
    out += fmt::format("\n{}\n", tr(lang, "Regler", "Rules"));
    TextTable rules({Align::left, Align::left, Align::left, Align::left});
    rules.add({tr(lang, "Allvar", "Severity").data(), tr(lang, "Omfång", "Scope").data(),
               tr(lang, "Nämnder", "Committees").data(), tr(lang, "Regel / villkor", "Rule / condition").data()});
    for (const auto& r : round.rules) {
        rules.add({std::string(severity_word(r.severity, lang)), std::string(scope_text(r.scope, lang)),
                   r.only.empty() ? tr(lang, "alla", "all").data() : join(r.only, ", "), rule_title(r, lang)});
        rules.add({"", "", "", "  " + r.condition_text});
    }
    out += rules.render();
    if (!round.annexes.empty()) out += show_annexes(round, lang);
    return out;
}

}  // namespace ramkoll::rules
