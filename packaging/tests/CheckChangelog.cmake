# SPDX-License-Identifier: GPL-3.0-or-later
# ctest packaging.changelog_matches_version: the newest released version of CHANGELOG.md is the version CMake
# builds, and the installed metainfo's newest <release> is that version (release notes made from the changelog).
# In: CHANGELOG, METAINFO, VERSION, MODULE (cmake/ChangelogReleases.cmake).
include("${MODULE}")
passcode_changelog_releases("${CHANGELOG}" xml latest)
if(NOT latest STREQUAL VERSION)
    message(FATAL_ERROR "CHANGELOG.md's newest release is ${latest}, CMake builds ${VERSION}: release it in "
        "CHANGELOG.md ('## [${VERSION}] - YYYY-MM-DD') or set project(VERSION) to it")
endif()
file(READ "${METAINFO}" metainfo)
string(FIND "${metainfo}" "${xml}" at)
string(REGEX MATCH "<release version=\"([^\"]+)\"" first "${metainfo}")
if(at EQUAL -1 OR NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: its releases are not CHANGELOG.md's (newest: '${CMAKE_MATCH_1}'): "
        "reconfigure")
endif()
message(STATUS "CHANGELOG.md and the metainfo agree: newest release ${VERSION}")
