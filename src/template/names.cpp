// The defined names of a template's areas, built from the form's names.
#include "template/names.hpp"

#include <fmt/format.h>

namespace ramkoll::templates {

std::string line_name(std::string_view line) { return fmt::format("Rad_{}", line); }
std::string list_header_name(std::string_view list) { return fmt::format("Rubrik_{}", list); }
std::string list_rows_name(std::string_view list) { return fmt::format("Lista_{}", list); }
std::string list_sum_name(std::string_view list) { return fmt::format("Summa_{}", list); }
std::string column_header(std::string_view label, int year) { return fmt::format("{} {}", label, year); }

}  // namespace ramkoll::templates
