// Texts of output::FolderError.
#include "output/folder_error.hpp"

#include "common/system_reason.hpp"

#include <fmt/format.h>

#include <utility>

namespace ramkoll::output {

FolderError::FolderError(Kind kind, std::filesystem::path path, Texts problem, int error)
    : std::runtime_error(path.string() + ": " +
                         (error == 0 ? problem.en : fmt::format("{}: {}", problem.en, system_reason(error, Lang::en)))),
      kind(kind), path(std::move(path)), problem(std::move(problem)), error(error) {}

FolderError not_writable(std::filesystem::path path, Texts what, int error) {
    return FolderError(FolderError::Kind::not_writable, std::move(path), std::move(what), error);
}

std::string reason(const FolderError& e, Lang lang) {
    if (e.error == 0) return e.problem.in(lang);
    return fmt::format("{}: {}", e.problem.in(lang), system_reason(e.error, lang));
}

std::string describe(const FolderError& e, Lang lang) {
    switch (e.kind) {
    case FolderError::Kind::not_writable:
        return say(lang, {"{}: utdatamappen kan inte skrivas: {}", "{}: the output folder cannot be written: {}"},
                   e.path.string(), reason(e, lang));
    case FolderError::Kind::not_our_link:
        return say(lang, {"{}: finns redan och är inte ramkolls länk till de senaste resultaten; flytta undan den",
                          "{}: exists and is not ramkoll's link to the latest outputs; move it away"},
                   e.path.string());
    case FolderError::Kind::input_unreadable:
        return say(lang, {"{}: kan inte läsas: {}", "{}: cannot be read: {}"}, e.path.string(), reason(e, lang));
    }
    return e.what();
}

}  // namespace ramkoll::output
