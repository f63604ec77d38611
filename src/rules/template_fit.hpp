// What a round's template needs of the rule file, checked with the rules so that `ramkoll
// template` cannot fail on a clean file: each list's label names a sheet beside the template's
// own sheets (Excel's rules for sheet names), and the lines' and lists' names give distinct
// defined names (Rad_<line>, Lista_<list>, …), a committee code fits a file name, and every
// text in quotes is UTF-8 and fits a cell. Everything else the template writes is made to fit by
// construction (drop-downs read a hidden sheet, long help texts and page headers are shortened).
//
//   rules::detail::TemplateFit(diagnostics).run(statements);   // by the checker
#pragma once

#include "rules/checker.hpp"
#include "rules/reporter.hpp"
#include "rules/template_sheets.hpp"

#include <map>
#include <string>
#include <vector>

namespace ramkoll::rules {

// The longest line or list name whose defined names ("Summa_<list>") Excel takes (255 less
// the longest prefix).
inline constexpr std::size_t max_area_name = 255 - 7;

// The longest text in quotes: Excel's cell holds 32 767 characters, and the template writes a
// label with words around it ("Belopp 2024", "1. Bladet …").
inline constexpr std::size_t max_text = 32'000;

// The longest committee code: it names the committee's files ("HSN-2024.xlsx", and the
// temporary file beside it), which a file system takes up to 255 bytes.
inline constexpr std::size_t max_code = 64;

namespace detail {

class TemplateFit : Reporter {
public:
    explicit TemplateFit(Diagnostics& diagnostics) : Reporter(diagnostics) {}
    void run(const std::vector<SourcedStatement>& statements);

private:
    struct Placed {
        const SourceText* source;
        const ast::Name* name;
    };
    void check_texts(const SourceText&);
    void check_label(const SourceText&, const ast::ListSection&, std::map<std::string, Placed>& labels);
};

}  // namespace detail
}  // namespace ramkoll::rules
