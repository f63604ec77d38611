# Initial cache of the sanitizer build (cmake -C cmake/sanitize.cmake -S . -B build-asan): clang
# with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer coverage. ./bootstrap test runs
# the test suite in it and fuzz/run.sh builds and runs the fuzz targets in the same folder.
set(CMAKE_C_COMPILER clang CACHE STRING "")
set(CMAKE_CXX_COMPILER clang++ CACHE STRING "")
set(CMAKE_BUILD_TYPE Debug CACHE STRING "")
# Debug keeps assert(); -O2 costs clang no more compile time than -O1 here and fuzzes faster.
set(CMAKE_CXX_FLAGS_DEBUG "-O2 -g1" CACHE STRING "")
set(CMAKE_C_FLAGS_DEBUG "-O2 -g1" CACHE STRING "")
set(RAMKOLL_SANITIZE ON CACHE BOOL "")
set(RAMKOLL_FUZZ ON CACHE BOOL "")
set(RAMKOLL_BENCH OFF CACHE BOOL "")
