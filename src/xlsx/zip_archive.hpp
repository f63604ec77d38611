// The zip container of an xlsx file: recognises what a file really is (zip, old .xls,
// encrypted OLE workbook, something else), and streams entries through inflate with
// caps on inflated size and compression ratio. Opened read-only; never written.
#pragma once

#include "xlsx/byte_source.hpp"
#include "xlsx/limits.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ramkoll::xlsx {

class ZipArchive {
public:
    // Throws xlsx::Error: io, not_a_zip, legacy_xls, encrypted, corrupt_zip, limit_exceeded.
    ZipArchive(const std::filesystem::path& path, const ReadLimits& limits);
    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    const std::string& display_name() const { return display_name_; }
    // Part names compare case-insensitively (OPC); a leading '/' is ignored.
    bool contains(std::string_view name) const;
    // Throws Error(missing_part) when absent.
    std::unique_ptr<ByteSource> open_entry(std::string_view name);
    std::vector<std::string> entry_names() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string display_name_;
};

}  // namespace ramkoll::xlsx
