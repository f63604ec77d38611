// Tests of system_reason(): Swedish words for the errors a user meets, the system's English.
#include "common/system_reason.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

using ramkoll::Lang;
using ramkoll::system_reason;

TEST_CASE("system_reason: the errors a user meets are in Swedish") {
    CHECK(system_reason(ENOSPC, Lang::sv) == "Det finns inget utrymme kvar på enheten");
    CHECK(system_reason(EACCES, Lang::sv) == "Åtkomst nekas");
    CHECK(system_reason(EROFS, Lang::sv) == "Filsystemet är skrivskyddat");
    CHECK(system_reason(ENOENT, Lang::sv) == "Filen eller mappen finns inte");
    for (int e : {ENOSPC, EDQUOT, EFBIG, EACCES, EPERM, EROFS, ENOENT, EEXIST, EISDIR, ENOTDIR, ENOTEMPTY, ENAMETOOLONG,
                  ELOOP, EXDEV, EBUSY, ETXTBSY, EIO, EMFILE, ENFILE, ENOMEM, EAGAIN, EINTR, EINVAL, ESTALE, ETIMEDOUT}) {
        INFO(e << ": " << std::strerror(e));
        CHECK(system_reason(e, Lang::sv) != std::system_category().message(e));
    }
}

TEST_CASE("system_reason: English is the system's own text, and so is a rare error in Swedish") {
    CHECK(system_reason(ENOSPC, Lang::en) == "No space left on device");
    CHECK(system_reason(EACCES, Lang::en) == "Permission denied");
    CHECK(system_reason(EROFS, Lang::en) == "Read-only file system");
    CHECK(system_reason(ENOENT, Lang::en) == "No such file or directory");
    CHECK(system_reason(EPROTO, Lang::sv) == std::system_category().message(EPROTO));
    CHECK(system_reason(EPROTO, Lang::en) == std::system_category().message(EPROTO));
}
