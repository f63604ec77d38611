// Date serial conversion: see dates.hpp. Civil-from-days after H. Hinnant's algorithms.
#include "xlsx/dates.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace ramkoll::xlsx {
namespace {

struct Civil {
    long long y;
    unsigned m, d;
};

long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

Civil civil_from_days(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

// Day 0 of each system as days since 1970-01-01.
long long epoch(DateSystem system) {
    return system == DateSystem::d1904 ? days_from_civil(1904, 1, 1) : days_from_civil(1899, 12, 31);
}

}  // namespace

std::optional<std::string> serial_to_iso(double serial, DateSystem system) {
    if (!(serial >= 0) || serial > 3.0e6) return std::nullopt;
    long long ms = std::llround(serial * 86400000.0);
    long long day = ms / 86400000;
    long long ms_of_day = ms % 86400000;
    Civil c;
    if (system == DateSystem::d1900 && day == 60) {
        c = {1900, 2, 29};   // the day that never was, kept for compatibility with Excel
    } else {
        if (system == DateSystem::d1900 && day > 60) --day;
        c = civil_from_days(epoch(system) + day);
    }
    if (c.y > 9999) return std::nullopt;   // Excel's calendar ends at 9999-12-31 in both systems
    std::string out = fmt::format("{:04}-{:02}-{:02}", c.y, c.m, c.d);
    if (ms_of_day != 0) {
        const long long s = ms_of_day / 1000;
        out += fmt::format("T{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
        if (ms_of_day % 1000) out += fmt::format(".{:03}", ms_of_day % 1000);
    }
    return out;
}

std::optional<double> iso_to_serial(std::string_view iso, DateSystem system) {
    auto number = [&](std::size_t at, std::size_t len, unsigned& out) {
        if (at + len > iso.size()) return false;
        auto [p, ec] = std::from_chars(iso.data() + at, iso.data() + at + len, out);
        return ec == std::errc() && p == iso.data() + at + len;
    };
    double days = 0;
    std::size_t at = 0;
    if (iso.size() >= 10 && iso[4] == '-' && iso[7] == '-') {
        unsigned y, m, d;
        if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31)
            return std::nullopt;
        long long day = days_from_civil(y, m, d) - epoch(system);
        if (system == DateSystem::d1900 && day >= 60) ++day;
        days = static_cast<double>(day);
        at = 10;
    }
    if (at < iso.size() && (iso[at] == 'T' || iso[at] == ' ')) ++at;
    if (at < iso.size()) {
        unsigned h, mi, s = 0;
        if (!number(at, 2, h) || iso.size() < at + 5 || iso[at + 2] != ':' || !number(at + 3, 2, mi)) return std::nullopt;
        at += 5;
        if (at < iso.size() && iso[at] == ':') {
            if (!number(at + 1, 2, s)) return std::nullopt;
            at += 3;
        }
        double frac = 0;
        if (at < iso.size() && iso[at] == '.') {
            std::size_t end = at + 1;
            while (end < iso.size() && iso[end] >= '0' && iso[end] <= '9') ++end;
            std::from_chars(iso.data() + at, iso.data() + end, frac);
            at = end;
        }
        if (at < iso.size() && iso[at] == 'Z') ++at;
        if (at != iso.size()) return std::nullopt;
        days += (h * 3600.0 + mi * 60.0 + s + frac) / 86400.0;
    } else if (at == 0) {
        return std::nullopt;
    }
    return days;
}

}  // namespace ramkoll::xlsx
