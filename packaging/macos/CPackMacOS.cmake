# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: passcode-console.app with the Qt frameworks deployed inside by macdeployqt (through Qt's deploy script),
# passcodectl and passcode-sandbox in bin/ beside it, and a DMG through CPack's DragNDrop generator. Not
# built on our Debian machines: packaging/macos/README.md says how, and what is unverified.
# https://cmake.org/cmake/help/latest/cpack_gen/dmg.html, https://doc.qt.io/qt-6/macos-deployment.html
set_target_properties(passcode-console PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "Passcode Console"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${PASSCODE_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Passcode Console developers (GPL-3.0-or-later)")
include("${CMAKE_CURRENT_LIST_DIR}/../Deploy.cmake")
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Passcode Console")
set(CPACK_DMG_FORMAT "UDZO")
