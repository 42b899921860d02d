# SPDX-License-Identifier: GPL-3.0-or-later
# PASSCODE_SANITIZE=ON builds everything with ASan + UBSan; CI runs the whole suite in such a build as well.
if(PASSCODE_SANITIZE)
    # float-cast-overflow is not part of "undefined": a server number converted out of range (a Retry-After of
    # 1e16 s, an @odata.count of 1e300) must fail the suite, not give garbage (core/common/Numbers.h).
    set(_passcode_san -fsanitize=address,undefined,float-cast-overflow
        -fno-sanitize-recover=undefined,float-cast-overflow -fno-omit-frame-pointer)
    target_compile_options(passcode_project_options INTERFACE ${_passcode_san})
    target_link_options(passcode_project_options INTERFACE ${_passcode_san})
endif()
