// The instruction sheet (Anvisning), in Swedish and generated from the rules: the round, the
// committee, its deadline, unit and frames, what to fill in, and the checks that will be run.
#include "common/swedish_number.hpp"
#include "print/print_setup.hpp"
#include "rules/agreements.hpp"
#include "rules/evaluator.hpp"
#include "rules/words.hpp"
#include "template/names.hpp"
#include "template/sheets.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ramkoll::templates {

namespace {

std::string unit_text(Unit unit) {
    switch (unit) {
    case Unit::kr: return "kr (kronor), heltal";
    case Unit::tkr: return "tkr (tusentals kronor), en decimal";
    case Unit::mnkr: return "mnkr (miljoner kronor), en decimal";
    }
    return "";
}

// "2024: 4 328 900,0 tkr; 2025: 4 358 100,0 tkr; …"
std::string frames_text(const rules::Round& round, const std::vector<Money>& frame) {
    std::string out;
    for (std::size_t y = 0; y < round.years.size(); ++y)
        out += fmt::format("{}{}: {} {}", y == 0 ? "" : "; ", round.years[y],
                           format_swedish(from_kronor(frame[y], round.unit), amount_decimals(round)),
                           unit_name(round.unit));
    return out;
}

std::string labels_with_sign(const rules::Form& form, rules::Sign sign) {
    std::string out;
    for (const auto& line : form.lines)
        if (!line.is_total() && line.sign == sign) out += (out.empty() ? "" : ", ") + line.label;
    return out;
}

bool applies_to(const rules::CompiledRule& rule, const rules::Committee& committee) {
    return rule.only.empty() || std::find(rule.only.begin(), rule.only.end(), committee.code) != rule.only.end();
}

constexpr double key_width = 48, severity_width = 12, condition_width = 70;

// A text made of the rules (the lines' labels in a step, a rule's condition over many lines) cut
// with "…" at Excel's 32 767 characters of a cell: the sheet is for reading, nothing reads it back.
std::string shown(std::string text) {
    constexpr std::size_t cell_max = 32'767;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++characters == cell_max) {   // room for the "…" if more follows
            std::size_t next = i + 1;
            while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
            if (next < text.size()) return text.substr(0, i) + "…";
        }
    }
    return text;
}

}  // namespace

void write_instruction_sheet(xlsx::SheetWriter& sheet, const rules::Round& round, const rules::Committee& committee) {
    std::vector<print::TallRow> tall_rows;   // wrapped text, for the page breaks
    std::uint32_t row = 1;
    sheet.write_text({row, 1}, fmt::format("Budgetunderlag {}–{}: {}", round.years.front(), round.years.back(),
                                           committee.name), look::title);
    row += 2;
    auto fact = [&](std::string_view key, const std::string& value) {
        sheet.write_text({row, 1}, key, {.bold = true});
        sheet.write_text({row, 2}, value);
        ++row;
    };
    fact("Omgång", round.title);
    fact("Nämnd", fmt::format("{} ({})", committee.name, committee.code));
    fact("Sista dag", committee.deadline ? *committee.deadline : "enligt planeringsdirektivet");
    fact("Enhet", unit_text(round.unit));
    fact("År", fmt::format("{} (budget){}", round.years.front(),
                           round.years.size() > 1 ? fmt::format(", {}–{} (plan)", round.years[1], round.years.back()) : ""));
    fact("Ram", frames_text(round, committee.frame));
    for (const auto& part : committee.parts)
        fact(fmt::format("{}varav {}", std::string(2 * static_cast<std::size_t>(part.depth), ' '), part.name),
             frames_text(round, part.frame));

    row += 1;
    sheet.write_text({row++, 1}, "Så fyller du i mallen", look::title);
    std::vector<std::string> steps{
        fmt::format("Fyll i de gula cellerna på bladet {}: ett belopp per rad och år, i {}.", budget_sheet,
                    unit_name(round.unit))};
    if (auto negative = labels_with_sign(round.form, rules::Sign::negative); !negative.empty())
        steps.push_back(fmt::format("{} anges negativa (med minustecken).", negative));
    if (auto positive = labels_with_sign(round.form, rules::Sign::positive); !positive.empty())
        steps.push_back(fmt::format("{} anges positiva.", positive));
    steps.push_back("Summaraderna räknas ut av sig själva. Nettokostnaden ska vara lika med ramen: raden "
                    "\"Skillnad mot ram\" ska visa 0 och blir röd annars.");
    for (const auto& list : round.form.lists)
        if (round.fills(list, committee.code))
            steps.push_back(fmt::format("Bladet {}: en rad per post{}.", list.label, list.optional ? " (frivilligt)" : ""));
    steps.push_back("Skriv belopp som tal, inte som text.");
    steps.push_back("Bladen är skyddade utan lösenord så att formler och ramar inte skrivs över av misstag. "
                    "Behövs fler rader i en lista: ta bort bladskyddet (Granska > Ta bort bladskydd) och infoga "
                    "raderna ovanför summaraden. Byt inte namn på bladen.");
    // Wrapped in the first column: the printed page ends at the last column.
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto step = shown(fmt::format("{}. {}", i + 1, steps[i]));
        tall_rows.push_back({row, print::wrapped_lines(step, key_width)});
        sheet.write_text({row++, 1}, step, {.wrap = true});
    }

    row += 1;
    sheet.write_text({row++, 1}, "Kontroller som görs när underlaget kommer in", look::title);
    sheet.write_text({row, 1}, "Kontroll", look::header);
    sheet.write_text({row, 2}, "Allvar", look::header);
    sheet.write_text({row, 3}, "Villkor", look::header);
    ++row;
    for (const auto& rule : round.rules) {
        if (!applies_to(rule, committee)) continue;
        tall_rows.push_back({row, std::max(print::wrapped_lines(rules::rule_title(rule, Lang::sv), key_width),
                                           print::wrapped_lines(rule.condition_text, condition_width))});
        sheet.write_text({row, 1}, rules::rule_title(rule, Lang::sv), {.wrap = true});
        sheet.write_text({row, 2}, rules::severity_word(rule.severity, Lang::sv));
        sheet.write_text({row, 3}, shown(rule.condition_text), {.wrap = true});
        ++row;
    }
    if (const auto agreements = rules::agreements_list(round.form)) {   // built into ramkoll check
        const auto condition = fmt::format("{}: säljarens intäkt = köparens kostnad hos motparten, per rad (samma Avser) och "
                                           "år; mindre intäkt än köparens kostnad är en varning",
                                           round.form.lists[agreements->list].label);
        tall_rows.push_back({row, print::wrapped_lines(condition, condition_width)});
        sheet.write_text({row, 1}, rules::agreements_rule_title(Lang::sv), {.wrap = true});
        sheet.write_text({row, 2}, rules::severity_word(rules::Severity::error, Lang::sv));
        sheet.write_text({row, 3}, condition, {.wrap = true});
        ++row;
    }

    sheet.set_column_width(1, 1, key_width);
    sheet.set_column_width(2, 2, severity_width);
    sheet.set_column_width(3, 3, condition_width);
    print::set_up(sheet, {.title = fmt::format("Budgetunderlag {}–{}: {}", round.years.front(), round.years.back(), committee.name),
                          .footer_left = fmt::format("{} {}", committee.code, round.years.front()),
                          .column_widths = {key_width, severity_width, condition_width},
                          .last_row = row - 1,
                          .tall_rows = tall_rows});
    sheet.protect();
}

}  // namespace ramkoll::templates
