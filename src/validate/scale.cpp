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

// A year's gross amounts: the form's plain lines (not its totals), negative amounts summed as
// revenue and positive ones as costs, with the amount of the largest size to point at.
struct Gross {
    Money revenue;                        // ≤ 0
    Money costs;                          // ≥ 0
    const submission::Amount* largest = nullptr;
};

std::optional<Gross> gross(const rules::Round& round, const submission::Submission& submission, int year) {
    Gross g;
    try {
        for (std::size_t l = 0; l < round.form.lines.size(); ++l) {
            if (round.form.lines[l].is_total()) continue;
            const auto* a = submission.line_amount(l, year);
            if (a == nullptr || a->blank || a->kronor == Money()) continue;
            (a->kronor < Money() ? g.revenue : g.costs) += a->kronor;
            if (g.largest == nullptr || a->kronor.abs() > g.largest->kronor.abs()) g.largest = a;
        }
    } catch (const std::exception&) {   // beyond int64: no budget, and not this check's to say
        return std::nullopt;
    }
    if (g.largest == nullptr) return std::nullopt;
    return g;
}

// "intäkterna 2024 är -2 100,0 tkr och kostnaderna 2 100,0 tkr", leaving out a side that is 0.
std::string gross_text(const rules::Round& round, const Gross& g, int year, Lang lang) {
    if (g.revenue == Money())
        return say(lang, {"kostnaderna {} är {}", "the costs {} are {}"}, year, shown(round, g.costs));
    if (g.costs == Money())
        return say(lang, {"intäkterna {} är {}", "the revenue {} is {}"}, year, shown(round, g.revenue));
    return say(lang, {"intäkterna {} är {} och kostnaderna {}", "the revenue {} is {} and the costs {}"}, year,
               shown(round, g.revenue), shown(round, g.costs));
}

// Revenue and costs against a declared turnover: every side that is not 0 a thousand times off,
// the same way (a unit mistake scales everything; one wrong line does not make both sides off).
Off against_turnover(const Gross& g, Money turnover) {
    Off seen = Off::none;
    for (const Money side : {g.revenue.abs(), g.costs}) {
        if (side == Money()) continue;
        const Off off = off_by_thousand(side, turnover);
        if (off == Off::none || (seen != Off::none && off != seen)) return Off::none;
        seen = off;
    }
    return seen;
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
    // `because` says what shows it; `how` how far off it is.
    auto finding_as = [&](const submission::Amount* at, int year, Off off, std::string because, std::string how) {
        Finding f{FindingKind::rule, submission.committee_code, submission.file(), {}, {},
                  std::string(tr(lang, "Beloppen i fel enhet", "Amounts in the wrong unit")), rules::Severity::error, year,
                  {},
                  say(lang, {"beloppen ser ut att vara i {} och inte i {}: {} ({})",
                             "the amounts look like {} rather than {}: {} ({})"},
                      unit_meant(round.unit, off), unit, because, how)};
        if (at != nullptr) {
            f.sheet = at->source.sheet;
            f.cell = at->source.cell;
        }
        return f;
    };
    auto finding = [&](const submission::Amount* at, int year, Off off, std::string because) {
        return finding_as(at, year, off, std::move(because),
                          say(lang, {"1 000 gånger för {}", "1 000 times too {}"},
                              off == Off::too_large ? Texts{"stort", "large"} : Texts{"litet", "small"}));
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
    if (previous != nullptr) {
        Off seen = Off::none;
        const submission::Amount* first = nullptr;
        std::string because;
        int first_year = 0, compared = 0;
        for (const auto& [key, amount] : submission.lines) {
            if (round.form.lines.at(key.first).is_total() || amount.blank || amount.kronor == Money()) continue;
            const auto before = previous->find(key);
            if (before == previous->end() || before->second == Money()) continue;
            const Off off = off_by_thousand(amount.kronor, before->second);
            if (off == Off::none || (seen != Off::none && off != seen)) {
                compared = 0;
                break;
            }
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
        if (compared > 0) return finding(first, first_year, seen, because);
    }
    // Against the declared turnover: revenue and costs a thousand times off it.
    if (!committee->turnover.empty()) {
        for (std::size_t y = 0; y < round.years.size() && y < committee->turnover.size(); ++y) {
            const int year = round.years[y];
            const auto g = gross(round, submission, year);
            if (!g) continue;
            const Off off = against_turnover(*g, committee->turnover[y]);
            if (off == Off::none) continue;
            return finding(g->largest, year, off,
                           say(lang, {"{} mot den angivna omslutningen {}", "{} against the declared turnover {}"},
                               gross_text(round, *g, year, lang), shown(round, committee->turnover[y])));
        }
        return std::nullopt;
    }
    // Nothing declared and a frame of 0: revenue or costs beyond all the committees' frames
    // together (their sizes: the finance administration's negative frame counts too) cannot be
    // one committee's in the round's unit.
    for (std::size_t y = 0; y < round.years.size() && y < committee->frame.size(); ++y) {
        if (committee->frame[y] != Money()) continue;
        const int year = round.years[y];
        Money all;
        try {
            for (const auto& c : round.committees)
                if (y < c.frame.size()) all += c.frame[y].abs();
        } catch (const std::exception&) {
            continue;
        }
        if (all == Money()) continue;
        const auto g = gross(round, submission, year);
        if (!g || (g->revenue.abs() <= all && g->costs <= all)) continue;
        return finding_as(g->largest, year, Off::too_large,
                          say(lang, {"{}, mer än alla nämnders ramar tillsammans, {}",
                                     "{}, more than all the committees' frames together, {}"},
                              gross_text(round, *g, year, lang), shown(round, all)),
                          std::string(tr(lang, "ramen är 0 och ingen omslutning är angiven",
                                         "the frame is 0 and no turnover is declared")));
    }
    return std::nullopt;
}

}  // namespace ramkoll::validate
