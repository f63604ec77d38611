// The files a command checks, with the global limits applied (see submission_files.hpp).
#include "cli/submission_files.hpp"

#include "common/message.hpp"
#include "inputs/input_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <stdexcept>

namespace ramkoll::cli {

namespace {

// Puts each `--committee CODE=FILE` into `check_options`; prints why and returns false for one
// that is not CODE=FILE with a committee of the round.
bool committee_overrides(const std::vector<std::string>& pairs, const rules::Round& round, Lang lang,
                         validate::Options& check_options) {
    for (const auto& pair : pairs) {
        const auto eq = pair.find('=');
        const std::string code = pair.substr(0, eq);
        if (eq == std::string::npos || round.committee(code) == nullptr) {
            std::cerr << fmt::format("--committee {}: {}\n", pair,
                                     tr(lang, "ska vara KOD=FIL med en nämnd ur regelfilen",
                                        "must be CODE=FILE with a committee of the rules"));
            return false;
        }
        check_options.committee_of_file[pair.substr(eq + 1)] = code;
    }
    return true;
}

}  // namespace

std::optional<std::vector<std::filesystem::path>> submission_files(const std::vector<std::string>& inputs,
                                                                   const std::vector<std::string>& committees,
                                                                   const rules::Round& round, const GlobalOptions& global,
                                                                   validate::Options& check_options) {
    const Lang lang = global.lang();
    if (!committee_overrides(committees, round, lang, check_options)) return std::nullopt;
    check_options.lang = lang;
    check_options.limits = global.limits;
    std::vector<std::filesystem::path> files;
    try {
        files = inputs::collect_files({inputs.begin(), inputs.end()}, &check_options.links_not_followed);
    } catch (const std::exception& e) {
        std::cerr << fmt::format("{}: {}\n", tr(lang, "Finns inte", "Does not exist"), e.what());
        return std::nullopt;
    }
    for (const auto& override : check_options.committee_of_file) {
        const std::string& given = override.first;   // (clang 14 cannot capture a structured binding)
        if (std::none_of(files.begin(), files.end(), [&](const auto& f) { return validate::names_file(given, f); })) {
            std::cerr << fmt::format("--committee {}={}: {}\n", override.second, given,
                                     tr(lang, "filen finns inte bland underlagen", "the file is not among the submissions"));
            return std::nullopt;
        }
    }
    if (files.size() > global.max_files) {
        std::cerr << say(lang, {"{} underlag är fler än gränsen {} per körning (höj med --max-files)",
                                "{} submissions are more than the limit of {} per run (raise it with --max-files)"},
                         files.size(), global.max_files)
                  << "\n";
        return std::nullopt;
    }
    return files;
}

}  // namespace ramkoll::cli
