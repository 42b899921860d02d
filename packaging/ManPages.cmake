# SPDX-License-Identifier: GPL-3.0-or-later
# Man pages passcode-console(1), passcodectl(1) and passcode-sandbox(1), made at build time by
# packaging/help2roff.py from each built program's own --help, so that they cannot drift from the options.
# Gzipped without a timestamp (Debian policy 12.1). Sanitizer builds make none: their programs would run
# instrumented at build time.
option(PASSCODE_MAN_PAGES "Make the man pages from the programs' --help" ON)
set(PASSCODE_MAN_PAGE_FILES "")
if(NOT PASSCODE_MAN_PAGES OR PASSCODE_SANITIZE OR CMAKE_CROSSCOMPILING)
    return()
endif()
find_program(PYTHON3 python3)
find_program(GZIP gzip)
if(NOT PYTHON3 OR NOT GZIP)
    message(WARNING "python3 or gzip not found (scripts/deps.sh installs them): no man pages, and the "
        "packaging.man_pages test fails")
    return()
endif()

set(_man_dir "${CMAKE_CURRENT_BINARY_DIR}/man")
file(MAKE_DIRECTORY "${_man_dir}")
# program target; its NAME line
set(_man_pages
    "passcode-console|Microsoft Intune helpdesk console for device passcode actions"
    "passcodectl|command line for Intune device passcode actions"
    "passcode-sandbox|Intune-like Microsoft Graph and Entra ID server for training and tests")
foreach(_entry IN LISTS _man_pages)
    string(REPLACE "|" ";" _entry "${_entry}")
    list(GET _entry 0 _program)
    list(GET _entry 1 _name)
    set(_page "${_man_dir}/${_program}.1")
    add_custom_command(OUTPUT "${_page}.gz"
        COMMAND "${PYTHON3}" "${CMAKE_CURRENT_SOURCE_DIR}/help2roff.py" "$<TARGET_FILE:${_program}>" "${_name}"
            "${PROJECT_VERSION}" "${_page}"
        COMMAND "${GZIP}" -9nf "${_page}"
        DEPENDS ${_program} "${CMAKE_CURRENT_SOURCE_DIR}/help2roff.py"
        COMMENT "Man page ${_program}(1) from ${_program} --help"
        VERBATIM)
    list(APPEND PASSCODE_MAN_PAGE_FILES "${_page}.gz")
endforeach()
add_custom_target(passcode_man_pages ALL DEPENDS ${PASSCODE_MAN_PAGE_FILES})
install(FILES ${PASSCODE_MAN_PAGE_FILES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
