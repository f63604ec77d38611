// The placeholders of a rule's own message: looked up, listed and filled in.
#include "rules/message_template.hpp"

namespace ramkoll::rules {

// fill_placeholders indexes its values by the enumeration: the table is in its order.
static_assert([] {
    for (std::size_t i = 0; i < placeholder_names.size(); ++i)
        if (static_cast<std::size_t>(placeholder_names[i].placeholder) != i) return false;
    return true;
}());

std::optional<Placeholder> placeholder_named(std::string_view name) {
    for (const auto& p : placeholder_names)
        if (name == p.sv || name == p.en) return p.placeholder;
    return std::nullopt;
}

std::optional<std::string> unknown_placeholder(std::string_view text) {
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) return std::string(text.substr(open + 1));
        const auto name = text.substr(open + 1, close - open - 1);
        if (!placeholder_named(name)) return std::string(name);
    }
    return std::nullopt;
}

std::string placeholder_list(Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < placeholder_names.size(); ++i) {
        if (i > 0) out += i + 1 == placeholder_names.size() ? tr(lang, " och ", " and ") : ", ";
        out += '{';
        out += tr(lang, placeholder_names[i].sv, placeholder_names[i].en);
        out += '}';
    }
    return out;
}

std::string fill_placeholders(std::string_view text, const std::array<std::string, placeholder_names.size()>& values) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        out += text.substr(at, open - at);
        if (const auto p = placeholder_named(text.substr(open + 1, close - open - 1)))
            out += values[static_cast<std::size_t>(*p)];
        else
            out += text.substr(open, close + 1 - open);
        at = close + 1;
    }
    out += text.substr(at);
    return out;
}

}  // namespace ramkoll::rules
