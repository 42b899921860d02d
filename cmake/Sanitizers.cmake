# SPDX-License-Identifier: GPL-3.0-or-later
# PASSCODE_SANITIZE=ON builds everything with ASan + UBSan; CI runs the whole suite in such a build as well.
if(PASSCODE_SANITIZE)
    set(_passcode_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(passcode_project_options INTERFACE ${_passcode_san})
    target_link_options(passcode_project_options INTERFACE ${_passcode_san})
endif()
