// Reading *.rels parts and resolving their targets: see relationships.hpp.
#include "xlsx/relationships.hpp"

#include "xlsx/error.hpp"
#include "xlsx/xml_scanner.hpp"

#include <algorithm>

namespace ramkoll::xlsx {
namespace {

std::string percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::string rels_part_for(std::string_view part) {
    const auto slash = part.rfind('/');
    const std::string_view dir = slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash + 1);
    const std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
    return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

}  // namespace

std::string_view relationship_kind(std::string_view type) {
    const auto slash = type.rfind('/');
    return slash == std::string_view::npos ? type : type.substr(slash + 1);
}

std::string resolve_target(std::string_view source_part, std::string_view target) {
    std::string decoded = percent_decode(target);
    std::replace(decoded.begin(), decoded.end(), '\\', '/');   // \xl\worksheets\sheet1.xml, as some .NET tools write
    std::vector<std::string> segments;
    std::string_view rest = decoded;
    if (!rest.empty() && rest.front() == '/') {
        rest.remove_prefix(1);
    } else {
        std::string_view dir = source_part;
        const auto slash = dir.rfind('/');
        dir = slash == std::string_view::npos ? std::string_view{} : dir.substr(0, slash);
        while (!dir.empty()) {
            const auto s = dir.find('/');
            segments.emplace_back(dir.substr(0, s));
            if (s == std::string_view::npos) break;
            dir.remove_prefix(s + 1);
        }
    }
    while (!rest.empty()) {
        const auto s = rest.find('/');
        const std::string_view seg = rest.substr(0, s);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.emplace_back(seg);
        }
        if (s == std::string_view::npos) break;
        rest.remove_prefix(s + 1);
    }
    std::string out;
    for (const auto& seg : segments) {
        if (!out.empty()) out.push_back('/');
        out += seg;
    }
    return out;
}

std::vector<Relationship> read_relationships(ZipArchive& zip, std::string_view part, const ReadLimits& limits) {
    std::vector<Relationship> rels;
    const std::string rels_name = part.empty() ? std::string("_rels/.rels") : rels_part_for(part);
    if (!zip.contains(rels_name)) return rels;
    auto source = zip.open_entry(rels_name);
    XmlScanner xml(*source, limits, rels_name);
    for (auto t = xml.next(); t != XmlScanner::Token::eof; t = xml.next()) {
        if (t != XmlScanner::Token::start || xml.local_name() != "Relationship") continue;
        Relationship rel;
        rel.id = xml.attribute("Id").value_or("");
        rel.type = xml.attribute("Type").value_or("");
        rel.external = xml.attribute("TargetMode").value_or("") == "External";
        const auto target = xml.attribute("Target").value_or("");
        rel.target = rel.external ? std::string(target) : resolve_target(part, target);
        rels.push_back(std::move(rel));
    }
    return rels;
}

const Relationship* find_by_kind(const std::vector<Relationship>& rels, std::string_view kind) {
    for (const auto& rel : rels)
        if (relationship_kind(rel.type) == kind) return &rel;
    return nullptr;
}

const Relationship* find_by_id(const std::vector<Relationship>& rels, std::string_view id) {
    for (const auto& rel : rels)
        if (rel.id == id) return &rel;
    return nullptr;
}

}  // namespace ramkoll::xlsx
