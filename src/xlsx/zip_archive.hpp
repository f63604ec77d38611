// The zip container of an xlsx file: recognises what a file really is (zip, old .xls,
// encrypted OLE workbook, OpenDocument, .xlsb, CSV text, a folder, something else), and
// streams entries through inflate with caps on inflated size and compression ratio. Opened
// read-only; never written.
#pragma once

#include "xlsx/byte_source.hpp"
#include "xlsx/limits.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::xlsx {

inline constexpr std::uint64_t read_ahead_min_bytes = 4u << 20;

// Entries are read one at a time or, with read-ahead, from one extra thread per entry; the
// archive serialises its own libzip calls. Destroy every entry source before the archive.
class ZipArchive {
public:
    // Throws xlsx::Error: io, not_a_zip, legacy_xls, encrypted, corrupt_zip, limit_exceeded, and
    // for what is no xlsx but named so: opendocument (.ods), binary_xlsb (.xlsb), text_table
    // (.csv, .tsv, .txt that is not a zip), folder.
    ZipArchive(const std::filesystem::path& path, const ReadLimits& limits);
    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    // Part names compare ASCII case-insensitively (OPC); a leading '/' is ignored and an
    // entry named with backslashes for '/' is found by its name with '/'.
    bool contains(std::string_view name) const;
    // Throws Error(missing_part) when absent. With `read_ahead`, an entry of at least
    // read_ahead_min_bytes is inflated on a second thread while the caller parses.
    std::unique_ptr<ByteSource> open_entry(std::string_view name, bool read_ahead = false);
    // Every entry's name, with '/' for each backslash and no leading '/'.
    const std::vector<std::string>& entry_names() const;

private:
    void refuse_other_packages();

    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string display_name_;
};

}  // namespace ramkoll::xlsx
