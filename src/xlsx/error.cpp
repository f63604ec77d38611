// The words for every reading error, Swedish and English, in one place.
#include "xlsx/error.hpp"

#include "common/system_reason.hpp"

#include <fmt/format.h>

namespace ramkoll::xlsx {

Error::Error(ErrorKind kind, std::string file, std::string part, std::string detail)
    : std::runtime_error(detail), kind_(kind), file_(std::move(file)), part_(std::move(part)),
      detail_(std::move(detail)) {}

Error::Error(ErrorKind kind, std::string file, std::string part, int system_error)
    : Error(kind, std::move(file), std::move(part), system_reason(system_error, Lang::en)) {
    system_error_ = system_error;
}

namespace {

std::string_view what_is_wrong(ErrorKind kind, Lang lang) {
    switch (kind) {
    case ErrorKind::io:
        return tr(lang, "filen kan inte läsas", "the file cannot be read");
    case ErrorKind::not_a_zip:
        return tr(lang, "filen är inte en xlsx-arbetsbok (inte en zip-fil)",
                  "the file is not an xlsx workbook (not a zip file)");
    case ErrorKind::legacy_xls:
        return tr(lang,
                  "filen är en gammal Excel 97-2003-arbetsbok (.xls); öppna den i Excel eller LibreOffice "
                  "och spara som .xlsx",
                  "the file is an old Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and "
                  "save it as .xlsx");
    case ErrorKind::encrypted:
        return tr(lang,
                  "arbetsboken är krypterad (lösenordsskyddad); be nämnden skicka den utan lösenord",
                  "the workbook is encrypted (password protected); ask the committee to send it without "
                  "a password");
    case ErrorKind::corrupt_zip:
        return tr(lang, "zip-filen är trasig eller avkortad", "the zip file is truncated or damaged");
    case ErrorKind::missing_part:
        return tr(lang, "en del som arbetsboken behöver saknas", "a part the workbook needs is missing");
    case ErrorKind::limit_exceeded:
        return tr(lang, "filen går över en gräns för vad som läses (skydd mot zip- och XML-bomber)",
                  "the file exceeds a reading limit (protection against zip and XML bombs)");
    case ErrorKind::xml_dtd:
        return tr(lang, "XML-delen innehåller en DOCTYPE/entitetsdeklaration, vilket inte tillåts",
                  "an XML part contains a DOCTYPE or entity declaration, which is refused");
    case ErrorKind::xml_malformed:
        return tr(lang, "XML-delen är trasig", "an XML part is malformed");
    case ErrorKind::bad_reference:
        return tr(lang, "en cellreferens är felaktig eller utanför Excels rutnät (A1:XFD1048576)",
                  "a cell reference is malformed or outside Excel's grid (A1:XFD1048576)");
    case ErrorKind::unsupported:
        return tr(lang, "filen använder något som inte stöds", "the file uses something that is not supported");
    case ErrorKind::missing_sheet:
        return tr(lang, "bladet saknas", "the sheet is missing");
    case ErrorKind::opendocument:
        return tr(lang, "filen är ett OpenDocument-kalkylark (.ods); spara det som .xlsx",
                  "the file is an OpenDocument spreadsheet (.ods); save it as .xlsx");
    case ErrorKind::binary_xlsb:
        return tr(lang, "filen är en binär Excel-arbetsbok (.xlsb); spara den som .xlsx",
                  "the file is a binary Excel workbook (.xlsb); save it as .xlsx");
    case ErrorKind::text_table:
        return tr(lang, "filen är en CSV-fil (text), inte en arbetsbok; spara den som .xlsx",
                  "the file is a CSV file (text), not a workbook; save it as .xlsx");
    case ErrorKind::folder:
        return tr(lang, "det är en mapp, inte en fil", "it is a folder, not a file");
    }
    return {};
}

}  // namespace

std::string describe(const Error& error, Lang lang) {
    std::string text = fmt::format("{}: {}", error.file().empty() ? "?" : error.file(), what_is_wrong(error.kind(), lang));
    const std::string detail = error.system_error() != 0 ? system_reason(error.system_error(), lang) : error.detail();
    if (!error.part().empty() || !detail.empty()) {
        text += " (";
        if (!error.part().empty()) text += error.part();
        if (!error.part().empty() && !detail.empty()) text += ": ";
        text += detail;
        text += ")";
    }
    return text;
}

}  // namespace ramkoll::xlsx
