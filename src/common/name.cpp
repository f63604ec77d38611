// The pool of interned names: one set for the process, behind a mutex (names are interned once
// per file and sheet, not per cell). Elements of an unordered_set keep their address.
#include "common/name.hpp"

#include <mutex>
#include <ostream>
#include <unordered_set>

namespace ramkoll {
namespace {

const std::string empty_text;

struct Pool {
    std::mutex mutex;
    std::unordered_set<std::string> names;
};

Pool& pool() {
    static Pool* p = new Pool();   // never destroyed: names may be used until exit
    return *p;
}

}  // namespace

Name::Name() : text_(&empty_text) {}

Name::Name(std::string_view text) : text_(&empty_text) {
    if (text.empty()) return;   // the empty name needs no lock: the many default Sources
    auto& p = pool();
    const std::lock_guard lock(p.mutex);
    text_ = &*p.names.emplace(text).first;
}

std::ostream& operator<<(std::ostream& out, Name name) { return out << name.str(); }

}  // namespace ramkoll
