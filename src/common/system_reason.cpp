// Swedish texts for the common errno values; std::system_category() for the rest.
#include "common/system_reason.hpp"

#include <cerrno>
#include <system_error>

namespace ramkoll {
namespace {

const char* swedish(int error) {
    switch (error) {
    case ENOSPC: return "Det finns inget utrymme kvar på enheten";
    case EDQUOT: return "Diskkvoten är överskriden";
    case EFBIG: return "Filen är för stor";
    case EACCES: return "Åtkomst nekas";
    case EPERM: return "Åtgärden är inte tillåten";
    case EROFS: return "Filsystemet är skrivskyddat";
    case ENOENT: return "Filen eller mappen finns inte";
    case EEXIST: return "Filen finns redan";
    case EISDIR: return "Det är en mapp";
    case ENOTDIR: return "Det är inte en mapp";
    case ENOTEMPTY: return "Mappen är inte tom";
    case ENAMETOOLONG: return "Filnamnet är för långt";
    case ELOOP: return "För många nivåer av symboliska länkar";
    case EXDEV: return "Filen kan inte flyttas till ett annat filsystem";
    case EBUSY: return "Enheten eller resursen är upptagen";
    case ETXTBSY: return "Filen används";
    case EIO: return "In- eller utmatningsfel";
    case EMFILE: return "För många öppna filer";
    case ENFILE: return "För många öppna filer i systemet";
    case ENOMEM: return "Minnet räcker inte";
    case EAGAIN: return "Resursen är tillfälligt otillgänglig";
    case EINTR: return "Avbrutet systemanrop";
    case EINVAL: return "Ogiltigt argument";
    case ESTALE: return "Filen finns inte längre på servern";
    case ETIMEDOUT: return "Tidsgränsen överskreds";
    default: return nullptr;
    }
}

}  // namespace

std::string system_reason(int error, Lang lang) {
    if (lang == Lang::sv)
        if (const char* text = swedish(error)) return text;
    return std::system_category().message(error);
}

}  // namespace ramkoll
