// Reading errors as values with a location (file, part, cell); turned into words by describe().
#pragma once

#include "common/lang.hpp"

#include <stdexcept>
#include <string>

namespace ramkoll::xlsx {

enum class ErrorKind {
    io,                 // the file cannot be opened or read
    not_a_zip,          // neither a zip nor an OLE container
    legacy_xls,         // an Excel 97-2003 .xls (OLE container with a Workbook stream)
    encrypted,          // a password-protected workbook (OLE container with EncryptionInfo)
    corrupt_zip,        // truncated or damaged zip, CRC mismatch
    missing_part,       // a part the workbook needs is not in the zip
    limit_exceeded,     // a ReadLimits value was passed (zip bomb, too many cells, ...)
    xml_dtd,            // a DOCTYPE / entity declaration (refused: no entity expansion)
    xml_malformed,      // not well-formed XML
    bad_reference,      // a cell reference outside Excel's grid, or a dangling index
    unsupported,        // e.g. UTF-16 XML parts
    missing_sheet,      // a sheet asked for by name does not exist
    // Files named for what they are (nsw-files): each says how to make an .xlsx of it.
    opendocument,       // an OpenDocument spreadsheet (.ods): a zip whose `mimetype` entry says so
    binary_xlsb,        // a binary Excel workbook (.xlsb): xl/workbook.bin, no xl/workbook.xml
    text_table,         // a CSV, TSV or other text file, not a workbook
    folder,             // a folder (named like a workbook), not a file
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string file, std::string part, std::string detail);
    // A system call that failed with `system_error` (an errno value): the detail is the system's
    // reason, in the language describe() is asked for.
    Error(ErrorKind kind, std::string file, std::string part, int system_error);

    ErrorKind kind() const { return kind_; }
    const std::string& file() const { return file_; }
    const std::string& part() const { return part_; }   // zip entry, or empty
    const std::string& detail() const { return detail_; }   // in English for a system error
    int system_error() const { return system_error_; }      // errno value; 0 when there is none
    void set_file(std::string file) { file_ = std::move(file); }

private:
    ErrorKind kind_;
    std::string file_, part_, detail_;
    int system_error_ = 0;
};

// The user-facing message: "HSN.xlsx: <what is wrong> (<detail>)", in the chosen language.
std::string describe(const Error& error, Lang lang);

}  // namespace ramkoll::xlsx
