// The styles part, reduced to what reading values needs: each cell style's number format.
#pragma once

#include "xlsx/zip_archive.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ramkoll::xlsx {

class Styles {
public:
    Styles() = default;
    static Styles read(ZipArchive& zip, std::string_view part, const ReadLimits& limits);

    // The format code of cell style `xf` ("General" for an unknown style).
    std::string_view number_format(std::uint32_t xf) const;
    bool is_date(std::uint32_t xf) const;

private:
    struct Xf {
        std::uint32_t num_fmt_id = 0;
        bool date = false;
    };
    std::string_view code_of(std::uint32_t num_fmt_id) const;

    std::unordered_map<std::uint32_t, std::string> custom_;   // numFmtId -> formatCode
    std::vector<Xf> xfs_;
};

}  // namespace ramkoll::xlsx
