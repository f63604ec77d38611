// A file's or a sheet's name, interned for the life of the process: copying one copies a
// pointer, and two names are equal exactly when their texts are. A submission's thousands of
// amounts each say where they were read (file, sheet, cell) without copying those texts.
#pragma once

#include <fmt/format.h>

#include <iosfwd>
#include <string>
#include <string_view>

namespace ramkoll {

class Name {
public:
    Name() = default;               // the empty name
    Name(std::string_view text);    // interns `text` (thread-safe); implicit, as a name is its text
    Name(const std::string& text) : Name(std::string_view(text)) {}
    Name(const char* text) : Name(std::string_view(text)) {}

    const std::string& str() const { return text_ != nullptr ? *text_ : empty_text(); }
    operator const std::string&() const { return str(); }
    bool empty() const { return text_ == nullptr; }

    friend bool operator==(Name a, Name b) { return a.text_ == b.text_; }
    friend bool operator==(Name a, std::string_view b) { return a.str() == b; }
    friend bool operator==(Name a, const std::string& b) { return a.str() == b; }
    friend bool operator==(Name a, const char* b) { return a.str() == b; }

private:
    static const std::string& empty_text();
    const std::string* text_ = nullptr;   // owned by the process-wide pool, never freed; null: ""
};

std::ostream& operator<<(std::ostream& out, Name name);   // as its text (for test messages)

}  // namespace ramkoll

template <>
struct fmt::formatter<ramkoll::Name> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const ramkoll::Name& name, FormatContext& ctx) const {
        return fmt::formatter<std::string_view>::format(std::string_view(name.str()), ctx);
    }
};
