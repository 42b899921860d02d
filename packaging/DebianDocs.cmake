# SPDX-License-Identifier: GPL-3.0-or-later
# What Debian's policy asks of every package in /usr/share/doc/<package> (lintian checks it): the copyright file
# (machine-readable format), and, for a package without a Debian revision, changelog.gz in Debian's changelog
# format. The changelog's entries are the released versions of CHANGELOG.md (installed beside it, in full).
# Also the lintian overrides, each with its reason (packaging/debian/lintian-overrides).
set(_doc "${CMAKE_INSTALL_DATADIR}/doc/passcode-console")
set(_debian "${CMAKE_CURRENT_SOURCE_DIR}/debian")
install(FILES "${_debian}/copyright" DESTINATION "${_doc}")
install(FILES "${_debian}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
    RENAME passcode-console)

find_program(GZIP gzip)
find_program(DATE date)
if(NOT GZIP OR NOT DATE)
    message(WARNING "gzip or date not found: the package has no changelog.gz (lintian: no-changelog)")
    return()
endif()
file(STRINGS "${PROJECT_SOURCE_DIR}/CHANGELOG.md" _releases REGEX "^## \\[[0-9][^]]*\\] - [0-9-]+$")
set(_text "")
foreach(_line IN LISTS _releases)
    string(REGEX REPLACE "^## \\[([^]]+)\\] - ([0-9-]+)$" "\\1;\\2" _parts "${_line}")
    list(GET _parts 0 _version)
    list(GET _parts 1 _day)
    execute_process(COMMAND "${DATE}" -u -R -d "${_day} 12:00:00" OUTPUT_VARIABLE _when
        OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    string(APPEND _text "passcode-console (${_version}) unstable; urgency=medium\n\n"
        "  * Release ${_version}: see /usr/share/doc/passcode-console/CHANGELOG.md.gz.\n\n"
        " -- Passcode Console developers <${PASSCODE_PACKAGE_CONTACT}>  ${_when}\n\n")
endforeach()
string(STRIP "${_text}" _text)
set(_changelog "${CMAKE_CURRENT_BINARY_DIR}/debian/changelog")
file(CONFIGURE OUTPUT "${_changelog}" CONTENT "${_text}\n" @ONLY)
add_custom_command(OUTPUT "${_changelog}.gz" "${CMAKE_CURRENT_BINARY_DIR}/debian/CHANGELOG.md.gz"
    COMMAND "${GZIP}" -9nc "${_changelog}" > "${_changelog}.gz"
    COMMAND "${GZIP}" -9nc "${PROJECT_SOURCE_DIR}/CHANGELOG.md" > "${CMAKE_CURRENT_BINARY_DIR}/debian/CHANGELOG.md.gz"
    DEPENDS "${_changelog}" "${PROJECT_SOURCE_DIR}/CHANGELOG.md"
    COMMENT "changelog.gz for the Debian package")
add_custom_target(passcode_debian_changelog ALL
    DEPENDS "${_changelog}.gz" "${CMAKE_CURRENT_BINARY_DIR}/debian/CHANGELOG.md.gz")
install(FILES "${_changelog}.gz" "${CMAKE_CURRENT_BINARY_DIR}/debian/CHANGELOG.md.gz" DESTINATION "${_doc}")
