// libFuzzer target: the worksheet XML parser (scanner + sheet reader) on its own, with a
// small shared strings table so t="s" cells resolve.
#include "fuzz/fuzz_limits.hpp"

#include "xlsx/error.hpp"
#include "xlsx/shared_strings.hpp"
#include "xlsx/sheet_reader.hpp"

#include <cstdint>
#include <string_view>

using namespace ramkoll;

namespace {

const xlsx::SharedStrings& strings() {
    static const xlsx::SharedStrings table = [] {
        xlsx::MemorySource source(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<si><t>Drift</t></si><si><t>2025</t></si><si><r><t>1 234</t></r><r><t>,5</t></r></si></sst>");
        return xlsx::SharedStrings::parse(source, "xl/sharedStrings.xml", fuzz::limits());
    }();
    return table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    const xlsx::SheetInfo info{"Budget", xlsx::SheetState::visible, xlsx::SheetKind::worksheet,
                               "xl/worksheets/sheet1.xml"};
    // The first byte picks the date system, so both conversions of date cells are reached.
    const auto dates = size > 0 && (data[0] & 1) ? xlsx::DateSystem::d1904 : xlsx::DateSystem::d1900;
    try {
        auto sheet = xlsx::SheetReader::parse(std::make_unique<xlsx::MemorySource>(xml), info, strings(), dates,
                                              fuzz::limits());
        xlsx::Cell cell;
        while (sheet.next(cell)) {
        }
    } catch (const xlsx::Error&) {
    }
    return 0;
}
