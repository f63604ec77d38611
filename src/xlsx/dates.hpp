// Excel date serials in the 1900 and 1904 systems, to and from ISO 8601 text.
// The 1900 system keeps Lotus's fictitious 1900-02-29 (serial 60), as Excel does.
#pragma once

#include "xlsx/workbook.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ramkoll::xlsx {

// "2024-01-15", or "2024-01-15T10:30:00" (".250" added for milliseconds) when the serial
// has a time part; nullopt for serials that are no date (negative, beyond 9999-12-31).
std::optional<std::string> serial_to_iso(double serial, DateSystem system);

// Parses "2024-01-15", "2024-01-15T10:30:00[.fff][Z]" or "T10:30:00"-style times.
std::optional<double> iso_to_serial(std::string_view iso, DateSystem system);

}  // namespace ramkoll::xlsx
