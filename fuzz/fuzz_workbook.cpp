// libFuzzer target: the whole xlsx reader on workbook bytes held in memory (a memfd, so the
// reader opens it like any file), every cell of every sheet, then the mapping of the
// workbook onto the Blekinge 2024 form as `ramkoll check` does it.
#include "fuzz/fuzz_limits.hpp"

#include "rules/loader.hpp"
#include "submission/read_submission.hpp"
#include "xlsx/error.hpp"
#include "xlsx/sheet_reader.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

#include <sys/mman.h>
#include <unistd.h>

using namespace ramkoll;

namespace {

const rules::Round& round() {
    static const rules::LoadedRules loaded = rules::load_rules(RAMKOLL_SOURCE_DIR "/rules/blekinge-2024.rules");
    if (!loaded.ok()) std::abort();
    return loaded.round;
}

// One memory file reused for every input; the reader sees it as /proc/self/fd/N.
const std::string& memory_file(const std::uint8_t* data, std::size_t size) {
    static const int fd = memfd_create("fuzz.xlsx", 0);
    static const std::string path = "/proc/self/fd/" + std::to_string(fd);
    if (fd < 0 || ftruncate(fd, 0) != 0) std::abort();
    for (std::size_t done = 0; done < size;) {
        const ssize_t n = pwrite(fd, data + done, size - done, static_cast<off_t>(done));
        if (n <= 0) std::abort();
        done += static_cast<std::size_t>(n);
    }
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& path = memory_file(data, size);
    try {
        const auto book = xlsx::Workbook::open(path, fuzz::limits());
        for (std::size_t s = 0; s < book.sheets().size(); ++s) {
            if (book.sheets()[s].kind != xlsx::SheetKind::worksheet) continue;
            auto sheet = book.read_sheet(s);
            xlsx::Cell cell;
            while (sheet.next(cell)) (void)book.number_format(cell.style);
        }
    } catch (const xlsx::Error&) {
        return 0;   // refused with a reason: what the reader is for
    }
    try {
        const auto submission = submission::read_submission(path, round(), {}, fuzz::limits());
        for (const auto& finding : submission.findings) (void)submission::describe(finding, Lang::sv);
    } catch (const xlsx::Error&) {
    }
    return 0;
}
