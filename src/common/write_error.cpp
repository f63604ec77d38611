// Texts of WriteError.
#include "common/write_error.hpp"

#include "common/message.hpp"
#include "common/system_reason.hpp"

#include <utility>

namespace ramkoll {
namespace {

using Step = WriteError::Step;

std::string text(Step step, const std::filesystem::path& target, int error, const std::string& detail, Lang lang) {
    const std::string path = target.string();
    const std::string reason = system_reason(error, lang);
    switch (step) {
    case Step::create_temporary: {
        const auto dir = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
        return say(lang, {"{}: kan inte skapa en temporär fil i {}: {}", "{}: cannot create a temporary file in {}: {}"},
                   path, dir.string(), reason);
    }
    case Step::open_temporary:
        return say(lang, {"{}: kan inte öppna den temporära filen: {}", "{}: cannot open the temporary file: {}"}, path,
                   reason);
    case Step::write:
        return say(lang, {"{}: kan inte skriva filen: {}", "{}: cannot write the file: {}"}, path, reason);
    case Step::workbook:
        if (error == 0)
            return say(lang, {"{}: kan inte skriva arbetsboken: {}", "{}: cannot write the workbook: {}"}, path, detail);
        return say(lang, {"{}: kan inte skriva arbetsboken: {} ({})", "{}: cannot write the workbook: {} ({})"}, path,
                   detail, reason);
    }
    return path;
}

}  // namespace

WriteError::WriteError(Step step, std::filesystem::path path, int error, std::string detail)
    : std::runtime_error(text(step, path, error, detail, Lang::en)), step(step), path(std::move(path)), error(error),
      detail(std::move(detail)) {}

std::string describe(const WriteError& e, Lang lang) { return text(e.step, e.path, e.error, e.detail, lang); }

}  // namespace ramkoll
