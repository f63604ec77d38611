// `ramkoll inspect FILE`: what the reader sees in a workbook — sheets, dimensions,
// defined names, and the cells of a sheet with their types — as text or as JSON.
#include "cli/commands.hpp"

#include "xlsx/dates.hpp"
#include "xlsx/error.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <iostream>

namespace ramkoll::cli {
namespace {

using nlohmann::ordered_json;

bool is_date_cell(const xlsx::Workbook& wb, const xlsx::Cell& cell) {
    return cell.type == xlsx::CellType::number && (cell.iso_date || wb.is_date_style(cell.style));
}

std::string_view type_name(const xlsx::Workbook& wb, const xlsx::Cell& cell) {
    switch (cell.type) {
    case xlsx::CellType::number: return is_date_cell(wb, cell) ? "date" : "number";
    case xlsx::CellType::string: return "string";
    case xlsx::CellType::boolean: return "bool";
    case xlsx::CellType::error: return "error";
    case xlsx::CellType::uncomputed: return "uncomputed";
    case xlsx::CellType::empty: return "empty";
    }
    return "empty";
}

std::string_view origin_name(xlsx::StringOrigin origin) {
    switch (origin) {
    case xlsx::StringOrigin::shared: return "shared";
    case xlsx::StringOrigin::shared_rich: return "shared, rich text";
    case xlsx::StringOrigin::inline_plain: return "inline";
    case xlsx::StringOrigin::inline_rich: return "inline, rich text";
    case xlsx::StringOrigin::formula: return "formula result";
    case xlsx::StringOrigin::none: return "";
    }
    return "";
}

// Integers written without a fraction keep every digit (beyond 2^53 too), as openpyxl reads them.
ordered_json number_json(const xlsx::Cell& cell) {
    const std::string_view raw = cell.raw;
    const bool integer = !raw.empty() && raw.find_first_not_of("-0123456789") == std::string_view::npos;
    if (integer) {
        std::int64_t value = 0;
        auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
        if (ec == std::errc() && p == raw.data() + raw.size() && !(value == 0 && raw.front() == '-')) return value;
    }
    return cell.number;
}

ordered_json cell_json(const xlsx::Workbook& wb, const xlsx::Cell& cell) {
    ordered_json j;
    j["ref"] = xlsx::to_string(cell.ref);
    j["type"] = type_name(wb, cell);
    switch (cell.type) {
    case xlsx::CellType::number:
        if (is_date_cell(wb, cell)) {
            const auto iso = xlsx::serial_to_iso(cell.number, wb.date_system());
            j["value"] = iso ? ordered_json(*iso) : ordered_json(nullptr);
            j["serial"] = cell.number;
        } else {
            j["value"] = number_json(cell);
        }
        break;
    case xlsx::CellType::string:
    case xlsx::CellType::error: j["value"] = std::string(cell.text); break;
    case xlsx::CellType::boolean: j["value"] = cell.number != 0; break;
    case xlsx::CellType::uncomputed:
    case xlsx::CellType::empty: j["value"] = nullptr; break;
    }
    j["format"] = std::string(wb.number_format(cell.style));
    if (cell.has_formula) j["formula"] = std::string(cell.formula);
    return j;
}

std::string display_value(const xlsx::Workbook& wb, const xlsx::Cell& cell) {
    switch (cell.type) {
    case xlsx::CellType::number:
        if (is_date_cell(wb, cell)) return xlsx::serial_to_iso(cell.number, wb.date_system()).value_or("?");
        return fmt::format("{}", cell.number);   // shortest text that reads back as the same double
    case xlsx::CellType::string: return fmt::format("\"{}\"", cell.text);
    case xlsx::CellType::boolean: return cell.number != 0 ? "TRUE" : "FALSE";
    case xlsx::CellType::error: return std::string(cell.text);
    case xlsx::CellType::uncomputed: return "-";
    case xlsx::CellType::empty: return "";
    }
    return "";
}

std::vector<std::size_t> chosen_sheets(const xlsx::Workbook& wb, const InspectArgs& args) {
    if (args.sheet.empty()) {
        std::vector<std::size_t> all(wb.sheets().size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        return all;
    }
    const auto index = wb.find_sheet(args.sheet);
    if (!index) {
        std::string names;
        for (const auto& s : wb.sheets()) names += (names.empty() ? "'" : ", '") + s.name + "'";
        throw xlsx::Error(xlsx::ErrorKind::missing_sheet, wb.path().filename().string(), "",
                          fmt::format("'{}'; {}", args.sheet, names));
    }
    return {*index};
}

void print_json(const xlsx::Workbook& wb, const InspectArgs& args, const std::optional<xlsx::RangeRef>& range) {
    ordered_json doc;
    doc["file"] = wb.path().filename().string();
    doc["date_system"] = wb.date_system() == xlsx::DateSystem::d1904 ? 1904 : 1900;
    ordered_json names = ordered_json::array();
    for (const auto& dn : wb.defined_names()) {
        const std::string scope = dn.sheet && *dn.sheet < wb.sheets().size() ? wb.sheets()[*dn.sheet].name : "workbook";
        names.push_back({{"name", dn.name}, {"scope", scope}, {"ref", dn.ref}});
    }
    doc["defined_names"] = std::move(names);
    const auto& active = wb.active_content();
    doc["active_content"] = {{"macros", active.macros}, {"external_links", active.external_links},
                             {"data_connections", active.data_connections}};
    ordered_json sheets = ordered_json::array();
    for (const std::size_t i : chosen_sheets(wb, args)) {
        const auto& info = wb.sheets()[i];
        ordered_json s;
        s["name"] = info.name;
        s["state"] = xlsx::to_string(info.state);
        s["kind"] = info.kind == xlsx::SheetKind::worksheet ? "worksheet"
                    : info.kind == xlsx::SheetKind::chartsheet ? "chartsheet" : "other";
        ordered_json cells = ordered_json::array();
        ordered_json merged = ordered_json::array();
        if (info.kind == xlsx::SheetKind::worksheet) {
            auto reader = wb.read_sheet(i);
            xlsx::Cell cell;
            while (reader.next(cell))
                if (!range || range->contains(cell.ref)) cells.push_back(cell_json(wb, cell));
            const auto& layout = reader.layout();
            s["dimension"] = layout.dimension ? ordered_json(xlsx::to_string(*layout.dimension)) : ordered_json(nullptr);
            s["used"] = layout.used ? ordered_json(xlsx::to_string(*layout.used)) : ordered_json(nullptr);
            for (const auto& m : layout.merged) merged.push_back(xlsx::to_string(m));
            s["hidden_rows"] = layout.hidden_rows;
        }
        s["merged"] = std::move(merged);
        s["cells"] = std::move(cells);
        sheets.push_back(std::move(s));
    }
    doc["sheets"] = std::move(sheets);
    std::cout << doc.dump(1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

void print_text(const xlsx::Workbook& wb, const InspectArgs& args, const std::optional<xlsx::RangeRef>& range,
                Lang lang) {
    std::cout << fmt::format("{}: {} ({} {})\n", tr(lang, "Arbetsbok", "Workbook"), wb.path().filename().string(),
                             tr(lang, "datumsystem", "date system"),
                             wb.date_system() == xlsx::DateSystem::d1904 ? 1904 : 1900);
    const auto& active = wb.active_content();
    if (active.macros)
        std::cout << tr(lang, "Makron: finns, körs aldrig\n", "Macros: present, never run\n");
    for (const auto& link : active.external_links)
        std::cout << fmt::format("{}: {}\n", tr(lang, "Extern länk (följs inte)", "External link (not followed)"), link);
    if (active.data_connections)
        std::cout << tr(lang, "Dataanslutningar: finns, uppdateras aldrig\n", "Data connections: present, never refreshed\n");
    const bool show_cells = !args.sheet.empty() || range;
    std::vector<std::size_t> which = chosen_sheets(wb, args);
    if (show_cells && args.sheet.empty() && which.size() > 1) which.erase(which.begin() + 1, which.end());
    std::cout << tr(lang, "Blad:\n", "Sheets:\n");
    for (const std::size_t i : which) {
        const auto& info = wb.sheets()[i];
        if (info.kind != xlsx::SheetKind::worksheet) {
            std::cout << fmt::format("  {:>2}  {:<31}  {:<10}  {}\n", i + 1, info.name, xlsx::to_string(info.state),
                                     tr(lang, "(diagramblad)", "(chart sheet)"));
            continue;
        }
        auto reader = wb.read_sheet(i);
        xlsx::Cell cell;
        std::vector<std::string> lines;
        while (reader.next(cell)) {
            if (!show_cells || (range && !range->contains(cell.ref))) continue;
            std::string type(type_name(wb, cell));
            if (cell.type == xlsx::CellType::string) type += fmt::format(" ({})", origin_name(cell.origin));
            std::string line = fmt::format("    {:<8} {:<26} {}", xlsx::to_string(cell.ref), type, display_value(wb, cell));
            const auto format = wb.number_format(cell.style);
            if (format != "General") line += fmt::format("  [{}]", format);
            if (cell.has_formula) line += fmt::format("  ={}", cell.formula);
            lines.push_back(std::move(line));
        }
        const auto& layout = reader.layout();
        std::cout << fmt::format("  {:>2}  {:<31}  {:<10}  {:<12}  {} {}\n", i + 1, info.name,
                                 xlsx::to_string(info.state),
                                 layout.used ? xlsx::to_string(*layout.used) : std::string("-"), layout.cell_count,
                                 tr(lang, "celler", "cells"));
        if (!layout.merged.empty()) {
            std::string merged;
            for (const auto& m : layout.merged) {
                merged += ' ';
                merged += xlsx::to_string(m);
            }
            std::cout << fmt::format("      {}:{}\n", tr(lang, "sammanfogade", "merged"), merged);
        }
        if (!layout.hidden_rows.empty())
            std::cout << fmt::format("      {}: {}\n", tr(lang, "dolda rader", "hidden rows"),
                                     fmt::join(layout.hidden_rows, " "));
        for (const auto& line : lines) std::cout << line << '\n';
    }
    if (!wb.defined_names().empty()) {
        std::cout << tr(lang, "Definierade namn:\n", "Defined names:\n");
        for (const auto& dn : wb.defined_names())
            std::cout << fmt::format("  {:<24} {:<12} {}\n", dn.name,
                                     dn.sheet && *dn.sheet < wb.sheets().size() ? wb.sheets()[*dn.sheet].name
                                                                                  : std::string(tr(lang, "(arbetsbok)", "(workbook)")),
                                     dn.ref);
    }
}

}  // namespace

int inspect_command(const InspectArgs& args, const GlobalOptions& global) {
    const Lang lang = global.lang();
    const auto& limits = global.limits;
    std::optional<xlsx::RangeRef> range;
    if (!args.range.empty()) {
        range = xlsx::parse_range_ref(args.range);
        if (!range) {
            std::cerr << fmt::format("{}: {}\n", args.range,
                                     tr(lang, "inte ett cellområde som A1:F20", "not a cell range like A1:F20"));
            return 2;
        }
    }
    try {
        const auto wb = xlsx::Workbook::open(args.file, limits);
        if (args.json)
            print_json(wb, args, range);
        else
            print_text(wb, args, range, lang);
        return 0;
    } catch (const xlsx::Error& e) {
        std::cout.flush();
        std::cerr << xlsx::describe(e, lang) << '\n';
        // A --sheet the workbook does not have is a command line that cannot be carried out.
        return e.kind() == xlsx::ErrorKind::missing_sheet ? 2 : 1;
    }
}

}  // namespace ramkoll::cli
