# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS: Qt's deploy script runs windeployqt (Windows) or macdeployqt (macOS) at install time, so that
# `cmake --install` and CPack's packages carry the Qt libraries, plugins (platform, TLS, SVG icons) and Qt's own
# translations. https://doc.qt.io/qt-6/qt-generate-deploy-app-script.html (Qt 6.3 and later). The console links
# everything passcodectl and passcode-sandbox link, so deploying it deploys theirs too.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET passcode-console OUTPUT_SCRIPT _passcode_deploy_script)
else()
    qt_generate_deploy_app_script(TARGET passcode-console FILENAME_VARIABLE _passcode_deploy_script)
endif()
install(SCRIPT "${_passcode_deploy_script}")
