// Opening a workbook: package relationships, workbook part, styles, shared strings.
#include "xlsx/workbook.hpp"

#include "xlsx/error.hpp"
#include "xlsx/relationships.hpp"
#include "xlsx/shared_strings.hpp"
#include "xlsx/sheet_reader_impl.hpp"
#include "xlsx/styles.hpp"
#include "xlsx/xml_scanner.hpp"

#include <charconv>

namespace ramkoll::xlsx {

std::string_view to_string(SheetState state) {
    switch (state) {
    case SheetState::visible: return "visible";
    case SheetState::hidden: return "hidden";
    case SheetState::very_hidden: return "veryHidden";
    }
    return "visible";
}

struct Workbook::Impl {
    std::filesystem::path path;
    ReadLimits limits;
    ZipArchive zip;
    std::vector<SheetInfo> sheets;
    std::vector<DefinedName> names;
    DateSystem date_system = DateSystem::d1900;
    std::size_t active_sheet = 0;
    Styles styles;
    SharedStrings strings;
    ActiveContent active;

    Impl(const std::filesystem::path& p, const ReadLimits& l) : path(p), limits(l), zip(p, l) {}
    void read_workbook_part(const std::string& part, const std::vector<Relationship>& rels);
    void find_active_content();
};

namespace {

bool is_true(std::optional<std::string_view> v) { return v && (*v == "1" || *v == "true"); }

}  // namespace

void Workbook::Impl::read_workbook_part(const std::string& part, const std::vector<Relationship>& rels) {
    auto source = zip.open_entry(part);
    XmlScanner xml(*source, limits, part);
    for (auto t = xml.next(); t != XmlScanner::Token::eof; t = xml.next()) {
        if (t != XmlScanner::Token::start || xml.ns() != Ns::main) continue;
        const auto name = xml.local_name();
        if (name == "workbookPr") {
            if (is_true(xml.attribute("date1904"))) date_system = DateSystem::d1904;
        } else if (name == "workbookView") {
            if (const auto tab = xml.attribute("activeTab"))
                std::from_chars(tab->data(), tab->data() + tab->size(), active_sheet);
        } else if (name == "sheet") {
            SheetInfo info;
            info.name = std::string(xml.attribute("name").value_or(""));
            const auto state = xml.attribute("state").value_or("visible");
            info.state = state == "hidden" ? SheetState::hidden
                         : state == "veryHidden" ? SheetState::very_hidden
                                                 : SheetState::visible;
            const auto id = xml.attribute("id", Ns::rel);
            const Relationship* rel = id ? find_by_id(rels, *id) : nullptr;
            if (!rel)
                throw Error(ErrorKind::missing_part, "", part,
                            "sheet '" + info.name + "' has no relationship " + std::string(id.value_or("")));
            info.part = rel->target;
            const auto kind = relationship_kind(rel->type);
            info.kind = kind == "worksheet" ? SheetKind::worksheet
                        : kind == "chartsheet" ? SheetKind::chartsheet
                                               : SheetKind::other;
            sheets.push_back(std::move(info));
        } else if (name == "definedName") {
            DefinedName dn;
            dn.name = std::string(xml.attribute("name").value_or(""));
            dn.hidden = is_true(xml.attribute("hidden"));
            if (const auto local = xml.attribute("localSheetId")) {
                std::size_t index = 0;
                std::from_chars(local->data(), local->data() + local->size(), index);
                dn.sheet = index;
            }
            dn.ref = std::string(xml.element_text());
            names.push_back(std::move(dn));
        }
    }
}

void Workbook::Impl::find_active_content() {
    auto lower = [](std::string s) {
        for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return s;
    };
    for (const auto& entry : zip.entry_names()) {
        const std::string name = lower(entry);
        if (name.ends_with("vbaproject.bin") || name.starts_with("xl/macrosheets/")) active.macros = true;
        if (name == "xl/connections.xml") active.data_connections = true;
        if (!name.starts_with("xl/externallinks/") || !name.ends_with(".xml") || name.find("/_rels/") != std::string::npos)
            continue;
        // The linked workbook is the external target of the link part's own relationships.
        std::string target = entry;
        for (const auto& rel : read_relationships(zip, entry, limits))
            if (rel.external) target = rel.target;
        active.external_links.push_back(std::move(target));
    }
}

Workbook Workbook::open(const std::filesystem::path& path, const ReadLimits& limits) {
    const std::string display = path.filename().string();
    try {
        auto impl = std::make_unique<Impl>(path, limits);
        const auto package = read_relationships(impl->zip, "", limits);
        const Relationship* office = find_by_kind(package, "officeDocument");
        const std::string part = office ? office->target : std::string("xl/workbook.xml");
        if (!impl->zip.contains(part)) throw Error(ErrorKind::missing_part, display, part, "");
        const auto rels = read_relationships(impl->zip, part, limits);
        impl->read_workbook_part(part, rels);
        if (const auto* styles = find_by_kind(rels, "styles"); styles && impl->zip.contains(styles->target))
            impl->styles = Styles::read(impl->zip, styles->target, limits);
        if (const auto* sst = find_by_kind(rels, "sharedStrings"); sst && impl->zip.contains(sst->target))
            impl->strings = SharedStrings::read(impl->zip, sst->target, limits);
        impl->find_active_content();
        return Workbook(std::move(impl));
    } catch (Error& e) {
        if (e.file().empty()) e.set_file(display);
        throw;
    }
}

Workbook::Workbook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Workbook::Workbook(Workbook&&) noexcept = default;
Workbook& Workbook::operator=(Workbook&&) noexcept = default;
Workbook::~Workbook() = default;

const std::filesystem::path& Workbook::path() const { return impl_->path; }
const std::vector<SheetInfo>& Workbook::sheets() const { return impl_->sheets; }
const std::vector<DefinedName>& Workbook::defined_names() const { return impl_->names; }
std::size_t Workbook::active_sheet() const { return impl_->active_sheet; }
DateSystem Workbook::date_system() const { return impl_->date_system; }
const Styles& Workbook::styles() const { return impl_->styles; }
const SharedStrings& Workbook::shared_strings() const { return impl_->strings; }
const ActiveContent& Workbook::active_content() const { return impl_->active; }
std::string_view Workbook::number_format(std::uint32_t style) const { return impl_->styles.number_format(style); }
bool Workbook::is_date_style(std::uint32_t style) const { return impl_->styles.is_date(style); }

std::optional<std::size_t> Workbook::find_sheet(std::string_view name) const {
    for (std::size_t i = 0; i < impl_->sheets.size(); ++i)
        if (impl_->sheets[i].name == name) return i;
    return std::nullopt;
}

SheetReader Workbook::read_sheet(std::size_t index) const {
    const SheetInfo& info = impl_->sheets.at(index);
    try {
        if (!impl_->zip.contains(info.part))
            throw Error(ErrorKind::missing_part, "", info.part, "sheet '" + info.name + "'");
        auto source = impl_->zip.open_entry(info.part, /*read_ahead=*/true);
        return SheetReader(std::make_unique<SheetReader::Impl>(info, std::move(source), impl_->strings,
                                                               impl_->date_system, impl_->limits,
                                                               impl_->path.filename().string()));
    } catch (Error& e) {
        if (e.file().empty()) e.set_file(impl_->path.filename().string());
        throw;
    }
}

}  // namespace ramkoll::xlsx
