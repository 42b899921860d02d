# SPDX-License-Identifier: GPL-3.0-or-later
# FindGpgme: GPGME, the library that drives gpg (the encrypted passcode export, core/common/OpenPgpFile).
# Defines the imported target Gpgme::Gpgme and Gpgme_VERSION. Looks in this order: pkg-config `gpgme`
# (GPGME >= 1.13 ships gpgme.pc), then `gpgme-config`, then the header and library themselves.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_GPGME QUIET IMPORTED_TARGET GLOBAL gpgme)
endif()

if(PC_GPGME_FOUND)
    set(Gpgme_VERSION "${PC_GPGME_VERSION}")
    if(NOT TARGET Gpgme::Gpgme)
        add_library(Gpgme::Gpgme ALIAS PkgConfig::PC_GPGME)
    endif()
else()
    find_program(GPGME_CONFIG gpgme-config)
    if(GPGME_CONFIG)
        execute_process(COMMAND "${GPGME_CONFIG}" --prefix OUTPUT_VARIABLE _gpgme_prefix
            OUTPUT_STRIP_TRAILING_WHITESPACE)
        execute_process(COMMAND "${GPGME_CONFIG}" --version OUTPUT_VARIABLE Gpgme_VERSION
            OUTPUT_STRIP_TRAILING_WHITESPACE)
    endif()
    find_path(Gpgme_INCLUDE_DIR gpgme.h HINTS "${_gpgme_prefix}/include")
    find_library(Gpgme_LIBRARY NAMES gpgme HINTS "${_gpgme_prefix}/lib")
    if(NOT Gpgme_VERSION AND Gpgme_INCLUDE_DIR AND EXISTS "${Gpgme_INCLUDE_DIR}/gpgme.h")
        file(STRINGS "${Gpgme_INCLUDE_DIR}/gpgme.h" _gpgme_version_line REGEX "^#define GPGME_VERSION \"")
        string(REGEX REPLACE "^#define GPGME_VERSION \"([^\"]*)\".*" "\\1" Gpgme_VERSION "${_gpgme_version_line}")
    endif()
    if(Gpgme_INCLUDE_DIR AND Gpgme_LIBRARY AND NOT TARGET Gpgme::Gpgme)
        add_library(Gpgme::Gpgme UNKNOWN IMPORTED GLOBAL)
        set_target_properties(Gpgme::Gpgme PROPERTIES
            IMPORTED_LOCATION "${Gpgme_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${Gpgme_INCLUDE_DIR}")
    endif()
endif()

include(FindPackageHandleStandardArgs)
if(TARGET Gpgme::Gpgme)
    set(_gpgme_target Gpgme::Gpgme)
endif()
find_package_handle_standard_args(Gpgme
    REQUIRED_VARS _gpgme_target
    VERSION_VAR Gpgme_VERSION
    REASON_FAILURE_MESSAGE "install libgpgme-dev (scripts/deps.sh)")
