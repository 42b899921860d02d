// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passcode::buildinfo {

/** The project's version (CMake's PROJECT_VERSION), e.g. "0.1.0". */
QString version();

/**
 * The commit the programs were built from: `git describe --always --dirty` at build time, "unknown" when the
 * sources are not a git checkout. Lives in one generated file (cmake/BuildInfo.cmake), so that a new commit
 * recompiles one small file and nothing else.
 */
QString commit();

/** What `--version` prints after the program's name: "0.1.0 (commit 6079111)". */
QString versionLine();

} // namespace passcode::buildinfo
