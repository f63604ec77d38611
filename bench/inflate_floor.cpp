// ramkoll_bench_inflate FILE.xlsx PART: inflates one zip entry through ramkoll's own
// ZipArchive (ISA-L for a deflated entry, CRC-32 checked; the path the reader takes, without
// the read-ahead thread) in 256 KiB reads and discards the bytes: the cost of ramkoll's
// decompression with no XML parsing at all. Prints the inflated size.
#include "xlsx/zip_archive.hpp"

#include <fmt/core.h>

#include <cstdint>
#include <exception>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3) {
        fmt::print(stderr, "usage: {} FILE.xlsx PART\n", argv[0]);
        return 2;
    }
    try {
        ramkoll::xlsx::ZipArchive archive(argv[1], ramkoll::xlsx::ReadLimits{});
        const auto entry = archive.open_entry(argv[2]);
        std::vector<char> buffer(256 * 1024);
        std::uint64_t total = 0;
        for (std::size_t n; (n = entry->read(buffer.data(), buffer.size())) > 0;) total += n;
        fmt::print("inflated={}\n", total);
    } catch (const std::exception& e) {
        fmt::print(stderr, "{}: {}\n", argv[1], e.what());
        return 1;
    }
    return 0;
}
