# SPDX-License-Identifier: GPL-3.0-or-later
# Man pages passcode-console(1), passcodectl(1) and passcode-sandbox(1), made at build time by help2man from each
# built program's own --help, so that they cannot drift from the options. Gzipped without a timestamp (Debian
# policy 12.1). Sanitizer builds make none: their programs would run instrumented at build time.
option(PASSCODE_MAN_PAGES "Make the man pages with help2man from the programs' --help" ON)
set(PASSCODE_MAN_PAGE_FILES "")
if(NOT PASSCODE_MAN_PAGES OR PASSCODE_SANITIZE OR CMAKE_CROSSCOMPILING)
    return()
endif()
find_program(HELP2MAN help2man)
find_program(GZIP gzip)
if(NOT HELP2MAN OR NOT GZIP)
    message(WARNING "help2man or gzip not found (scripts/deps.sh installs them): no man pages, and the "
        "packaging.man_pages test fails")
    return()
endif()

set(_man_dir "${CMAKE_CURRENT_BINARY_DIR}/man")
file(MAKE_DIRECTORY "${_man_dir}")
# program target; its NAME line (help2man --name)
set(_man_pages
    "passcode-console|Microsoft Intune helpdesk console for device passcode actions"
    "passcodectl|command line for Intune device passcode actions"
    "passcode-sandbox|Intune-like Microsoft Graph and Entra ID server for training and tests")
foreach(_entry IN LISTS _man_pages)
    string(REPLACE "|" ";" _entry "${_entry}")
    list(GET _entry 0 _program)
    list(GET _entry 1 _name)
    set(_page "${_man_dir}/${_program}.1")
    # The help in English whatever the builder's language; the console's QApplication needs no display.
    add_custom_command(OUTPUT "${_page}.gz"
        COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
            "${HELP2MAN}" --no-info --no-discard-stderr --section=1 "--name=${_name}"
            "--version-string=${PROJECT_VERSION}" "--output=${_page}" "$<TARGET_FILE:${_program}>"
        COMMAND "${GZIP}" -9nf "${_page}"
        DEPENDS ${_program}
        COMMENT "Man page ${_program}(1) from ${_program} --help"
        VERBATIM)
    list(APPEND PASSCODE_MAN_PAGE_FILES "${_page}.gz")
endforeach()
add_custom_target(passcode_man_pages ALL DEPENDS ${PASSCODE_MAN_PAGE_FILES})
install(FILES ${PASSCODE_MAN_PAGE_FILES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
