#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: a Release build with clang-14 and warnings as errors (the project's second compiler),
# without tests and benchmarks (the libraries and the three programs only), then CPack's .deb.
# Usage: scripts/package.sh [BUILD_DIR] (default build-package). Idempotent; installs what it needs (root or sudo).
# The .deb is left in BUILD_DIR; `ctest --test-dir BUILD_DIR -L package` installs, runs, lints and removes it
# (docs/PACKAGING.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-"$root/build-package"}
# With the project's packages: clang-14, the compiler; dpkg-dev (dpkg-shlibdeps) and file
# for CPack; lintian, and the shells whose completions the package test exercises (bash-completion, zsh, fish).
"$root/scripts/deps.sh" clang-14 dpkg-dev file lintian bash-completion zsh fish

# Debian's hardening (what dpkg-buildflags asks for, without its -g): lintian checks for it.
hardening="-fstack-protector-strong -D_FORTIFY_SOURCE=2 -fcf-protection"
cmake -S "$root" -B "$dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS="$hardening" \
    -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro -Wl,-z,now" \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
    -DPASSCODE_WERROR=ON \
    -DPASSCODE_BUILD_TESTS=OFF \
    -DPASSCODE_BUILD_BENCH=OFF \
    -DPASSCODE_PACKAGE_TESTS=ON \
    "${@:2}" >/dev/null
cmake --build "$dir" --parallel "$(nproc)"
(cd "$dir" && cpack -G DEB >/dev/null)
ls "$dir"/passcode-console_*.deb
