// The checks of rules::detail::TemplateFit (template_fit.hpp): the lists' labels as sheet
// names and the form's names as defined names, by Excel's rules, at the declaring names.
#include "rules/template_fit.hpp"
#include "common/excel_text.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace ramkoll::rules::detail {

namespace {

}  // namespace

// Texts in quotes that are not UTF-8 or longer than max_text characters, reported at the
// opening quote; comments ('#' outside a text, to the end of the line) are skipped as the
// parser does.
void TemplateFit::check_texts(const SourceText& source) {
    const auto& text = source.text();
    bool in_text = false, in_comment = false;
    std::size_t characters = 0;
    auto opening = text.cbegin();
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        const char c = *it;
        if (c == '\n' || c == '\r') {
            in_text = in_comment = false;
        } else if (in_comment) {
        } else if (in_text) {
            if (c == '"') {
                in_text = false;
                if (!is_utf8(std::string_view(&*opening + 1, static_cast<std::size_t>(it - opening - 1))))
                    diagnostics_.push_back({source.location(opening),
                                            both({"texten är inte giltig UTF-8; spara regelfilen som UTF-8",
                                                  "the text is not valid UTF-8; save the rule file as UTF-8"})});
                else if (characters > max_text)
                    diagnostics_.push_back({source.location(opening),
                                            both({"texten har {} tecken; mallen skriver den i en cell, som rymmer högst {}",
                                                  "the text has {} characters; the template writes it into a cell, which "
                                                  "holds at most {}"},
                                                 characters, max_text)});
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++characters;
            }
        } else if (c == '#') {
            in_comment = true;
        } else if (c == '"') {
            in_text = true;
            characters = 0;
            opening = it;
        }
    }
}

void TemplateFit::run(const std::vector<SourcedStatement>& statements) {
    std::vector<const SourceText*> sources;
    for (const auto& sourced : statements)
        if (std::find(sources.begin(), sources.end(), sourced.source) == sources.end()) sources.push_back(sourced.source);
    for (const auto* source : sources) check_texts(*source);
    std::map<std::string, Placed> lines, lists, labels;   // by folded name or label, the first
    // `kind` is "raden"/"the line" or "listan"/"the list".
    auto same_name = [&](std::map<std::string, Placed>& seen, const SourceText& source, const ast::Name& name,
                         std::string_view prefix, Texts kind) {
        if (utf16_length(name.text) > max_area_name)
            error(source, name, both({"namnet {} har {} tecken; mallens namn {}{} får ha högst {}",
                                      "the name {} has {} characters; the template's name {}{} may have at most {}"},
                                     name.text, utf16_length(name.text), prefix, "…", max_area_name));
        const auto [it, first] = seen.try_emplace(fold_case(name.text), Placed{&source, &name});
        if (first || it->second.name->text == name.text) return;   // the same name twice is reported already
        const int line = it->second.source->location(*it->second.name).line;
        error(source, name, both({"{0} {1} skiljer sig från {0} {2} (rad {3}) bara i stora och små bokstäver, så "
                                  "mallen skulle få namnet {4}{1} två gånger",
                                  "{0} {1} differs from {0} {2} (line {3}) only in upper and lower case, so the "
                                  "template would get the name {4}{1} twice"},
                                 kind, name.text, it->second.name->text, line, prefix));
    };
    for (const auto& [source, statement] : statements) {
        if (const auto* committee = boost::get<ast::Committee>(statement);
            committee && utf16_length(committee->code.text) > max_code)
            error(*source, committee->code,
                  both({"nämndkoden {} har {} tecken; den namnger nämndens filer och får ha högst {}",
                        "the committee code {} has {} characters; it names the committee's files and may have at most {}"},
                       committee->code.text, utf16_length(committee->code.text), max_code));
        const auto* form = boost::get<ast::Form>(statement);
        if (!form) continue;
        for (const auto& item : form->items) {
            if (const auto* line = boost::get<ast::Line>(&item)) {
                same_name(lines, *source, line->name, "Rad_", {"raden", "the line"});
                continue;
            }
            if (const auto* total = boost::get<ast::Total>(&item)) {
                same_name(lines, *source, total->name, "Rad_", {"raden", "the line"});
                continue;
            }
            const auto* list = boost::get<ast::ListSection>(&item);
            if (!list) continue;
            if (lists.count(fold_case(list->name.text)) && lists.at(fold_case(list->name.text)).name->text == list->name.text)
                continue;   // a list declared twice is reported already
            same_name(lists, *source, list->name, "Rubrik_", {"listan", "the list"});
            check_label(*source, *list, labels);
        }
    }
}

void TemplateFit::check_label(const SourceText& source, const ast::ListSection& list,
                              std::map<std::string, Placed>& labels) {
    const std::string& label = list.label;
    auto fail = [&](Texts what) { error(source, list.name, std::move(what)); };
    if (label.empty()) {
        fail(both({"listan {} har en tom rubrik; rubriken blir bladets namn i mallen",
                   "the list {} has an empty label; the label names its sheet in the template"}, list.name.text));
        return;
    }
    if (const auto length = utf16_length(label); length > 31) {
        fail(both({"rubriken \"{}\" blir bladets namn i mallen och får ha högst 31 tecken (den har {})",
                   "the label \"{}\" names a sheet in the template and may have at most 31 characters (it has {})"},
                  label, length));
        return;
    }
    if (const auto bad = label.find_first_of("[]:*?/\\"); bad != std::string::npos) {
        fail(both({"rubriken \"{}\" blir bladets namn i mallen och får inte innehålla tecknet {}",
                   "the label \"{}\" names a sheet in the template and cannot hold the character {}"},
                  label, label.substr(bad, 1)));
        return;
    }
    if (label.front() == '\'' || label.back() == '\'') {
        fail(both({"rubriken \"{}\" blir bladets namn i mallen och får inte börja eller sluta med en apostrof",
                   "the label \"{}\" names a sheet in the template and cannot begin or end with an apostrophe"}, label));
        return;
    }
    if (fold_case(label) == "history") {
        fail(both({"rubriken \"{}\" blir bladets namn i mallen, men Excel har reserverat namnet History",
                   "the label \"{}\" names a sheet in the template, but Excel reserves the name History"}, label));
        return;
    }
    for (const auto fixed : template_sheets::all) {
        if (fold_case(label) != fold_case(fixed)) continue;
        fail(both({"rubriken \"{}\" blir bladets namn i mallen, som redan har bladet {}",
                   "the label \"{}\" names a sheet in the template, which has the sheet {} already"}, label, fixed));
        return;
    }
    const auto [it, first] = labels.try_emplace(fold_case(label), Placed{&source, &list.name});
    if (first) return;
    fail(both({"listan {} har samma rubrik \"{}\" som listan {} (rad {}); rubriken blir bladets namn i mallen",
               "the list {} has the same label \"{}\" as the list {} (line {}); the label names its sheet in the template"},
              list.name.text, label, it->second.name->text, it->second.source->location(*it->second.name).line));
}

}  // namespace ramkoll::rules::detail
