// previous_lines(): each committee of the round with its latest archived version that has form
// lines, read from one query over every committee's versions.
#include "archive/archive.hpp"
#include "archive/previous.hpp"

#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ramkoll;
using namespace ramkoll::archive;

namespace {

Arrival arrival(std::string committee, std::string bytes, std::vector<StoredAmount> amounts) {
    Arrival a;
    a.committee = committee;
    a.round = "Omgång";
    a.unit = "tkr";
    a.file_name = committee + ".xlsx";
    a.file_time = "2026-11-20 09:14:03";
    a.bytes = std::move(bytes);
    a.amounts = std::move(amounts);
    a.status = "ok";
    return a;
}

rules::Committee committee(std::string code) {
    rules::Committee c;
    c.code = std::move(code);
    c.name = "Nämnd " + c.code;
    return c;
}

}  // namespace

TEST_CASE("archive: previous_lines gives each committee of the round its latest version with form lines") {
    test::TempDir dir("previous");
    auto archive = Archive::open(dir.path / "arkiv.sqlite", Mode::create);

    rules::Round round;
    round.committees = {committee("HSN"), committee("TN"), committee("KS")};   // KS never archived
    rules::FormLine drift;
    drift.name = "Drift";
    drift.label = "Driftkostnader";
    round.form.lines = {drift};

    CHECK(previous_lines(archive, round).empty());   // an empty archive

    archive.record({arrival("HSN", "hsn 1", {{"Drift", 2025, Money::whole(100), "Budget!C8"}}),
                    arrival("TN", "tn 1", {{"Drift", 2025, Money::whole(7), "Budget!C8"}}),
                    arrival("FN", "fn 1", {{"Drift", 2025, Money::whole(9), "Budget!C8"}})},   // not in the round
                   "2026-11-21 08:00:00");
    archive.record({arrival("HSN", "hsn 2", {{"Drift", 2025, Money::whole(120), "Budget!C8"}}),
                    arrival("TN", "tn 2", {{"Övrigt", 2025, Money::whole(8), "Budget!C9"}})},   // no line of the form
                   "2026-11-22 08:00:00");

    const auto previous = previous_lines(archive, round);
    REQUIRE(previous.size() == 2);
    // HSN: its version 2, the latest.
    REQUIRE(previous.count("HSN") == 1);
    CHECK(previous.at("HSN").at({0, 2025}) == Money::whole(120));
    // TN: version 2 has no line of the form, so version 1 answers.
    REQUIRE(previous.count("TN") == 1);
    CHECK(previous.at("TN").at({0, 2025}) == Money::whole(7));
    CHECK(previous.count("KS") == 0);
    CHECK(previous.count("FN") == 0);
}
