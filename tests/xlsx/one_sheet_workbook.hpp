// A minimal one-sheet workbook for reader tests, written with libzip (entries deflated):
// the package and workbook relationships, xl/workbook.xml with one sheet "Blad1", and
// xl/worksheets/sheet1.xml holding `rows` (the <row> elements of its <sheetData>).
#pragma once

#include <zip.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>

namespace ramkoll::test {

inline void write_one_sheet_workbook(const std::filesystem::path& path, const std::string& rows) {
    const std::pair<const char*, std::string> parts[] = {
        {"_rels/.rels",
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
        {"xl/workbook.xml",
         R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
         R"(<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels",
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"},
        {"xl/worksheets/sheet1.xml",
         R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><sheetData>)" + rows +
             "</sheetData></worksheet>"},
    };
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (zip == nullptr) throw std::runtime_error("zip_open");
    for (const auto& [name, text] : parts) {
        zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
        if (zip_file_add(zip, name, source, ZIP_FL_OVERWRITE) < 0) throw std::runtime_error("zip_file_add");
    }
    if (zip_close(zip) != 0) throw std::runtime_error("zip_close");
}

}  // namespace ramkoll::test
