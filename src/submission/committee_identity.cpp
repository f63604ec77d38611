// A file's committee from its name or its texts (see committee_identity.hpp).
#include "submission/committee_identity.hpp"

#include "submission/label_match.hpp"
#include "submission/sheet_grid.hpp"

#include <string_view>

namespace ramkoll::submission {

namespace {

// The length in bytes of the UTF-8 character starting with `lead` (1 for a stray byte).
std::size_t character_length(unsigned char lead) {
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

}  // namespace

std::string committee_from_file_name(const std::filesystem::path& path, const rules::Round& round) {
    const std::string stem = path.stem().string();
    // Words are runs of characters that a label keeps (letters and digits); what normalize_label
    // drops (spaces, dashes, punctuation) separates them.
    std::string word;
    auto committee_of_word = [&]() -> std::string {
        if (word.empty()) return {};
        const auto wanted = normalize_label(word);
        word.clear();
        for (const auto& c : round.committees)
            if (label_matches(c.code, wanted)) return c.code;
        return {};
    };
    for (std::size_t i = 0; i < stem.size();) {
        const std::size_t n = std::min(character_length(static_cast<unsigned char>(stem[i])), stem.size() - i);
        const std::string_view character(stem.data() + i, n);
        i += n;
        if (!normalize_label(character).empty()) {
            word += character;
            continue;
        }
        if (auto code = committee_of_word(); !code.empty()) return code;
    }
    return committee_of_word();
}

std::string committee_from_texts(const xlsx::Workbook& book, const rules::Round& round) {
    std::string best;
    std::size_t best_length = 0;
    for (std::size_t s = 0; s < book.sheets().size(); ++s) {
        const auto grid = SheetGrid::read(book, s);
        for (const auto& [key, cell] : grid.cells()) {
            if (cell.type != xlsx::CellType::string) continue;
            const auto text = normalize_label(cell.text);
            auto consider = [&](const std::string& name, const std::string& code) {
                const auto n = normalize_label(name);
                if (n.size() > best_length && text.find(n) != std::string::npos) {
                    best = code;
                    best_length = n.size();
                }
            };
            for (const auto& c : round.committees) {
                consider(c.name, c.code);
                for (const auto& part : c.parts) consider(part.name, c.code);
            }
        }
    }
    return best;
}

}  // namespace ramkoll::submission
