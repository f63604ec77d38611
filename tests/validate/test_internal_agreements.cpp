// The built-in check of internal agreements: seller's rows paired with the buyer's by the two
// committees and Avser, compared per year within the round's tolerance, findings at both cells.
#include "bundled_rounds.hpp"
#include "rules/loader.hpp"
#include "rules/words.hpp"
#include "submission/submission.hpp"
#include "validate/internal_agreements.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace ramkoll;

namespace {

using test::round_2024;

Money tkr(std::int64_t whole) { return to_kronor(Money::whole(whole), Unit::tkr); }

// Submissions with rows in the "Interna" list (Motpart A, Roll B, Avser C, Belopp D–F).
class Round {
public:
    submission::Submission& of(const std::string& code) {
        auto& s = submissions_[code];
        if (!s) {
            s = std::make_unique<submission::Submission>(round_2024(), code + "-2024.xlsx");
            s->committee_code = code;
        }
        return *s;
    }

    // One row; a year without an amount is std::nullopt.
    void row(const std::string& code, const std::string& counterpart, const std::string& role, const std::string& about,
             std::array<std::optional<std::int64_t>, 3> amounts) {
        auto& s = of(code);
        auto& rows = s.lists.at(interna());
        const auto r = static_cast<std::uint32_t>(5 + rows.size());
        submission::ListRow entry;
        auto source = [&](std::uint32_t col) { return submission::Source{s.file(), "Interna överenskommelser", xlsx::CellRef{r, col}}; };
        entry.texts[0] = {counterpart, source(1)};
        entry.texts[1] = {role, source(2)};
        if (!about.empty()) entry.texts[2] = {about, source(3)};
        for (std::size_t y = 0; y < 3; ++y)
            if (amounts[y]) entry.amounts[{3, 2024 + static_cast<int>(y)}] = {tkr(*amounts[y]), source(4 + static_cast<std::uint32_t>(y)), false};
        rows.push_back(std::move(entry));
    }

    std::vector<validate::Finding> check(Lang lang = Lang::sv) {
        std::vector<const submission::Submission*> all;
        for (const auto& [code, s] : submissions_) all.push_back(s.get());
        return validate::check_internal_agreements(round_2024(), all, lang);
    }

private:
    static std::size_t interna() { return static_cast<std::size_t>(round_2024().form.list("Interna") - round_2024().form.lists.data()); }
    std::map<std::string, std::unique_ptr<submission::Submission>> submissions_;
};

std::string summary(const validate::Finding& f) {
    std::string out = f.committee + " " + validate::location(f) + " " + std::string(rules::severity_word(f.severity, Lang::en));
    if (f.year) out += " " + std::to_string(*f.year);
    return out;
}

}  // namespace

TEST_CASE("internal agreements that match give nothing, within the round's tolerance of 1 tkr") {
    Round round;
    round.row("RS", "HSN", "säljare", "Lokalvård", {-42000, -43000, -44100});
    round.row("HSN", "RS", "köpare", "Lokalvård", {42000, 43001, 44100});   // 1 tkr off: tolerated
    // No Avser on one side. (Case, spaces and committee names are settled when the submission is
    // read, tests/submission/test_list_values.cpp: the check takes the declared texts and codes.)
    round.row("HSN", "TN", "säljare", "", {-28500, -29200, -30000});
    round.row("TN", "HSN", "köpare", "Sjukresor", {28500, 29200, 30000});
    round.of("PN");
    CHECK(round.check().empty());
}

TEST_CASE("a seller budgeting more revenue than the buyer's cost: errors at both cells") {
    Round round;
    round.row("RS", "TVN", "säljare", "IT-stöd", {-3100, -3400, -3300});
    round.row("TVN", "RS", "köpare", "IT-stöd", {3100, 3200, 3300});
    const auto findings = round.check();
    REQUIRE(findings.size() == 2);
    const auto& seller = findings[0];
    CHECK(summary(seller) == "RS RS-2024.xlsx!'Interna överenskommelser'!E5 error 2025");
    CHECK(seller.rule == "Interna överenskommelser stämmer");
    REQUIRE(seller.values);
    CHECK(seller.values->expected == tkr(-3200));
    CHECK(seller.values->actual == tkr(-3400));
    CHECK(seller.values->difference == tkr(-200));
    CHECK(seller.message == "RS budgeterar 3 400,0 tkr i intäkt 2025 från TVN (IT-stöd), men TVN budgeterar 3 200,0 tkr i "
                            "kostnad (skillnad -200,0 tkr)");
    const auto& buyer = findings[1];
    CHECK(summary(buyer) == "TVN TVN-2024.xlsx!'Interna överenskommelser'!E5 error 2025");
    CHECK(buyer.values->expected == tkr(3400));
    CHECK(buyer.values->actual == tkr(3200));
    CHECK(buyer.values->difference == tkr(-200));

    const auto english = round.check(Lang::en);
    CHECK(english[0].rule == "Internal agreements match");
    CHECK(english[1].message == "TVN budgets 3 200,0 tkr of cost 2025 to RS (IT-stöd), but RS budgets 3 400,0 tkr of "
                                "revenue (difference -200,0 tkr)");
}

TEST_CASE("a seller budgeting less revenue than the buyer's cost is a warning (the seller may)") {
    Round round;
    round.row("RS", "TVN", "säljare", "", {-3000, -3200, -3300});
    round.row("TVN", "RS", "köpare", "", {3100, 3200, 3300});
    const auto findings = round.check();
    REQUIRE(findings.size() == 2);
    CHECK(summary(findings[0]) == "RS RS-2024.xlsx!'Interna överenskommelser'!D5 warning 2024");
    CHECK(summary(findings[1]) == "TVN TVN-2024.xlsx!'Interna överenskommelser'!D5 warning 2024");
    CHECK(findings[0].values->difference == tkr(100));
}

TEST_CASE("rows are paired by Avser when both give it, the others are compared together or have no counterpart") {
    Round round;
    // Two agreements between RS and HSN, the buyer splits one of them over two rows.
    round.row("RS", "HSN", "säljare", "Lokalvård", {-40000, -40000, -40000});
    round.row("RS", "HSN", "säljare", "IT-stöd", {-1000, -1000, -1000});
    round.row("HSN", "RS", "köpare", "IT-stöd", {1000, 1000, 1000});
    round.row("HSN", "RS", "köpare", "Lokalvård", {30000, 30000, 30000});
    round.row("HSN", "RS", "köpare", "lokalvård ", {10000, 10000, 10000});
    // A sale the buyer does not know of: an error at the seller's counterpart cell.
    round.row("RS", "KBN", "säljare", "Konsulter", {-100, {}, {}});
    round.of("KBN");
    // A purchase the seller does not know of: a warning.
    round.row("TN", "RUN", "köpare", "Kartor", {50, 50, 50});
    round.of("RUN");
    // Different Avser on both sides: no pair, each without counterpart.
    round.row("PN", "FF", "säljare", "Porto", {-10, -10, -10});
    round.row("FF", "PN", "köpare", "Tryck", {10, 10, 10});
    // A counterpart that has not submitted, an unknown committee, an empty row, an unknown role: left alone.
    round.row("TVN", "SVN", "säljare", "", {-5, -5, -5});
    round.row("TVN", "XYZ", "säljare", "", {-5, -5, -5});
    round.row("TVN", "KBN", "säljare", "", {0, 0, 0});
    round.row("TVN", "KBN", "kund", "", {5, 5, 5});

    std::vector<std::string> found;
    for (const auto& f : round.check()) found.push_back(summary(f) + (f.values ? "" : " " + f.message));
    std::sort(found.begin(), found.end());
    CHECK(found == std::vector<std::string>{
                       "FF FF-2024.xlsx!'Interna överenskommelser'!A5 warning FF köper av PN (Tryck), men PN har ingen "
                       "motsvarande rad som säljare",
                       "PN PN-2024.xlsx!'Interna överenskommelser'!A5 error PN säljer till FF (Porto), men FF har ingen "
                       "motsvarande rad som köpare",
                       "RS RS-2024.xlsx!'Interna överenskommelser'!A7 error RS säljer till KBN (Konsulter), men KBN har "
                       "ingen motsvarande rad som köpare",
                       "TN TN-2024.xlsx!'Interna överenskommelser'!A5 warning TN köper av RUN (Kartor), men RUN har ingen "
                       "motsvarande rad som säljare",
                   });
}

TEST_CASE("a form without an agreements list has nothing to check") {
    auto round = round_2024();
    round.form.lists.clear();
    submission::Submission s(round, "HSN.xlsx");
    s.committee_code = "HSN";
    CHECK(validate::check_internal_agreements(round, {&s}, Lang::sv).empty());
}
