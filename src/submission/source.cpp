// Formatting a value's source for messages.
#include "submission/source.hpp"

#include <fmt/format.h>

namespace ramkoll::submission {

std::string to_string(const Source& source) {
    if (source.sheet.empty()) return source.file;
    if (!source.cell) return fmt::format("{}, {}", source.file, source.sheet);
    return fmt::format("{}, {}!{}", source.file, xlsx::quote_sheet_name(source.sheet.str()), xlsx::to_string(*source.cell));
}

}  // namespace ramkoll::submission
