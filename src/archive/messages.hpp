// The archive's errors in words, Swedish or English: the one place they become text.
#pragma once

#include "archive/archive.hpp"
#include "common/lang.hpp"

#include <string>

namespace ramkoll::archive {

// "out/arkiv.sqlite: arkivet är skrivet av en nyare ramkoll (schemaversion 2; den här
// versionen läser 1)"
std::string describe(const Error& error, Lang lang);

}  // namespace ramkoll::archive
