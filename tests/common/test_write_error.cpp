// Tests of WriteError's words: each step in both languages, the system's reason in the
// message's language, another library's words as it wrote them.
#include "common/write_error.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <string>

using ramkoll::Lang;
using ramkoll::WriteError;
using Step = WriteError::Step;

TEST_CASE("write error: each step in Swedish and English, what() in English") {
    const WriteError write(Step::write, "ut/granskning.json", ENOSPC);
    CHECK(describe(write, Lang::sv) == "ut/granskning.json: kan inte skriva filen: Det finns inget utrymme kvar på enheten");
    CHECK(describe(write, Lang::en) == "ut/granskning.json: cannot write the file: No space left on device");
    CHECK(std::string(write.what()) == describe(write, Lang::en));

    const WriteError temporary(Step::create_temporary, "ut/bilaga.xlsx", EROFS);
    CHECK(describe(temporary, Lang::sv) == "ut/bilaga.xlsx: kan inte skapa en temporär fil i ut: Filsystemet är skrivskyddat");
    CHECK(describe(temporary, Lang::en) == "ut/bilaga.xlsx: cannot create a temporary file in ut: Read-only file system");
    CHECK(describe(WriteError(Step::create_temporary, "bilaga.xlsx", EACCES), Lang::en) ==
          "bilaga.xlsx: cannot create a temporary file in .: Permission denied");

    const WriteError open(Step::open_temporary, "ut/x.txt", EACCES);
    CHECK(describe(open, Lang::sv) == "ut/x.txt: kan inte öppna den temporära filen: Åtkomst nekas");
    CHECK(describe(open, Lang::en) == "ut/x.txt: cannot open the temporary file: Permission denied");
}

TEST_CASE("write error: a workbook keeps libxlsxwriter's words, with the system's reason when there is one") {
    const WriteError full(Step::workbook, "ut/bilaga.xlsx", EDQUOT, "Error creating output xlsx file.");
    CHECK(describe(full, Lang::sv) ==
          "ut/bilaga.xlsx: kan inte skriva arbetsboken: Error creating output xlsx file. (Diskkvoten är överskriden)");
    CHECK(describe(full, Lang::en) ==
          "ut/bilaga.xlsx: cannot write the workbook: Error creating output xlsx file. (Disk quota exceeded)");
    const WriteError unknown(Step::workbook, "ut/bilaga.xlsx", 0, "Error creating output xlsx file.");
    CHECK(describe(unknown, Lang::sv) == "ut/bilaga.xlsx: kan inte skriva arbetsboken: Error creating output xlsx file.");
    CHECK(std::string(unknown.what()) == "ut/bilaga.xlsx: cannot write the workbook: Error creating output xlsx file.");
}
