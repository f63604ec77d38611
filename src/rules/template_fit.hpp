// What a round's template needs of the rule file, checked with the rules so that `ramkoll
// template` cannot fail on a clean file: each list's label names a sheet beside the template's
// own sheets (Excel's rules for sheet names), and the lines' and lists' names give distinct
// defined names (Rad_<line>, Lista_<list>, …). Everything else the template writes is made to
// fit by construction (long drop-downs go to a hidden sheet, long help texts are shortened).
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
    void check_label(const SourceText&, const ast::ListSection&, std::map<std::string, Placed>& labels);
};

}  // namespace detail
}  // namespace ramkoll::rules
