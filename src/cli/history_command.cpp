// `ramkoll history [--committee CODE] [--archive FILE]`: every archived version with its file,
// arrival, status and SHA-256.
#include "cli/archive_access.hpp"
#include "cli/commands.hpp"

#include "common/message.hpp"
#include "rules/text_table.hpp"
#include "report/words.hpp"

#include <fmt/format.h>

namespace ramkoll::cli {
namespace {

// The word for a stored status key ("warnings" → "varningar").
std::string status_shown(const std::string& key, Lang lang) {
    return std::string(report::status_word(validate::status_from_key(key), lang));
}

}  // namespace

int history_command(const HistoryArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    auto archive = open_archive(args.archive, lang);
    if (!archive) return 1;
    try {
        const auto versions = archive->history(committee_key(args.committee));
        if (versions.empty()) {
            std::cout << (args.committee.empty()
                              ? std::string(tr(lang, "Arkivet är tomt.", "The archive is empty."))
                              : say(lang, {"{}: inga versioner i arkivet.", "{}: no versions in the archive."}, args.committee))
                      << "\n";
            return 0;
        }
        using Align = rules::TextTable::Align;
        rules::TextTable table({Align::left, Align::right, Align::left, Align::left, Align::left, Align::right,
                                Align::left, Align::right, Align::right, Align::left});
        table.add({std::string(tr(lang, "Nämnd", "Committee")), "Version", std::string(tr(lang, "Fil", "File")),
                   std::string(tr(lang, "Anlänt", "Arrived")), std::string(tr(lang, "Filtid", "File time")),
                   std::string(tr(lang, "Byte", "Bytes")), "Status", std::string(tr(lang, "Fel", "Errors")),
                   std::string(tr(lang, "Varningar", "Warnings")), "SHA-256"});
        for (const auto& v : versions)
            table.add({committee_shown(v.committee), std::to_string(v.number), v.file_name, v.arrived, v.file_time,
                       std::to_string(v.size), status_shown(v.status, lang), std::to_string(v.errors),
                       std::to_string(v.warnings), v.sha256.substr(0, 12)});
        std::cout << table.render();
        return 0;
    } catch (const archive::Error& e) {
        std::cerr << archive::describe(e, lang) << "\n";
        return 1;
    }
}

}  // namespace ramkoll::cli
