// ramkoll_bench_read FILE.xlsx: streams every worksheet of a workbook with SheetReader::next,
// sums every number cell and counts the strings (and their bytes) so that no cell can be
// skipped unread, then prints one line that bench/run.sh checks against the other readers:
//   sum=<sum of numbers> numbers=<count> strings=<count> string_bytes=<bytes> other=<count>
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook.hpp"

#include <fmt/core.h>

#include <cstdint>
#include <exception>

int main(int argc, char** argv) {
    using namespace ramkoll::xlsx;
    if (argc != 2) {
        fmt::print(stderr, "usage: {} FILE.xlsx\n", argv[0]);
        return 2;
    }
    try {
        const Workbook workbook = Workbook::open(argv[1]);
        double sum = 0.0;
        std::uint64_t numbers = 0, strings = 0, string_bytes = 0, other = 0;
        for (std::size_t i = 0; i < workbook.sheets().size(); ++i) {
            if (workbook.sheets()[i].kind != SheetKind::worksheet) continue;
            SheetReader reader = workbook.read_sheet(i);
            Cell cell;
            while (reader.next(cell)) {
                switch (cell.type) {
                case CellType::number:
                    sum += cell.number;
                    ++numbers;
                    break;
                case CellType::string:
                    ++strings;
                    string_bytes += cell.text.size();
                    break;
                default:
                    ++other;
                    break;
                }
            }
        }
        fmt::print("sum={:.6f} numbers={} strings={} string_bytes={} other={}\n", sum, numbers,
                   strings, string_bytes, other);
    } catch (const std::exception& e) {
        fmt::print(stderr, "{}: {}\n", argv[1], e.what());
        return 1;
    }
    return 0;
}
