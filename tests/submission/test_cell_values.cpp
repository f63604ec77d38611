// The small parts of reading: stored xlsx number text to Money, amount cells (numbers,
// Swedish text, formulas without a value, errors) and label matching with the form's synonyms.
#include "bundled_rounds.hpp"
#include "rules/loader.hpp"
#include "submission/label_match.hpp"
#include "submission/sheet_grid.hpp"
#include "submission/stored_number.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ramkoll;
using namespace ramkoll::submission;

TEST_CASE("stored numbers are read exactly, rounded to six decimals") {
    CHECK(parse_stored_number("86075.1") == Money::parts(86075, 100000));
    CHECK(parse_stored_number("-3400") == -Money::whole(3400));
    CHECK(parse_stored_number("0.30000000000000004") == Money::parts(0, 300000));
    CHECK(parse_stored_number("4328900.0000000009") == Money::whole(4328900));
    CHECK(parse_stored_number("1.5E-2") == Money::parts(0, 15000));
    CHECK(parse_stored_number("1.2345E3") == Money::parts(1234, 500000));
    CHECK(parse_stored_number("2.5000005") == Money::parts(2, 500001));   // half away from zero
    CHECK(parse_stored_number("-2.5000005") == -Money::parts(2, 500001));
    CHECK(parse_stored_number("4E-7") == Money());
    CHECK(parse_stored_number("") == std::nullopt);
    CHECK(parse_stored_number("1,5") == std::nullopt);
    CHECK(parse_stored_number("1E") == std::nullopt);
    CHECK(parse_stored_number("1E400") == std::nullopt);
    CHECK(parse_stored_number("99999999999999999999") == std::nullopt);
}

TEST_CASE("stored numbers: the short decimals most cells hold give what the general reading gives") {
    // Up to 12 integer digits and 6 decimals are taken in one pass; the rest by the general
    // reading, with its rounding and its range.
    CHECK(parse_stored_number("-614534.9") == -Money::parts(614534, 900000));
    CHECK(parse_stored_number("0") == Money());
    CHECK(parse_stored_number("-0") == Money());
    CHECK(parse_stored_number("007.25") == Money::parts(7, 250000));
    CHECK(parse_stored_number("999999999999.999999") == Money::from_raw(999'999'999'999'999'999));
    CHECK(parse_stored_number("1234567890123.5") == Money::parts(1'234'567'890'123, 500000));   // 13 digits
    CHECK(parse_stored_number("0.1234565") == Money::parts(0, 123457));                        // 7 decimals
    CHECK(parse_stored_number("+5") == Money::whole(5));
    CHECK(parse_stored_number("5.") == parse_stored_number("5"));
    CHECK(parse_stored_number(".5") == Money::parts(0, 500000));
    CHECK(parse_stored_number("1.5x") == std::nullopt);
    CHECK(parse_stored_number("-") == std::nullopt);
    CHECK(parse_stored_number("1.") == Money::whole(1));
}

TEST_CASE("amount cells: blank is no cell, an empty cell or spaces only") {
    CHECK(is_blank(nullptr));
    GridCell empty{};
    CHECK(is_blank(&empty));
    GridCell spaces{xlsx::CellType::string, "", " \t\n", "", {}};
    CHECK(is_blank(&spaces));
    GridCell zero{xlsx::CellType::number, "0", "", "", {}};
    CHECK_FALSE(is_blank(&zero));
    GridCell formula{xlsx::CellType::uncomputed, "", "", "SUM(B5:B7)", {}};
    CHECK_FALSE(is_blank(&formula));
}

TEST_CASE("amount cells: numbers, Swedish text, blanks, formulas without value, errors") {
    using Kind = AmountReading::Kind;
    CHECK(read_amount(nullptr).kind == Kind::blank);
    GridCell number{xlsx::CellType::number, "-3400", "", "", {}};
    CHECK(read_amount(&number).kind == Kind::number);
    CHECK(read_amount(&number).value == -Money::whole(3400));
    GridCell text{xlsx::CellType::string, "", "\u2212813\u00a0622,4", "", {}};
    CHECK(read_amount(&text).kind == Kind::number_as_text);
    CHECK(read_amount(&text).value == -Money::parts(813622, 400000));
    GridCell spaces{xlsx::CellType::string, "", "  ", "", {}};
    CHECK(read_amount(&spaces).kind == Kind::blank);
    GridCell words{xlsx::CellType::string, "", "se bilaga", "", {}};
    CHECK(read_amount(&words).kind == Kind::not_a_number);
    CHECK(read_amount(&words).found == "se bilaga");
    GridCell percent{xlsx::CellType::string, "", "3,9 %", "", {}};
    CHECK(read_amount(&percent).kind == Kind::not_a_number);
    GridCell uncomputed{xlsx::CellType::uncomputed, "", "", "B6+B7", {}};
    CHECK(read_amount(&uncomputed).kind == Kind::uncomputed);
    CHECK(read_amount(&uncomputed).found == "B6+B7");
    GridCell error{xlsx::CellType::error, "", "#VALUE!", "E6+E7", {}};
    CHECK(read_amount(&error).kind == Kind::error);
    CHECK(read_amount(&error).found == "#VALUE!");
}

TEST_CASE("labels match case, spacing and punctuation insensitively, with synonyms") {
    CHECK(normalize_label("Personal-kostnader:") == "personalkostnader");
    CHECK(normalize_label("  ÅTGÄRD\u00a0\u2013 Ö ") == "åtgärdö");
    CHECK(normalize_label("Totalt:") == "totalt");
    // label_matches() tells what comparing normalize_label()s tells, without building one.
    const std::vector<std::string> texts{"Personal-kostnader:", "personalkostnader", "PERSONALKOSTNADER", "Personal",
                                         "  ÅTGÄRD\u00a0\u2013 Ö ", "åtgärdö", "ÅTGÄRDÖ!", "åtgärd", "", " - ", "N0001",
                                         "n 0001", "N0002", "×", "\xc3", "a\xe2\x80", "Ä×Ö"};
    for (const auto& a : texts)
        for (const auto& b : texts) {
            INFO(a << " | " << b);
            CHECK(label_matches(a, normalize_label(b)) == (normalize_label(a) == normalize_label(b)));
        }

    const auto& form = test::round_2024().form;
    auto line = [&](const char* name) { return form.line_index(name); };
    CHECK(match_line(form, "Personalkostnader") == line("Personal"));
    CHECK(match_line(form, "DRIFTSKOSTNADER") == line("Drift"));
    CHECK(match_line(form, "Verksamhetens  intäkter") == line("Intäkter"));
    CHECK(match_line(form, "Totalt:") == line("Totalt"));
    CHECK(match_line(form, "Nettokostnad") == line("Totalt"));
    CHECK(match_line(form, "avskrivningar") == line("Avskrivningar"));
    CHECK(match_line(form, "varav hyror") == std::nullopt);
    CHECK(match_line(form, "") == std::nullopt);
}
