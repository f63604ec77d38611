// Texts of output::FolderError.
#include "output/folder_error.hpp"

#include "common/message.hpp"

#include <fmt/format.h>

#include <system_error>
#include <utility>

namespace ramkoll::output {

FolderError::FolderError(Kind kind, std::filesystem::path path, std::string reason)
    : std::runtime_error(fmt::format("{}: {}", path.string(), reason)), kind(kind), path(std::move(path)),
      reason(std::move(reason)) {}

FolderError not_writable(std::filesystem::path path, std::string_view what, int error) {
    return FolderError(FolderError::Kind::not_writable, std::move(path),
                       fmt::format("{}: {}", what, std::system_category().message(error)));
}

std::string describe(const FolderError& e, Lang lang) {
    switch (e.kind) {
    case FolderError::Kind::not_writable:
        return say(lang, {"{}: utdatamappen kan inte skrivas: {}", "{}: the output folder cannot be written: {}"},
                   e.path.string(), e.reason);
    case FolderError::Kind::not_our_link:
        return say(lang, {"{}: finns redan och är inte ramkolls länk till de senaste resultaten; flytta undan den",
                          "{}: exists and is not ramkoll's link to the latest outputs; move it away"},
                   e.path.string());
    case FolderError::Kind::input_unreadable:
        return say(lang, {"{}: kan inte läsas: {}", "{}: cannot be read: {}"}, e.path.string(), e.reason);
    }
    return e.what();
}

}  // namespace ramkoll::output
