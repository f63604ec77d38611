// Amounts a thousand times off the round's unit (see scale.hpp).
#include "validate/scale.hpp"

#include "common/message.hpp"
#include "common/swedish_number.hpp"
#include "rules/evaluator.hpp"

#include <fmt/format.h>

namespace ramkoll::validate {

namespace {

enum class Off { none, too_large, too_small };

// Whether `actual` is about a thousand times `reference` (same sign, 500× to 2 000×) or a
// thousandth of it.
Off off_by_thousand(Money actual, Money reference) {
    if (reference == Money() || actual == Money()) return Off::none;
    if ((actual < Money()) != (reference < Money())) return Off::none;
    const Money a = actual.abs(), r = reference.abs();
    const Money five_hundred = Money::whole(500), two_thousand = Money::whole(2000);
    try {
        if (a >= r * five_hundred && a <= r * two_thousand) return Off::too_large;
        if (r >= a * five_hundred && r <= a * two_thousand) return Off::too_small;
    } catch (const std::exception&) {   // beyond int64: far more than a thousand times
    }
    return Off::none;
}

// The unit a thousand times smaller or larger than the round's, as a committee would write it.
Texts unit_meant(Unit round_unit, Off off) {
    if (off == Off::too_large)
        return round_unit == Unit::mnkr ? Texts{"tkr", "tkr"} : Texts{"kronor", "kronor"};
    return round_unit == Unit::tkr ? Texts{"mnkr", "mnkr"} : Texts{"miljarder kronor", "billions of kronor"};
}

std::string shown(const rules::Round& round, Money kronor) {
    return rules::format_value(round, rules::ValueKind::amount, kronor);
}

}  // namespace

std::optional<Finding> check_scale(const rules::Round& round, const submission::Submission& submission,
                                   const PreviousLines* previous, Lang lang) {
    const auto* committee = round.committee(submission.committee_code);
    if (committee == nullptr) return std::nullopt;
    const auto total = [&]() -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < round.form.lines.size(); ++i)
            if (round.form.lines[i].is_total()) return i;
        return std::nullopt;
    }();
    const std::string unit(unit_name(round.unit));
    auto finding = [&](const submission::Amount* at, int year, Off off, std::string because) {
        Finding f{FindingKind::rule, submission.committee_code, submission.file(), {}, {},
                  std::string(tr(lang, "Beloppen i fel enhet", "Amounts in the wrong unit")), rules::Severity::error, year,
                  {},
                  say(lang, {"beloppen ser ut att vara i {} och inte i {}: {} (1 000 gånger för {})",
                             "the amounts look like {} rather than {}: {} (1 000 times too {})"},
                      unit_meant(round.unit, off), unit, because,
                      off == Off::too_large ? Texts{"stort", "large"} : Texts{"litet", "small"})};
        if (at != nullptr) {
            f.sheet = at->source.sheet;
            f.cell = at->source.cell;
        }
        return f;
    };
    // Against the frame: the net total a thousand times the frame.
    if (total) {
        for (std::size_t y = 0; y < round.years.size() && y < committee->frame.size(); ++y) {
            const int year = round.years[y];
            const auto net = rules::line_value(round, submission, *total, year);
            if (!net) continue;
            const Off off = off_by_thousand(*net, committee->frame[y]);
            if (off == Off::none) continue;
            return finding(submission.line_amount(*total, year), year, off,
                           say(lang, {"{} {} är {} mot ramen {}", "{} {} is {} against the frame {}"},
                               round.form.lines[*total].label, year, shown(round, *net), shown(round, committee->frame[y])));
        }
    }
    // Against the previous version: every line both have a thousand times off, the same way.
    if (previous == nullptr) return std::nullopt;
    Off seen = Off::none;
    const submission::Amount* first = nullptr;
    std::string because;
    int first_year = 0, compared = 0;
    for (const auto& [key, amount] : submission.lines) {
        if (round.form.lines.at(key.first).is_total() || amount.blank || amount.kronor == Money()) continue;
        const auto before = previous->find(key);
        if (before == previous->end() || before->second == Money()) continue;
        const Off off = off_by_thousand(amount.kronor, before->second);
        if (off == Off::none || (seen != Off::none && off != seen)) return std::nullopt;
        if (first == nullptr) {
            first = &amount;
            first_year = key.second;
            because = say(lang, {"{} {} är {}, i förra versionen {}", "{} {} is {}, in the previous version {}"},
                          round.form.lines[key.first].label, key.second, shown(round, amount.kronor),
                          shown(round, before->second));
        }
        seen = off;
        ++compared;
    }
    if (compared == 0) return std::nullopt;
    return finding(first, first_year, seen, because);
}

}  // namespace ramkoll::validate
