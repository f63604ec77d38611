// The annex files: one workbook per annex and the combined one, each written atomically.
#include "annex/annex.hpp"

namespace ramkoll::annex {

namespace {

void write_book(const std::filesystem::path& path, const std::vector<const consolidate::Table*>& tables,
                const Options& options) {
    xlsx::WorkbookWriter book(path);
    for (const auto* t : tables) write_sheet(book, *t, options);
    book.set_properties({.title = tables.size() == 1 ? tables.front()->title : std::string(tr(options.lang, "Bilagor", "Annexes")),
                         .author = "ramkoll"});
    book.close();
}

}  // namespace

std::vector<std::filesystem::path> write_tables(const std::vector<consolidate::Table>& tables,
                                                const std::filesystem::path& dir, const Options& options) {
    std::vector<std::filesystem::path> written;
    std::vector<const consolidate::Table*> all;
    for (const auto& t : tables) {
        const auto path = dir / (t.name + ".xlsx");
        write_book(path, {&t}, options);
        written.push_back(path);
        all.push_back(&t);
    }
    if (!all.empty()) {
        written.push_back(dir / combined_file);
        write_book(written.back(), all, options);
    }
    return written;
}

std::vector<std::filesystem::path> write_annexes(const rules::Round& round, const consolidate::Submissions& submissions,
                                                 const std::filesystem::path& dir, const Options& options) {
    return write_tables(consolidate::consolidate(round, submissions, options.lang), dir, options);
}

}  // namespace ramkoll::annex
