// The pool of interned names: one set for the process, behind a mutex (names are interned once
// per file and sheet, not per cell). Elements of an unordered_set keep their address.
#include "common/name.hpp"

#include <mutex>
#include <ostream>
#include <unordered_set>

namespace ramkoll {
namespace {

struct Pool {
    std::mutex mutex;
    std::unordered_set<std::string> names;
};

Pool& pool() {
    static Pool* p = new Pool();   // never destroyed: names may be used until exit
    return *p;
}

}  // namespace

// Made on first use (a Name may be shown before this file's statics are made) and never
// destroyed, as the pool's names.
const std::string& Name::empty_text() {
    static const std::string* text = new std::string();
    return *text;
}

Name::Name(std::string_view text) {
    if (text.empty()) return;   // the empty name is null: no lock for the many default Sources
    auto& p = pool();
    const std::lock_guard lock(p.mutex);
    text_ = &*p.names.emplace(text).first;
}

std::ostream& operator<<(std::ostream& out, Name name) { return out << name.str(); }

}  // namespace ramkoll
