// The rule language's keywords for its enumerations (see vocabulary.hpp).
#include "rules/vocabulary.hpp"

namespace ramkoll::rules {

std::string_view keyword(Sign sign) {
    switch (sign) {
    case Sign::negative: return "negative";
    case Sign::positive: return "positive";
    case Sign::any: return "any";
    }
    return "";
}

std::string_view keyword(Aggregate aggregate) {
    switch (aggregate) {
    case Aggregate::sum: return "sum";
    case Aggregate::count: return "count";
    case Aggregate::min: return "min";
    case Aggregate::max: return "max";
    }
    return "";
}

std::string_view keyword(WrittenUnit unit) {
    switch (unit) {
    case WrittenUnit::tkr: return "tkr";
    case WrittenUnit::mnkr: return "mnkr";
    case WrittenUnit::percent: return "%";
    }
    return "";
}

}  // namespace ramkoll::rules
