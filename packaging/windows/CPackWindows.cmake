# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: an MSI through CPack's WiX generator, installed per user (no administrator rights), with the Qt
# runtime deployed beside the programs by windeployqt (through Qt's deploy script). Not built on our Debian
# machines: packaging/windows/README.md says how, and what is unverified.
# https://cmake.org/cmake/help/latest/cpack_gen/wix.html, https://doc.qt.io/qt-6/windows-deployment.html
include("${CMAKE_CURRENT_LIST_DIR}/../Deploy.cmake")
set(CPACK_GENERATOR "WIX;ZIP")
# Constant for the life of the product, so that a new MSI replaces the installed one (CPack's docs: generate it
# once, never reuse another project's). Never change it.
set(CPACK_WIX_UPGRADE_GUID "E9FBE4DC-A83B-4071-AA48-DA66E5E4C259")
# Per user: %LOCALAPPDATA%\Programs, no elevation (CPACK_WIX_INSTALL_SCOPE needs CMake 3.29 or later).
set(CPACK_WIX_INSTALL_SCOPE "perUser")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Passcode Console")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Passcode Console")
# Start menu shortcut: executable name; its label.
set(CPACK_PACKAGE_EXECUTABLES "passcode-console;Passcode Console")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
