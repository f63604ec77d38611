// An output that cannot be written, said once for every command (see write_failure.hpp).
#include "cli/write_failure.hpp"

#include "common/write_error.hpp"

#include <exception>
#include <iostream>

namespace ramkoll::cli {

bool written(Lang lang, const std::function<void()>& write) {
    try {
        write();
        return true;
    } catch (const WriteError& e) {
        std::cerr << describe(e, lang) << "\n";
    } catch (const std::exception& e) {   // a folder that cannot be made, libxlsxwriter's own failures
        std::cerr << e.what() << "\n";
    }
    return false;
}

}  // namespace ramkoll::cli
