# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: DEB and TGZ on Linux (scripts/package.sh), WiX MSI on Windows (packaging/windows), DragNDrop DMG on macOS
# (packaging/macos). https://cmake.org/cmake/help/latest/manual/cpack-generators.7.html
set(CPACK_PACKAGE_NAME "passcode-console")
set(CPACK_PACKAGE_VENDOR "Passcode Console developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters: the DEB generator keeps them as they are (lintian checks the width).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A desktop console and a command line for helpdesk technicians who manage\n"
    "devices with Microsoft Intune: find a device, see whether its passcode can be\n"
    "reset or removed and why not, send the action, follow it and read the new\n"
    "passcode, one device or a whole fleet at a time, within Intune's write limits.\n"
    "\n"
    "A built-in sandbox tenant simulates an Intune tenant for training and\n"
    "demonstrations; passcode-sandbox serves it on its own for other clients.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${CPACK_PACKAGE_VENDOR} <${PASSCODE_PACKAGE_CONTACT}>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# The licence text the Windows installer shows (CMake's own Copyright.txt otherwise).
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/license-notice.txt")
set(CPACK_STRIP_FILES ON)
# Directories CPack makes itself (usr/, usr/share/...) get 0755 whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
    include("${CMAKE_CURRENT_SOURCE_DIR}/windows/CPackWindows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_SOURCE_DIR}/macos/CPackMacOS.cmake")
else()
    set(CPACK_GENERATOR "TGZ;DEB")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # Shared libraries (Qt, QtKeychain, libgpgme11) come from shlibdeps, libqt6svg6 with them (it also holds the
    # SVG icon engine plugin); these are loaded or run at run time: the keychain's Secret Service library
    # (dlopened by QtKeychain), and gpg with its agent, which GPGME runs for the encrypted passcode export. Qt's
    # xcb platform is in libqt6gui6; qt6-wayland brings Wayland's, a keyring daemon keeps the sign-in.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, gpg, gpg-agent")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()
include(CPack)
