// A file's committee from its name: one rule for the files ramkoll reads and for those it cannot.
#include "bundled_rounds.hpp"
#include "submission/committee_identity.hpp"

#include <catch2/catch.hpp>

using namespace ramkoll;
using submission::committee_from_file_name;

TEST_CASE("a committee's code standing alone as a word of the file name") {
    const auto& round = test::round_2024();
    CHECK(committee_from_file_name("TN-2024.xlsx", round) == "TN");
    CHECK(committee_from_file_name("in/budget_hsn v2.xlsx", round) == "HSN");
    CHECK(committee_from_file_name("Underlag RS.xlsx", round) == "RS");
    CHECK(committee_from_file_name("kbn\u2013underlag.xlsx", round) == "KBN");   // en dash between words
    CHECK(committee_from_file_name("2024\u00a0SVN.xlsm", round) == "SVN");       // no-break space
    CHECK(committee_from_file_name("TVN.xlsx", round) == "TVN");
    // Not a word of its own: part of a longer word, or no code at all.
    CHECK(committee_from_file_name("STN-2024.xlsx", round).empty());
    CHECK(committee_from_file_name("HSN2024.xlsx", round).empty());
    CHECK(committee_from_file_name("budget.xlsx", round).empty());
    // The first word that is a code decides.
    CHECK(committee_from_file_name("PN till HSN.xlsx", round) == "PN");
}

TEST_CASE("a committee code with å, ä or ö is matched in any case") {
    auto loaded = rules::load_rules_text("t.rules", "round \"T\"\nyears 2024\nunit tkr\n"
                                                    "committee ÖF \"Överförmyndarnämnden\"\n  frame: 1 tkr\n");
    REQUIRE(loaded.ok());
    CHECK(committee_from_file_name("öf-2024.xlsx", loaded.round) == "ÖF");
    CHECK(committee_from_file_name("ÖF 2024.xlsx", loaded.round) == "ÖF");
    CHECK(committee_from_file_name("FÖF 2024.xlsx", loaded.round).empty());
}
