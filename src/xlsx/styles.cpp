// Reading numFmts and cellXfs from the styles part: see styles.hpp.
#include "xlsx/styles.hpp"

#include "xlsx/number_format.hpp"
#include "xlsx/xml_scanner.hpp"

#include <charconv>

namespace ramkoll::xlsx {
namespace {

std::uint32_t to_u32(std::optional<std::string_view> text) {
    std::uint32_t value = 0;
    if (text) std::from_chars(text->data(), text->data() + text->size(), value);
    return value;
}

}  // namespace

Styles Styles::read(ZipArchive& zip, std::string_view part, const ReadLimits& limits) {
    Styles styles;
    auto source = zip.open_entry(part);
    XmlScanner xml(*source, limits, std::string(part));
    bool in_cell_xfs = false;
    for (auto t = xml.next(); t != XmlScanner::Token::eof; t = xml.next()) {
        if (t == XmlScanner::Token::end && xml.local_name() == "cellXfs") in_cell_xfs = false;
        if (t != XmlScanner::Token::start || xml.ns() != Ns::main) continue;
        const auto name = xml.local_name();
        if (name == "numFmt") {
            const auto id = to_u32(xml.attribute("numFmtId"));
            styles.custom_[id] = std::string(xml.attribute("formatCode").value_or("General"));
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
            styles.xfs_.push_back({to_u32(xml.attribute("numFmtId")), false});
            xml.skip_element();
        } else if (name == "cellStyleXfs" || name == "fonts" || name == "fills" || name == "borders" ||
                   name == "dxfs" || name == "extLst") {
            xml.skip_element();
        }
    }
    for (auto& xf : styles.xfs_) xf.date = is_date_format(styles.code_of(xf.num_fmt_id));
    return styles;
}

std::string_view Styles::code_of(std::uint32_t num_fmt_id) const {
    if (const auto it = custom_.find(num_fmt_id); it != custom_.end()) return it->second;
    return builtin_number_format(num_fmt_id);
}

std::string_view Styles::number_format(std::uint32_t xf) const {
    return xf < xfs_.size() ? code_of(xfs_[xf].num_fmt_id) : builtin_number_format(0);
}

bool Styles::is_date(std::uint32_t xf) const { return xf < xfs_.size() && xfs_[xf].date; }

}  // namespace ramkoll::xlsx
