# SPDX-License-Identifier: GPL-3.0-or-later
# PASSCODE_FUZZ=ON: the fuzz build (docs/DEVELOPMENT.md, "Fuzzing"). Clang only, with libFuzzer (Debian:
# libclang-rt-14-dev, installed by scripts/deps.sh). Every object is built with ASan + UBSan (float-cast-overflow
# included; every report aborts) and libFuzzer's coverage instrumentation (-fsanitize=fuzzer-no-link); the targets in
# tests/fuzz link libFuzzer's main. Only core, the sandbox and the fuzz targets are built (CMakeLists.txt). Without
# clang or libFuzzer the configure step fails: the fuzz build is never skipped silently.
if(NOT PASSCODE_FUZZ)
    return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PASSCODE_FUZZ=ON needs clang (-DCMAKE_CXX_COMPILER=clang++-14), not "
        "${CMAKE_CXX_COMPILER_ID}")
endif()
if(PASSCODE_SANITIZE)
    message(FATAL_ERROR "PASSCODE_FUZZ=ON already sanitizes; leave PASSCODE_SANITIZE off")
endif()

set(PASSCODE_FUZZ_SANITIZERS -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer,address")
set(CMAKE_REQUIRED_LINK_OPTIONS "-fsanitize=fuzzer,address")
check_cxx_source_compiles([[
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }
]] PASSCODE_HAVE_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_LINK_OPTIONS)
if(NOT PASSCODE_HAVE_LIBFUZZER)
    message(FATAL_ERROR "PASSCODE_FUZZ=ON: ${CMAKE_CXX_COMPILER} cannot link libFuzzer (-fsanitize=fuzzer); "
        "install libclang-rt-14-dev (scripts/deps.sh)")
endif()

target_compile_options(passcode_project_options INTERFACE ${PASSCODE_FUZZ_SANITIZERS}
    -fsanitize=fuzzer-no-link)
target_link_options(passcode_project_options INTERFACE ${PASSCODE_FUZZ_SANITIZERS})
