// Compiled by ctest, never run: one message per RAMKOLL_CASE for Bilingual's compile-time
// check (tests/common/CMakeLists.txt). Case 0 must compile, so that the others fail for their
// own reason, which their tests match in the compiler's output.
#include "common/message.hpp"

#include <string>

using namespace ramkoll;

std::string message(Lang lang, const std::string& name, int n) {
#if RAMKOLL_CASE == 0   // the same arguments in both texts
    return say(lang, {"{} har {} fel", "{} has {} errors"}, name, n) +
           say(lang, {"{1} fel i {0}", "{0}: {1} errors"}, name, n) +
           both({"{{{}}} {}", "{} {{{}}}"}, name, n).in(lang) + say(lang, {"{:>{}}", "{:<{}}"}, name, n) +
           both({"{} {}", "{} {}"}, name, Texts{"fel", "errors"}).in(lang);
#elif RAMKOLL_CASE == 1   // the English text lacks a placeholder (fmt alone accepts this)
    return say(lang, {"{} har {} fel", "{} has errors"}, name, n);
#elif RAMKOLL_CASE == 2   // explicit indices that differ
    return say(lang, {"{0} har {1} fel", "{0} has {0} errors"}, name, n);
#elif RAMKOLL_CASE == 3   // an escaped brace is no placeholder
    return both({"{} har {} fel", "{} has {{}} errors"}, name, n).sv;
#elif RAMKOLL_CASE == 4   // an argument that neither text uses
    return say(lang, {"{} fel", "{} errors"}, name, n);
#elif RAMKOLL_CASE == 5   // a placeholder whose type does not fit (fmt's own check)
    return say(lang, {"{:d} fel i {}", "{:d} errors in {}"}, name, n);
#else
#error "RAMKOLL_CASE is not set"
#endif
}
