// The files a command checks, with the global limits applied (see submission_files.hpp).
#include "cli/submission_files.hpp"

#include "common/message.hpp"
#include "inputs/input_files.hpp"

#include <fmt/format.h>

#include <iostream>
#include <stdexcept>

namespace ramkoll::cli {

std::optional<std::vector<std::filesystem::path>> submission_files(const std::vector<std::filesystem::path>& inputs,
                                                                   const GlobalOptions& global,
                                                                   validate::Options& check_options) {
    const Lang lang = global.lang();
    check_options.lang = lang;
    check_options.limits = global.limits;
    std::vector<std::filesystem::path> files;
    try {
        files = inputs::collect_files(inputs, &check_options.links_not_followed);
    } catch (const std::exception& e) {
        std::cerr << fmt::format("{}: {}\n", tr(lang, "Finns inte", "Does not exist"), e.what());
        return std::nullopt;
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
