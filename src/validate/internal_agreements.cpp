// Internal agreements between committees: the rows of the agreements list paired seller to
// buyer across submissions and compared per year (see internal_agreements.hpp).
#include "validate/internal_agreements.hpp"

#include "common/message.hpp"
#include "common/swedish_number.hpp"
#include "rules/agreements.hpp"
#include "submission/label_match.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace ramkoll::validate {

namespace {

enum class Role { seller, buyer };

// One row of a submission's agreements list, understood.
struct Row {
    std::string own;                     // committee of the submission
    std::string counterpart;             // committee code
    Role role = Role::seller;
    std::string about;                   // normalised Avser, "" when not given
    std::string about_shown;             // as written
    const submission::ListRow* row = nullptr;
    submission::Source where;            // the counterpart cell
};

// The role of a row as the submission was read (submission/declared_text.hpp): the declared
// texts exactly, so that the check pairs the rows the annexes take.
std::optional<Role> role_of(const rules::AgreementsList& list, const std::string& text) {
    if (text == list.seller) return Role::seller;
    if (text == list.buyer) return Role::buyer;
    return std::nullopt;
}

std::string shown(const rules::Round& round, Money kronor) {
    return format_swedish(from_kronor(kronor, round.unit), 1) + " " + std::string(unit_name(round.unit));
}

class Pairing {
public:
    Pairing(const rules::Round& round, const rules::AgreementsList& list, Lang lang)
        : round_(round), list_(list), lang_(lang) {}

    // Every row of every submission, then every pair of committees.
    std::vector<Finding> run(const std::vector<const submission::Submission*>& submissions) {
        std::set<std::string> present;
        for (const auto* s : submissions) present.insert(s->committee_code);
        for (const auto* s : submissions) {
            for (const auto& r : s->lists.at(list_.list)) {
                const auto counterpart = r.texts.find(list_.counterpart);
                const auto role = r.texts.find(list_.role);
                if (counterpart == r.texts.end() || role == r.texts.end()) continue;
                const auto& code = counterpart->second.value;   // read as a committee's code
                const auto kind = role_of(list_, role->second.value);
                if (!kind || round_.committee(code) == nullptr || code == s->committee_code || !present.contains(code))
                    continue;
                Row row{s->committee_code, code, *kind, {}, {}, &r, counterpart->second.source};
                if (list_.about)
                    if (auto about = r.texts.find(*list_.about); about != r.texts.end()) {
                        row.about = submission::normalize_label(about->second.value);
                        row.about_shown = about->second.value;
                    }
                rows_.push_back(std::move(row));
            }
        }
        // (seller, buyer) → their rows, in the order found.
        std::map<std::pair<std::string, std::string>, std::pair<Rows, Rows>> pairs;
        for (const auto& r : rows_) {
            if (r.role == Role::seller) pairs[{r.own, r.counterpart}].first.push_back(&r);
            else pairs[{r.counterpart, r.own}].second.push_back(&r);
        }
        for (const auto& [committees, rows] : pairs) pair(committees.first, committees.second, rows.first, rows.second);
        return std::move(findings_);
    }

private:
    using Rows = std::vector<const Row*>;

    // The seller's rows against the buyer's: namesakes by Avser first, then the rest together
    // when a row without Avser is among them, else each of the rest has no counterpart.
    void pair(const std::string& seller, const std::string& buyer, const Rows& sold, const Rows& bought) {
        Rows rest_sold, rest_bought;
        std::set<std::string> named;
        for (const auto* s : sold)
            for (const auto* b : bought)
                if (!s->about.empty() && s->about == b->about) named.insert(s->about);
        for (const auto& about : named) {
            Rows s, b;
            for (const auto* r : sold)
                if (r->about == about) s.push_back(r);
            for (const auto* r : bought)
                if (r->about == about) b.push_back(r);
            compare(seller, buyer, s, b);
        }
        for (const auto* r : sold)
            if (!named.contains(r->about)) rest_sold.push_back(r);
        for (const auto* r : bought)
            if (!named.contains(r->about)) rest_bought.push_back(r);
        const auto unnamed = [](const Row* r) { return r->about.empty(); };
        const bool wildcard = std::any_of(rest_sold.begin(), rest_sold.end(), unnamed) ||
                              std::any_of(rest_bought.begin(), rest_bought.end(), unnamed);
        if (!rest_sold.empty() && !rest_bought.empty() && wildcard) {
            compare(seller, buyer, rest_sold, rest_bought);
            return;
        }
        for (const auto* r : rest_sold) without_counterpart(*r);
        for (const auto* r : rest_bought) without_counterpart(*r);
    }

    // The sum of the rows' amounts in a year and the first cell holding one; nullopt when
    // no row has a cell for the year.
    struct Sum {
        Money total;
        submission::Source first;
    };
    std::optional<Sum> sum(const Rows& rows, int year) const {
        std::optional<Sum> out;
        for (const auto* r : rows) {
            const auto it = r->row->amounts.find({list_.amount, year});
            if (it == r->row->amounts.end()) continue;
            if (!out) out = Sum{{}, it->second.source};
            out->total += it->second.kronor;
        }
        return out;
    }

    bool within_tolerance(Money difference, Money expected) const {
        const auto& t = round_.tolerance;
        const Money allowed = t.relative ? expected.abs() * t.value : t.value;
        return difference.abs() <= allowed;
    }

    void compare(const std::string& seller, const std::string& buyer, const Rows& sold, const Rows& bought) {
        const std::string about = sold.front()->about_shown.empty() ? bought.front()->about_shown : sold.front()->about_shown;
        const std::string what = about.empty() ? "" : fmt::format(" ({})", about);
        const std::string rule(rules::agreements_rule_title(lang_));
        for (int year : round_.years) {
            const auto s = sum(sold, year);
            const auto b = sum(bought, year);
            if (!s && !b) continue;
            const Money revenue = s ? s->total.abs() : Money{};
            const Money cost = b ? b->total.abs() : Money{};
            if (within_tolerance(revenue - cost, cost)) continue;
            const auto severity = revenue > cost ? rules::Severity::error : rules::Severity::warning;
            const auto& seller_cell = s ? s->first : sold.front()->where;
            const auto& buyer_cell = b ? b->first : bought.front()->where;
            const Values at_seller{-cost, -revenue, cost - revenue, rules::ValueKind::amount};
            const Values at_buyer{revenue, cost, cost - revenue, rules::ValueKind::amount};
            add(seller, seller_cell, rule, severity, year, at_seller,
                say(lang_, {"{} budgeterar {} i intäkt {} från {}{}, men {} budgeterar {} i kostnad (skillnad {})",
                            "{} budgets {} of revenue {} from {}{}, but {} budgets {} of cost (difference {})"},
                    seller, shown(round_, revenue), year, buyer, what, buyer, shown(round_, cost),
                    shown(round_, at_seller.difference)));
            add(buyer, buyer_cell, rule, severity, year, at_buyer,
                say(lang_, {"{} budgeterar {} i kostnad {} till {}{}, men {} budgeterar {} i intäkt (skillnad {})",
                            "{} budgets {} of cost {} to {}{}, but {} budgets {} of revenue (difference {})"},
                    buyer, shown(round_, cost), year, seller, what, seller, shown(round_, revenue),
                    shown(round_, at_buyer.difference)));
        }
    }

    void without_counterpart(const Row& r) {
        const bool any = std::any_of(r.row->amounts.begin(), r.row->amounts.end(), [&](const auto& entry) {
            return entry.first.first == list_.amount && entry.second.kronor != Money{};
        });
        if (!any) return;
        const std::string what = r.about_shown.empty() ? "" : fmt::format(" ({})", r.about_shown);
        const bool seller = r.role == Role::seller;
        add(r.own, r.where, std::string(tr(lang_, "Intern överenskommelse utan motpart", "Internal agreement without counterpart")),
            seller ? rules::Severity::error : rules::Severity::warning, std::nullopt, std::nullopt,
            seller ? say(lang_, {"{} säljer till {}{}, men {} har ingen motsvarande rad som köpare",
                                 "{} sells to {}{}, but {} has no matching row as buyer"},
                         r.own, r.counterpart, what, r.counterpart)
                   : say(lang_, {"{} köper av {}{}, men {} har ingen motsvarande rad som säljare",
                                 "{} buys from {}{}, but {} has no matching row as seller"},
                         r.own, r.counterpart, what, r.counterpart));
    }

    void add(const std::string& committee, const submission::Source& where, std::string rule, rules::Severity severity,
             std::optional<int> year, std::optional<Values> values, std::string message) {
        findings_.push_back({FindingKind::rule, committee, where.file, where.sheet, where.cell, std::move(rule), severity,
                             year, values, std::move(message)});
    }

    const rules::Round& round_;
    const rules::AgreementsList& list_;
    Lang lang_;
    std::vector<Row> rows_;
    std::vector<Finding> findings_;
};

}  // namespace

std::vector<Finding> check_internal_agreements(const rules::Round& round,
                                               const std::vector<const submission::Submission*>& submissions,
                                               Lang lang) {
    const auto list = rules::agreements_list(round);
    if (!list) return {};
    return Pairing(round, *list, lang).run(submissions);
}

}  // namespace ramkoll::validate
