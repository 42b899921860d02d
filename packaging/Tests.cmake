# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of packaging/ (label packaging): in every build with tests, and in the package build (scripts/package.sh,
# PASSCODE_PACKAGE_TESTS=ON), which also has the tests that install the .deb on this machine (label package).
# A check whose tool is missing is registered as a failing test, never skipped.
if(NOT PASSCODE_BUILD_TESTS AND NOT PASSCODE_PACKAGE_TESTS)
    return()
endif()
set(_tests "${CMAKE_CURRENT_SOURCE_DIR}/tests")
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
find_program(PYTHON3 python3)

# passcode_packaging_test(NAME name [LABELS ...] [MISSING what] COMMAND ...): MISSING names a tool not found, and
# the test then fails saying so.
function(passcode_packaging_test)
    cmake_parse_arguments(T "" "NAME;MISSING" "LABELS;COMMAND" ${ARGN})
    if(T_MISSING)
        add_test(NAME ${T_NAME} COMMAND "${CMAKE_COMMAND}" -E echo "${T_MISSING} not found (scripts/deps.sh)")
        set_tests_properties(${T_NAME} PROPERTIES WILL_FAIL TRUE)
        message(WARNING "${T_MISSING} not found: ${T_NAME} will fail")
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_COMMAND})
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "packaging;${T_LABELS}" TIMEOUT 300
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=en;QT_QPA_PLATFORM=offscreen")
endfunction()

if(DESKTOP_FILE_VALIDATE)
    passcode_packaging_test(NAME packaging.desktop_file_valid
        COMMAND ${DESKTOP_FILE_VALIDATE} "${_linux}/${PASSCODE_APP_ID}.desktop")
else()
    passcode_packaging_test(NAME packaging.desktop_file_valid MISSING desktop-file-validate)
endif()
if(APPSTREAMCLI)
    passcode_packaging_test(NAME packaging.metainfo_valid
        COMMAND ${APPSTREAMCLI} validate --no-net --pedantic "${_metainfo}")
else()
    passcode_packaging_test(NAME packaging.metainfo_valid MISSING appstreamcli)
endif()
passcode_packaging_test(NAME packaging.changelog_matches_version
    COMMAND "${CMAKE_COMMAND}" -DCHANGELOG=${PROJECT_SOURCE_DIR}/CHANGELOG.md -DMETAINFO=${_metainfo}
        -DVERSION=${PROJECT_VERSION} -DMODULE=${PROJECT_SOURCE_DIR}/cmake/ChangelogReleases.cmake
        -P "${_tests}/CheckChangelog.cmake")
foreach(_program passcode-console passcodectl passcode-sandbox)
    passcode_packaging_test(NAME packaging.version_${_program}
        COMMAND "${CMAKE_COMMAND}" -DPROGRAM=$<TARGET_FILE:${_program}> -DNAME=${_program}
            -DVERSION=${PROJECT_VERSION} -P "${_tests}/CheckVersion.cmake")
endforeach()

if(NOT PYTHON3)
    passcode_packaging_test(NAME packaging.completions_cover_help MISSING python3)
elseif(UNIX AND NOT APPLE)
    passcode_packaging_test(NAME packaging.completions_cover_help
        COMMAND ${PYTHON3} "${_tests}/check_completions.py" $<TARGET_FILE:passcodectl> "${_completions}")
    # The check itself can fail: a help naming an option and a command no completion file has.
    passcode_packaging_test(NAME packaging.completions_check_fails_on_missing
        COMMAND ${PYTHON3} "${_tests}/check_completions.py" unused "${_completions}"
            --help-text "${_tests}/help-not-completed.txt")
    set_tests_properties(packaging.completions_check_fails_on_missing PROPERTIES WILL_FAIL TRUE
        FAIL_REGULAR_EXPRESSION "Traceback|could not read")
    if(PASSCODE_MAN_PAGE_FILES)
        foreach(_program passcode-console passcodectl passcode-sandbox)
            passcode_packaging_test(NAME packaging.man_page_${_program}
                COMMAND ${PYTHON3} "${_tests}/check_man_pages.py"
                    "${CMAKE_CURRENT_BINARY_DIR}/man/${_program}.1.gz" $<TARGET_FILE:${_program}>)
        endforeach()
    elseif(NOT PASSCODE_SANITIZE AND PASSCODE_MAN_PAGES)
        passcode_packaging_test(NAME packaging.man_pages MISSING "python3 or gzip")
    endif()
endif()

# The built package, installed on this machine (root; scripts/package.sh builds it first).
if(PASSCODE_PACKAGE_TESTS)
    find_program(LINTIAN lintian)
    # cpack first (a fixture): the tests always see a package of the build as it is.
    add_test(NAME packaging.deb_build COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB
        WORKING_DIRECTORY "${PROJECT_BINARY_DIR}")
    set_tests_properties(packaging.deb_build PROPERTIES FIXTURES_SETUP deb LABELS "packaging;package"
        TIMEOUT 600 RESOURCE_LOCK deb)
    passcode_packaging_test(NAME packaging.deb_install LABELS package
        COMMAND "${_tests}/deb-install-test.sh" "${PROJECT_BINARY_DIR}" "${PROJECT_VERSION}")
    if(LINTIAN)
        # Errors and warnings fail; each accepted tag is overridden with its reason (packaging/debian/).
        passcode_packaging_test(NAME packaging.lintian LABELS package
            COMMAND sh -c "exec \"$0\" --fail-on error,warning --display-info --no-tag-display-limit \"$1\"/passcode-console_\"$2\"_*.deb"
                "${LINTIAN}" "${PROJECT_BINARY_DIR}" "${PROJECT_VERSION}")
    else()
        passcode_packaging_test(NAME packaging.lintian LABELS package MISSING lintian)
    endif()
    set_tests_properties(packaging.deb_install packaging.lintian PROPERTIES FIXTURES_REQUIRED deb
        RESOURCE_LOCK deb)
endif()
