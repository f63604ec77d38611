// libFuzzer target: the shared strings parser (rich text runs, phonetic runs, _xHHHH_ escapes).
#include "fuzz/fuzz_limits.hpp"

#include "xlsx/error.hpp"
#include "xlsx/shared_strings.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace ramkoll;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    xlsx::MemorySource source(std::string_view(reinterpret_cast<const char*>(data), size));
    try {
        const auto table = xlsx::SharedStrings::parse(source, "xl/sharedStrings.xml", fuzz::limits());
        std::size_t total = 0;
        for (std::size_t i = 0; i < table.size(); ++i) total += table.at(i).size();
        if (total > size * 4 + 64) std::abort();   // decoding never makes text much longer than its XML
    } catch (const xlsx::Error&) {
    }
    return 0;
}
