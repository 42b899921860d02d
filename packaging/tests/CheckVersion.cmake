# SPDX-License-Identifier: GPL-3.0-or-later
# ctest packaging.version_*: PROGRAM --version prints "NAME VERSION (commit C)" and exits 0, where VERSION is the
# project's and C the commit (`git describe`) or "unknown". In: PROGRAM, NAME, VERSION.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen "${PROGRAM}" --version
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REPLACE "." "\\." version_re "${VERSION}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "^${NAME} ${version_re} \\(commit [0-9A-Za-z._+-]+\\)$")
    message(FATAL_ERROR "${PROGRAM} --version: exit ${rc}, printed '${out}' (${err}); expected "
        "'${NAME} ${VERSION} (commit ...)'")
endif()
message(STATUS "${out}")
