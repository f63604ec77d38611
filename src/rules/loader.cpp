// Include resolution (relative paths, include-once, cycles) around parse_rule_text and check_rules.
#include "rules/loader.hpp"

#include "common/message.hpp"
#include "rules/checker.hpp"

#include <algorithm>

#include <fstream>
#include <tuple>
#include <sstream>

namespace ramkoll::rules {

namespace {

namespace fs = std::filesystem;

// Rule files are small text files: anything that is no regular file (a device such as
// /dev/zero, a FIFO, a folder) or is larger than this is not read.
constexpr std::uintmax_t max_rule_file_bytes = 16u << 20;

std::optional<std::string> read_file(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) > max_rule_file_bytes || ec) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class Loader {
public:
    explicit Loader(LoadedRules& out) : out_(out) {}

    // Parses one file and, depth first, the files it includes; collects statements in order.
    void load(const std::string& name, std::string text) {
        stack_.push_back(fs::path(name).lexically_normal());
        seen_.push_back(stack_.back());
        ParsedFile parsed = parse_rule_text(name, std::move(text));
        auto& diagnostics = parsed.source->diagnostics();
        out_.diagnostics.insert(out_.diagnostics.end(), diagnostics.begin(), diagnostics.end());
        syntax_errors_ += diagnostics.size();
        out_.files.push_back(std::move(parsed));
        const ParsedFile& file = out_.files.back();
        for (const auto& statement : file.statements) {
            const auto* include = boost::get<ast::Include>(&statement);
            if (!include) {
                statements_.push_back({file.source.get(), &statement});
                continue;
            }
            fs::path target = (fs::path(name).parent_path() / include->path).lexically_normal();
            if (std::find(stack_.begin(), stack_.end(), target) != stack_.end()) {
                report(*file.source, *include, both({"include-slinga: {} inkluderar sig själv",
                                                     "include cycle: {} includes itself"}, target.string()));
                continue;
            }
            if (std::find(seen_.begin(), seen_.end(), target) != seen_.end()) continue;
            auto text_of_include = read_file(target);
            if (!text_of_include) {
                report(*file.source, *include, both({"kan inte läsa filen {}",
                                                     "cannot read the file {}"}, target.string()));
                continue;
            }
            load(target.string(), std::move(*text_of_include));
        }
        stack_.pop_back();
    }

    void check() {
        if (syntax_errors_ > 0 || !out_.diagnostics.empty()) return;
        out_.round = check_rules(statements_, out_.diagnostics);
        // In reading order: file by file as they were included, then line and column.
        auto rank = [&](const Diagnostic& d) {
            auto it = std::find_if(out_.files.begin(), out_.files.end(),
                                   [&](const ParsedFile& f) { return f.source->file_name() == d.where.file; });
            return std::tuple(it - out_.files.begin(), d.where.line, d.where.column);
        };
        std::stable_sort(out_.diagnostics.begin(), out_.diagnostics.end(),
                         [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
    }

private:
    void report(const SourceText& source, const x3::position_tagged& node, Texts what) {
        out_.diagnostics.push_back({source.location(node), std::move(what)});
    }

    LoadedRules& out_;
    std::vector<fs::path> stack_;
    std::vector<fs::path> seen_;
    std::vector<SourcedStatement> statements_;
    std::size_t syntax_errors_ = 0;
};

}  // namespace

LoadedRules load_rules_text(const std::string& file_name, std::string text) {
    LoadedRules out;
    Loader loader(out);
    loader.load(file_name, std::move(text));
    loader.check();
    return out;
}

LoadedRules load_rules(const std::filesystem::path& path) {
    auto text = read_file(path);
    if (!text) {
        LoadedRules out;
        out.diagnostics.push_back(
            {{path.string(), 0, 0, {}}, both({"kan inte läsa filen {}", "cannot read the file {}"}, path.string())});
        return out;
    }
    return load_rules_text(path.string(), std::move(*text));
}

}  // namespace ramkoll::rules
