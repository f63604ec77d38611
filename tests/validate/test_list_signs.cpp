// A list amount of the wrong sign (a satsning typed with a minus) is an error at its cell, as a
// form line's is; and a sign on a text column is a mistake in the rule file.
#include "bundled_rounds.hpp"
#include "common/swedish_number.hpp"
#include "rules/loader.hpp"
#include "validate/list_rows.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ramkoll;

namespace {

submission::ListRow row(std::size_t text_column, const std::string& text, std::size_t amount_column, int year,
                        const std::string& value_tkr, xlsx::CellRef cell, const std::string& sheet) {
    submission::ListRow r;
    r.texts[text_column] = {text, {"HSN-2024.xlsx", sheet, xlsx::CellRef{cell.row, 1}}};
    const auto n = parse_swedish_number(value_tkr);
    r.amounts[{amount_column, year}] = submission::Amount{to_kronor(n->value, Unit::tkr), {"HSN-2024.xlsx", sheet, cell}, false};
    return r;
}

}  // namespace

TEST_CASE("list signs: a satsning typed negative is an error at its cell, a positive one and zero are not") {
    const auto& round = test::round_2024();
    const auto l = static_cast<std::size_t>(round.form.list("Satsningar") - round.form.lists.data());
    const auto& list = round.form.lists[l];
    const auto label = static_cast<std::size_t>(list.column("Benämning") - list.columns.data());
    const auto amount = static_cast<std::size_t>(list.column("Belopp") - list.columns.data());
    REQUIRE(list.columns[amount].sign == rules::Sign::positive);
    submission::Submission hsn(round, "HSN-2024.xlsx");
    hsn.committee_code = "HSN";
    hsn.lists[l].push_back(row(label, "Arbetsskor", amount, 2024, "1 500,0", {5, 2}, "Satsningar"));
    hsn.lists[l].push_back(row(label, "Nya lokaler", amount, 2025, "-2 000,0", {6, 3}, "Satsningar"));
    hsn.lists[l].push_back(row(label, "Inget", amount, 2026, "0", {7, 4}, "Satsningar"));

    const auto sv = validate::check_list_signs(round, {&hsn}, Lang::sv);
    REQUIRE(sv.size() == 1);
    CHECK(sv[0].committee == "HSN");
    CHECK(validate::location(sv[0]) == "HSN-2024.xlsx!Satsningar!C6");
    CHECK(sv[0].rule == "Tecken: Satsningar.Belopp");
    CHECK(sv[0].severity == rules::Severity::error);
    CHECK(sv[0].year == 2025);
    CHECK(sv[0].message == "Satsningar rad 2 (Nya lokaler) Belopp 2025 är -2 000,0 tkr; beloppen skrivs positiva");
    const auto en = validate::check_list_signs(round, {&hsn}, Lang::en);
    REQUIRE(en.size() == 1);
    CHECK(en[0].rule == "Sign: Satsningar.Belopp");
    CHECK(en[0].message == "Satsningar row 2 (Nya lokaler) Belopp 2025 is -2 000,0 tkr; the amounts are written positive");
}

TEST_CASE("list signs: basenheter revenue is negative, their costs positive") {
    const auto& round = test::round_2024();
    const auto* list = round.form.list("Basenheter");
    REQUIRE(list != nullptr);
    CHECK(list->column("Intäkter")->sign == rules::Sign::negative);
    CHECK(list->column("Drift")->sign == rules::Sign::positive);
    CHECK(list->column("Basenhet")->sign == rules::Sign::any);
}

TEST_CASE("list signs: a sign on a text column is refused when the rules are loaded") {
    const auto loaded = rules::load_rules_text("t.rules", "round \"T\"\nyears 2024\nunit tkr\nform\n"
                                                          "  list L \"L\"\n    column Namn \"Namn\" text positive\n");
    REQUIRE_FALSE(loaded.ok());
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK_THAT(format_diagnostic(loaded.diagnostics[0], Lang::sv),
               Catch::Contains("kolumnen Namn är ingen beloppskolumn och kan inte ha ett tecken (positive)"));
}

TEST_CASE("unread list rows: a row with amounts whose Post no rule or annex takes is a warning at its cell") {
    std::filesystem::current_path(RAMKOLL_SOURCE_DIR);
    const auto loaded = rules::load_rules("tests/rules/history_years.rules");
    REQUIRE(loaded.ok());
    const auto& round = loaded.round;
    const auto l = static_cast<std::size_t>(round.form.list("Balans") - round.form.lists.data());
    const auto& list = round.form.lists[l];
    const auto post = static_cast<std::size_t>(list.column("Post") - list.columns.data());
    const auto amount = static_cast<std::size_t>(list.column("Belopp") - list.columns.data());
    // Every reader of Balans takes rows by Post; Investeringar is read whole by its items annex.
    REQUIRE(list.selected_by == post);
    CHECK_FALSE(round.form.list("Investeringar")->selected_by);

    submission::Submission ff(round, "FF-2023.xlsx");
    ff.committee_code = "FF";
    ff.lists[l].push_back(row(post, "Kassa och bank", amount, 2023, "804 000", {5, 4}, "Balansbudget"));
    ff.lists[l].push_back(row(post, "Kassa & bank", amount, 2023, "804 000", {6, 4}, "Balansbudget"));
    submission::ListRow no_amounts;
    no_amounts.texts[post] = {"Anteckning", {"FF-2023.xlsx", "Balansbudget", xlsx::CellRef{7, 1}}};
    ff.lists[l].push_back(no_amounts);

    const auto sv = validate::check_unread_list_rows(round, {&ff}, Lang::sv);
    REQUIRE(sv.size() == 1);
    CHECK(validate::location(sv[0]) == "FF-2023.xlsx!Balansbudget!A6");
    CHECK(sv[0].rule == "Oläst rad: Balans.Post");
    CHECK(sv[0].severity == rules::Severity::warning);
    CHECK(sv[0].message == "Balansbudget rad 2 (Kassa & bank): Post \"Kassa & bank\" läses inte av någon regel eller bilaga, "
                           "som bara tar \"Eget kapital\", \"Kassa och bank\", \"Summa tillgångar\"; radens belopp används inte");
    const auto en = validate::check_unread_list_rows(round, {&ff}, Lang::en);
    REQUIRE(en.size() == 1);
    CHECK(en[0].rule == "Unread row: Balans.Post");
}
