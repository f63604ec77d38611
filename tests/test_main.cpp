// The one Catch2 main for every test executable. Every run warns as errors about a test case
// that asserts nothing and about a name that matches no test case (a ";" in a test's name
// splits it in two for ctest). A test that called test::skip() and failed nothing makes the
// process exit with 77, which ctest shows as skipped (SKIP_RETURN_CODE in CMakeLists.txt).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "skip.hpp"

int main(int argc, char* argv[]) {
    Catch::Session session;
    if (const int bad = session.applyCommandLine(argc, argv); bad != 0) return bad;
    auto& config = session.configData();
    config.warnings = static_cast<Catch::WarnAbout::What>(config.warnings | Catch::WarnAbout::NoAssertions |
                                                          Catch::WarnAbout::NoTests);
    const int failed = session.run();
    if (failed == 0 && ramkoll::test::skipped()) return ramkoll::test::skip_exit_code;
    return failed;
}
