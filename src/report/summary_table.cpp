// Run's summary table (see summary_table.hpp).
#include "report/summary_table.hpp"

#include "report/committees.hpp"
#include "report/words.hpp"
#include "rules/text_table.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <ctime>

namespace ramkoll::report {

std::optional<int> days_left(const std::string& deadline, std::chrono::year_month_day today) {
    int y = 0;
    unsigned m = 0, d = 0;
    char rest = 0;
    if (std::sscanf(deadline.c_str(), "%d-%u-%u%c", &y, &m, &d, &rest) != 3) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!date.ok()) return std::nullopt;
    return (std::chrono::sys_days{date} - std::chrono::sys_days{today}).count();
}

std::chrono::year_month_day local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {std::chrono::year{local.tm_year + 1900}, std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
            std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

std::string summary_table(const rules::Round& round, const validate::Result& result,
                          const std::vector<ArchivedVersion>& archived, std::chrono::year_month_day today, Lang lang) {
    using Align = rules::TextTable::Align;
    rules::TextTable table({Align::left, Align::right, Align::left, Align::right, Align::right, Align::left, Align::right});
    table.add({heading(Word::committee, lang), heading(Word::version, lang), heading(Word::status, lang),
               heading(Word::errors, lang), heading(Word::warnings, lang), heading(Word::deadline, lang),
               heading(Word::days_left, lang)});
    for (const auto& entry : committee_entries(round, result)) {
        const auto& c = *entry.committee;
        std::string version = "–";
        for (const auto& file : entry.files)
            for (const auto& a : archived)
                if (a.committee == c.code && a.file_name == file)
                    version = a.is_new ? fmt::format("{} ({})", a.number, word(Word::new_version, lang)) : std::to_string(a.number);
        const auto left = c.deadline ? days_left(*c.deadline, today) : std::nullopt;
        table.add({c.code, version, std::string(status_word(entry.tally.status(), lang)), std::to_string(entry.tally.errors),
                   std::to_string(entry.tally.warnings), c.deadline.value_or("–"), left ? std::to_string(*left) : "–"});
    }
    return table.render();
}

}  // namespace ramkoll::report
