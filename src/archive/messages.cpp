// Texts of archive::Error.
#include "archive/messages.hpp"

#include "common/message.hpp"
#include "common/system_reason.hpp"

#include <fmt/format.h>

namespace ramkoll::archive {
namespace {

// SQLite's words with the system's reason in `lang`: "disk I/O error (Det finns inget utrymme
// kvar på enheten)"; the system's reason alone when there are no other words.
std::string reason(const Error& e, Lang lang) {
    if (e.system_error == 0) return e.detail;
    if (e.detail.empty()) return system_reason(e.system_error, lang);
    return fmt::format("{} ({})", e.detail, system_reason(e.system_error, lang));
}

}  // namespace

std::string describe(const Error& e, Lang lang) {
    const std::string path = e.path.string();
    switch (e.kind) {
    case Error::Kind::missing:
        return say(lang, {"{}: arkivet finns inte (det skapas av ramkoll run)", "{}: no archive there (ramkoll run creates it)"},
                   path);
    case Error::Kind::newer_schema:
        return say(lang, {"{}: arkivet är skrivet av en nyare ramkoll (schemaversion {}; den här versionen läser {}); uppdatera ramkoll",
                          "{}: the archive was written by a newer ramkoll (schema version {}; this version reads {}); update ramkoll"},
                   path, e.found, schema_version);
    case Error::Kind::unreadable:
        return say(lang, {"{}: arkivet kan inte användas: {}", "{}: the archive cannot be used: {}"}, path, reason(e, lang));
    case Error::Kind::folder_not_writable:
        return say(lang, {"{}: arkivet kan inte skrivas, mappen {} går inte att skriva i: {}",
                          "{}: the archive cannot be written, its folder {} is not writable: {}"},
                   path, e.path.has_parent_path() ? e.path.parent_path().string() : ".", reason(e, lang));
    case Error::Kind::damaged_file:
        return say(lang, {"{}: en lagrad fil är skadad: {}", "{}: a stored file is damaged: {}"}, path, e.detail);
    }
    return e.what();
}

}  // namespace ramkoll::archive
