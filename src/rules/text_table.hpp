// A plain-text table with columns padded to their widest cell (UTF-8 aware), for `rules show`.
#pragma once

#include <string>
#include <vector>

namespace ramkoll::rules {

class TextTable {
public:
    enum class Align { left, right };
    explicit TextTable(std::vector<Align> columns) : align_(std::move(columns)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    // Columns separated by two spaces; trailing blanks removed.
    std::string render() const;

private:
    std::vector<Align> align_;
    std::vector<std::vector<std::string>> rows_;
};

// The number of characters (code points) in UTF-8 text.
std::size_t display_width(const std::string& text);

}  // namespace ramkoll::rules
