// `ramkoll restore CODE VERSION -o FILE [--archive FILE]`: an archived version's exact bytes,
// checked against its SHA-256, written atomically.
#include "cli/archive_access.hpp"
#include "cli/commands.hpp"

#include "common/atomic_file.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace ramkoll::cli {
namespace {

struct RestoreArgs {
    std::string committee;
    int version = 0;
    std::string output;
    std::string archive = default_archive;
};

int restore(const RestoreArgs& args, Lang lang) {
    auto archive = open_archive(args.archive, lang);
    if (!archive) return 1;
    try {
        const auto version = archive->version(committee_key(args.committee), args.version);
        if (!version) {
            std::cerr << fmt::format(fmt::runtime(tr(lang, "{}: version {} finns inte i arkivet (se ramkoll history)",
                                                     "{}: version {} is not in the archive (see ramkoll history)")),
                                     args.committee, args.version)
                      << "\n";
            return 2;
        }
        const std::string bytes = archive->content(committee_key(args.committee), args.version);
        write_file_atomically(args.output, bytes);
        std::cout << fmt::format(fmt::runtime(tr(lang, "{} version {} ({}, {} byte, SHA-256 {}) återställd till {}\n",
                                                 "{} version {} ({}, {} bytes, SHA-256 {}) restored to {}\n")),
                                 args.committee, args.version, version->file_name, bytes.size(),
                                 version->sha256, args.output);
        return 0;
    } catch (const archive::Error& e) {
        std::cerr << archive::describe(e, lang) << "\n";
        return 1;
    } catch (const std::exception& e) {   // the output file cannot be written
        std::cerr << e.what() << "\n";
        return 2;
    }
}

}  // namespace

void add_restore_command(CLI::App& app, Options options) {
    auto args = std::make_shared<RestoreArgs>();
    auto* cmd = app.add_subcommand("restore", "Återställer en arkiverad version av ett underlag, byte för byte");
    cmd->add_option("CODE", args->committee, "Nämndens kod")->required();
    cmd->add_option("VERSION", args->version, "Versionen (se ramkoll history)")->required();
    cmd->add_option("-o,--output", args->output, "Filen som skrivs")->required();
    cmd->add_option("--archive", args->archive, "Arkivfilen")->capture_default_str();
    cmd->callback([options, args] { options->exit_code = restore(*args, options->lang()); });
}

}  // namespace ramkoll::cli
