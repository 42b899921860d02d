# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the project differs from what clang-format (.clang-format at the root) makes of it.
file(GLOB_RECURSE files
    "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/engine/*.h" "${ROOT}/engine/*.cpp"
    "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp"
    "${ROOT}/sandbox/*.h" "${ROOT}/sandbox/*.cpp" "${ROOT}/tests/*.h" "${ROOT}/tests/*.cpp")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-format differences (run: cmake --build build --target format):\n${out}")
endif()
