# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile policy; every target of the project links it.
add_library(passcode_project_options INTERFACE)
target_compile_features(passcode_project_options INTERFACE cxx_std_20)
target_compile_definitions(passcode_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_STRICT_ITERATORS)
target_compile_options(passcode_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough
    -Wcast-qual -Wformat=2)
if(PASSCODE_WERROR)
    target_compile_options(passcode_project_options INTERFACE -Werror)
endif()
