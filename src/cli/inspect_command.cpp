// `ramkoll inspect FILE`: what the reader sees in a workbook — sheets, dimensions,
// defined names, and the cells of a sheet with their types — as text or as JSON, each sheet
// read once and written as it is read (a sheet of millions of cells is never held in memory;
// the text's cell lines wait in a temporary file for the sheet's line that comes first).
#include "cli/commands.hpp"

#include "common/system_reason.hpp"
#include "xlsx/dates.hpp"
#include "xlsx/error.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <system_error>

#include <sys/sendfile.h>
#include <unistd.h>

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

// Output written in large pieces: the cells of a big sheet go out as they are read, never
// held all at once. JSON values are written by nlohmann's serializer into the same buffer.
class Out {
public:
    Out() : serializer_(nlohmann::detail::output_adapter<char, std::string>(buffer_), ' ',
                        ordered_json::error_handler_t::replace) {}
    Out(const Out&) = delete;
    Out& operator=(const Out&) = delete;
    ~Out() { flush(); }

    Out& operator<<(std::string_view text) {
        buffer_ += text;
        if (buffer_.size() >= flush_at) flush();
        return *this;
    }
    // A JSON value, indented by `indent` spaces per level from `level` (-1: on one line).
    Out& json(const ordered_json& value, int indent = -1, unsigned level = 0) {
        serializer_.dump(value, indent >= 0, false, static_cast<unsigned>(std::max(indent, 0)), level);
        return *this;
    }
    // A text as a JSON string.
    Out& json_string(std::string_view text) {
        text_.get_ref<std::string&>().assign(text);
        return json(text_);
    }
    void flush() {
        std::cout.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t flush_at = 1 << 16;
    std::string buffer_;
    nlohmann::detail::serializer<ordered_json> serializer_;
    ordered_json text_ = "";
};

// Lines held back while a sheet is read: in memory up to `in_memory` bytes, the rest in an
// unnamed temporary file (a sheet of millions of cells prints hundreds of megabytes).
class HeldLines {
public:
    HeldLines() = default;
    HeldLines(const HeldLines&) = delete;
    HeldLines& operator=(const HeldLines&) = delete;
    ~HeldLines() {
        if (file_ != nullptr) std::fclose(file_);
    }

    // The end of the lines held in memory, to append a line to (no copy of each line), and
    // then commit() it.
    std::string& tail() { return memory_; }
    void commit() {
        if (memory_.size() >= in_memory) spill();
    }
    // Everything held, in order, into `out`. What went to the temporary file goes on to
    // standard output inside the kernel (sendfile) where it can, else through `out`.
    void write_to(Out& out) {
        if (file_ != nullptr) {
            spill();
            std::rewind(file_);
            out.flush();
            std::cout.flush();
            std::fflush(stdout);
            for (;;) {   // from the file's offset on: a failure leaves the rest to the loop below
                const ssize_t sent = ::sendfile(STDOUT_FILENO, ::fileno(file_), nullptr, 1 << 30);
                if (sent <= 0) break;
            }
            memory_.resize(in_memory);
            while (const std::size_t got = std::fread(memory_.data(), 1, memory_.size(), file_))
                out << std::string_view(memory_.data(), got);
            if (std::ferror(file_)) fail();
            memory_.clear();
        }
        out << memory_;
        memory_.clear();
    }

private:
    static constexpr std::size_t in_memory = 4 << 20;

    void spill() {
        if (file_ == nullptr && (file_ = std::tmpfile()) == nullptr) fail();
        if (std::fwrite(memory_.data(), 1, memory_.size(), file_) != memory_.size()) fail();
        memory_.clear();
    }
    [[noreturn]] static void fail() {
        throw std::system_error(errno, std::generic_category());
    }

    std::string memory_;
    std::FILE* file_ = nullptr;
};

// One cell as a JSON object on one line: ref, type, value (and serial for a date), format,
// formula. `formats` caches each style's number format as JSON.
void write_cell_json(Out& out, const xlsx::Workbook& wb, const xlsx::Cell& cell, std::vector<std::string>& formats) {
    out << "{\"ref\": \"" << xlsx::to_string(cell.ref) << "\", \"type\": \"" << type_name(wb, cell) << "\", \"value\": ";
    switch (cell.type) {
    case xlsx::CellType::number:
        if (is_date_cell(wb, cell)) {
            const auto iso = xlsx::serial_to_iso(cell.number, wb.date_system());
            if (iso) out.json_string(*iso);
            else out << "null";
            out << ", \"serial\": ";
            out.json(cell.number);
        } else {
            out.json(number_json(cell));
        }
        break;
    case xlsx::CellType::string:
    case xlsx::CellType::error: out.json_string(cell.text); break;
    case xlsx::CellType::boolean: out << (cell.number != 0 ? "true" : "false"); break;
    case xlsx::CellType::uncomputed:
    case xlsx::CellType::empty: out << "null"; break;
    }
    if (cell.style >= formats.size()) formats.resize(cell.style + 1);
    if (formats[cell.style].empty()) formats[cell.style] = ordered_json(std::string(wb.number_format(cell.style))).dump();
    out << ", \"format\": " << formats[cell.style];
    if (cell.has_formula) {
        out << ", \"formula\": ";
        out.json_string(cell.formula);
    }
    out << "}";
}

// A cell's line of the text output: "    B6       number                     -614534.9  [#,##0.0]".
void append_cell_line(std::string& line, const xlsx::Workbook& wb, const xlsx::Cell& cell) {
    auto to = std::back_inserter(line);
    auto padded = [&](std::size_t from, std::size_t width) {   // what was appended since `from`, to `width`
        if (line.size() - from < width) line.append(width - (line.size() - from), ' ');
    };
    line += "    ";
    std::size_t from = line.size();
    line += xlsx::to_string(cell.ref);
    padded(from, 8);
    line += ' ';
    from = line.size();
    line += type_name(wb, cell);
    if (cell.type == xlsx::CellType::string) line.append(" (").append(origin_name(cell.origin)).append(")");
    padded(from, 26);
    line += ' ';
    switch (cell.type) {
    case xlsx::CellType::number:
        if (is_date_cell(wb, cell)) line += xlsx::serial_to_iso(cell.number, wb.date_system()).value_or("?");
        else fmt::format_to(to, "{}", cell.number);   // shortest text that reads back as the same double
        break;
    case xlsx::CellType::string:
        line += '"';
        line += cell.text;
        line += '"';
        break;
    case xlsx::CellType::boolean: line += cell.number != 0 ? "TRUE" : "FALSE"; break;
    case xlsx::CellType::error: line += cell.text; break;
    case xlsx::CellType::uncomputed: line += '-'; break;
    case xlsx::CellType::empty: break;
    }
    if (const auto format = wb.number_format(cell.style); format != "General") fmt::format_to(to, "  [{}]", format);
    if (cell.has_formula) fmt::format_to(to, "  ={}", cell.formula);
    line += '\n';
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

// The workbook as one JSON document, written as it is read: every sheet's cells stream out,
// then what is known only once they are read (its dimension, used range, hidden rows, merged
// ranges).
void print_json(const xlsx::Workbook& wb, const InspectArgs& args, const std::optional<xlsx::RangeRef>& range) {
    const auto sheets = chosen_sheets(wb, args);   // throws before anything is written
    ordered_json head;
    head["file"] = wb.path().filename().string();
    head["date_system"] = wb.date_system() == xlsx::DateSystem::d1904 ? 1904 : 1900;
    ordered_json names = ordered_json::array();
    for (const auto& dn : wb.defined_names()) {
        const std::string scope = dn.sheet && *dn.sheet < wb.sheets().size() ? wb.sheets()[*dn.sheet].name : "workbook";
        names.push_back({{"name", dn.name}, {"scope", scope}, {"ref", dn.ref}});
    }
    head["defined_names"] = std::move(names);
    const auto& active = wb.active_content();
    head["active_content"] = {{"macros", active.macros}, {"external_links", active.external_links},
                              {"data_connections", active.data_connections}};
    Out out;
    out << "{\n";
    for (const auto& [key, value] : head.items()) {
        out.json_string(key) << ": ";
        out.json(value, 1, 1) << ",\n";
    }
    out << " \"sheets\": [";
    std::vector<std::string> formats;
    for (std::size_t n = 0; n < sheets.size(); ++n) {
        const auto& info = wb.sheets()[sheets[n]];
        out << (n == 0 ? "\n  {\n   \"name\": " : ",\n  {\n   \"name\": ");
        out.json_string(info.name) << ",\n   \"state\": ";
        out.json_string(xlsx::to_string(info.state)) << ",\n   \"kind\": \"";
        out << (info.kind == xlsx::SheetKind::worksheet ? "worksheet" : info.kind == xlsx::SheetKind::chartsheet ? "chartsheet" : "other")
            << "\",\n   \"cells\": [";
        ordered_json layout_json = {{"dimension", nullptr}, {"used", nullptr}, {"hidden_rows", ordered_json::array()},
                                    {"merged", ordered_json::array()}};
        if (info.kind == xlsx::SheetKind::worksheet) {
            auto reader = wb.read_sheet(sheets[n]);
            xlsx::Cell cell;
            bool first = true;
            while (reader.next(cell)) {
                if (range && !range->contains(cell.ref)) continue;
                out << (first ? "\n    " : ",\n    ");
                first = false;
                write_cell_json(out, wb, cell, formats);
            }
            if (!first) out << "\n   ";
            const auto& layout = reader.layout();
            if (layout.dimension) layout_json["dimension"] = xlsx::to_string(*layout.dimension);
            if (layout.used) layout_json["used"] = xlsx::to_string(*layout.used);
            layout_json["hidden_rows"] = layout.hidden_rows;
            for (const auto& m : layout.merged) layout_json["merged"].push_back(xlsx::to_string(m));
        }
        out << "]";
        for (const auto& [key, value] : layout_json.items()) {
            out << ",\n   ";
            out.json_string(key) << ": ";
            out.json(value, 1, 3);
        }
        out << "\n  }";
    }
    out << (sheets.empty() ? "]\n}\n" : "\n ]\n}\n");
}

void print_text(const xlsx::Workbook& wb, const InspectArgs& args, const std::optional<xlsx::RangeRef>& range,
                Lang lang) {
    Out out;
    out << fmt::format("{}: {} ({} {})\n", tr(lang, "Arbetsbok", "Workbook"), wb.path().filename().string(),
                       tr(lang, "datumsystem", "date system"), wb.date_system() == xlsx::DateSystem::d1904 ? 1904 : 1900);
    const auto& active = wb.active_content();
    if (active.macros)
        out << tr(lang, "Makron: finns, körs aldrig\n", "Macros: present, never run\n");
    for (const auto& link : active.external_links)
        out << fmt::format("{}: {}\n", tr(lang, "Extern länk (följs inte)", "External link (not followed)"), link);
    if (active.data_connections)
        out << tr(lang, "Dataanslutningar: finns, uppdateras aldrig\n", "Data connections: present, never refreshed\n");
    const bool show_cells = !args.sheet.empty() || range;
    std::vector<std::size_t> which = chosen_sheets(wb, args);
    if (show_cells && args.sheet.empty() && which.size() > 1) which.erase(which.begin() + 1, which.end());
    out << tr(lang, "Blad:\n", "Sheets:\n");
    for (const std::size_t i : which) {
        const auto& info = wb.sheets()[i];
        if (info.kind != xlsx::SheetKind::worksheet) {
            out << fmt::format("  {:>2}  {:<31}  {:<10}  {}\n", i + 1, info.name, xlsx::to_string(info.state),
                               tr(lang, "(diagramblad)", "(chart sheet)"));
            continue;
        }
        // The sheet's line (its used range and cell count) comes before its cells, and is known
        // only once every cell is read: the cells' lines are held until then.
        auto reader = wb.read_sheet(i);
        xlsx::Cell cell;
        HeldLines held;
        while (reader.next(cell)) {
            if (!show_cells || (range && !range->contains(cell.ref))) continue;
            append_cell_line(held.tail(), wb, cell);
            held.commit();
        }
        const auto& layout = reader.layout();
        out << fmt::format("  {:>2}  {:<31}  {:<10}  {:<12}  {} {}\n", i + 1, info.name, xlsx::to_string(info.state),
                           layout.used ? xlsx::to_string(*layout.used) : std::string("-"), layout.cell_count,
                           tr(lang, "celler", "cells"));
        if (!layout.merged.empty()) {
            std::string merged;
            for (const auto& m : layout.merged) {
                merged += ' ';
                merged += xlsx::to_string(m);
            }
            out << fmt::format("      {}:{}\n", tr(lang, "sammanfogade", "merged"), merged);
        }
        if (!layout.hidden_rows.empty())
            out << fmt::format("      {}: {}\n", tr(lang, "dolda rader", "hidden rows"), fmt::join(layout.hidden_rows, " "));
        held.write_to(out);
    }
    if (!wb.defined_names().empty()) {
        out << tr(lang, "Definierade namn:\n", "Defined names:\n");
        for (const auto& dn : wb.defined_names())
            out << fmt::format("  {:<24} {:<12} {}\n", dn.name,
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
    } catch (const std::system_error& e) {   // HeldLines: no room for a sheet's lines
        std::cout.flush();
        std::cerr << fmt::format("{}: {}\n", tr(lang, "tillfällig fil för cellraderna", "temporary file of the cell lines"),
                                 system_reason(e.code().value(), lang));
        return 2;
    }
}

}  // namespace ramkoll::cli
