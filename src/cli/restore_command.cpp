// `ramkoll restore CODE VERSION -o FILE [--archive FILE]`: an archived version's exact bytes,
// checked against its SHA-256, written atomically.
#include "cli/archive_access.hpp"
#include "cli/commands.hpp"

#include "common/atomic_file.hpp"
#include "common/message.hpp"
#include "common/write_error.hpp"

#include <fmt/format.h>

namespace ramkoll::cli {
int restore_command(const RestoreArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto archive = open_archive(args.archive, lang);
    if (!archive) return 1;
    try {
        const auto version = archive->version(committee_key(args.committee), args.version);
        if (!version) {
            std::cerr << say(lang, {"{}: version {} finns inte i arkivet (se ramkoll history)",
                                    "{}: version {} is not in the archive (see ramkoll history)"},
                             args.committee, args.version)
                      << "\n";
            return 2;
        }
        const std::string bytes = archive->content(committee_key(args.committee), args.version);
        write_file_atomically(args.output, bytes);
        std::cout << say(lang, {"{} version {} ({}, {} byte, SHA-256 {}) återställd till {}\n",
                                "{} version {} ({}, {} bytes, SHA-256 {}) restored to {}\n"},
                         args.committee, args.version, version->file_name, bytes.size(), version->sha256, args.output);
        return 0;
    } catch (const archive::Error& e) {
        std::cerr << archive::describe(e, lang) << "\n";
        return 1;
    } catch (const WriteError& e) {   // the output file cannot be written
        std::cerr << describe(e, lang) << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
}

}  // namespace ramkoll::cli
