# SPDX-License-Identifier: GPL-3.0-or-later
# Run at build time (cmake -P) by the passcode_buildinfo target: writes BuildInfo.cpp with the version and the
# commit (`git describe --always --dirty`, "unknown" outside git or without git), and touches it only when its
# text changes, so that an unchanged commit recompiles nothing and a new one recompiles this one file.
# In: SOURCE_DIR, TEMPLATE, OUTPUT, VERSION.
set(PASSCODE_BUILD_VERSION "${VERSION}")
set(PASSCODE_BUILD_COMMIT "unknown")
find_program(GIT_EXECUTABLE git)
if(GIT_EXECUTABLE AND EXISTS "${SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty
        WORKING_DIRECTORY "${SOURCE_DIR}"
        OUTPUT_VARIABLE _commit OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE _rc ERROR_QUIET)
    if(_rc EQUAL 0 AND _commit MATCHES "^[0-9A-Za-z._+-]+$")
        set(PASSCODE_BUILD_COMMIT "${_commit}")
    endif()
endif()
configure_file("${TEMPLATE}" "${OUTPUT}.tmp" @ONLY)
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
