// ramkoll_bench_inflate FILE.xlsx PART: inflates one zip entry through libzip (zlib and its
// CRC check, the path ramkoll's reader takes) in 256 KiB reads and discards the bytes: the
// cost of ramkoll's decompression with no XML parsing at all. Prints the inflated size.
#include <zip.h>

#include <fmt/core.h>

#include <cstdint>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3) {
        fmt::print(stderr, "usage: {} FILE.xlsx PART\n", argv[0]);
        return 2;
    }
    int code = 0;
    zip_t* archive = zip_open(argv[1], ZIP_RDONLY, &code);
    if (!archive) {
        fmt::print(stderr, "{}: cannot open (libzip error {})\n", argv[1], code);
        return 1;
    }
    zip_file_t* entry = zip_fopen(archive, argv[2], 0);
    if (!entry) {
        fmt::print(stderr, "{}: {}\n", argv[2], zip_strerror(archive));
        zip_discard(archive);
        return 1;
    }
    std::vector<char> buffer(256 * 1024);
    std::uint64_t total = 0;
    zip_int64_t n = 0;
    while ((n = zip_fread(entry, buffer.data(), buffer.size())) > 0) total += static_cast<std::uint64_t>(n);
    const bool failed = n < 0;
    if (failed) fmt::print(stderr, "{}: {}\n", argv[2], zip_error_strerror(zip_file_get_error(entry)));
    zip_fclose(entry);
    zip_discard(archive);
    if (failed) return 1;
    fmt::print("inflated={}\n", total);
    return 0;
}
