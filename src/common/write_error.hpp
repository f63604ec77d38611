// An output file that cannot be written, as a value: the file, the step that failed and the
// system's reason (an errno value), turned into words in one place, describe().
#pragma once

#include "common/lang.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace ramkoll {

struct WriteError : std::runtime_error {
    enum class Step {
        create_temporary,   // the temporary file beside the target cannot be created
        open_temporary,     // the temporary file cannot be opened for writing
        write,              // the content cannot be written, flushed or renamed over the target
        workbook            // libxlsxwriter cannot write the workbook: `detail` is its words
    };
    Step step;
    std::filesystem::path path;   // the target
    int error = 0;                // the system's reason as an errno value; 0 when it gave none
    std::string detail;           // another library's words for what failed, as it wrote them
    // what() is the English text: "out/x.json: cannot write the file: No space left on device".
    WriteError(Step step, std::filesystem::path path, int error, std::string detail = {});
};

// The message in `lang`:
//   describe(WriteError(WriteError::Step::write, "out/x.json", ENOSPC), Lang::sv)
//   // "out/x.json: kan inte skriva filen: Det finns inget utrymme kvar på enheten"
std::string describe(const WriteError& error, Lang lang);

}  // namespace ramkoll
