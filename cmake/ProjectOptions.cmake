# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile policy; every target of the project links it.
# Warnings per compiler: GCC and Clang (Debian's clang-14 builds the package in CI) share the GNU-style flags;
# MSVC gets its own equivalents (packaging/windows/README.md). PASSCODE_WERROR makes every warning an error.
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
if(MSVC)
    # /W4: the level of -Wall -Wextra; /permissive-: standard conformance; /utf-8: sources and execution
    # character set are UTF-8 (our sources hold French text); /Zc:__cplusplus: Qt 6 requires it.
    target_compile_options(passcode_project_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    # <windows.h> without its min and max macros (they break std::min, std::max and numeric_limits).
    target_compile_definitions(passcode_project_options INTERFACE NOMINMAX)
    if(PASSCODE_WERROR)
        target_compile_options(passcode_project_options INTERFACE /WX)
    endif()
elseif(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(passcode_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough
        -Wcast-qual -Wformat=2)
    if(PASSCODE_WERROR)
        target_compile_options(passcode_project_options INTERFACE -Werror)
    endif()
else()
    message(WARNING "Compiler ${CMAKE_CXX_COMPILER_ID}: no warning flags set (cmake/ProjectOptions.cmake)")
endif()
