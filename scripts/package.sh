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
"$root/scripts/deps.sh"

# clang-14: the compiler; help2man: the man pages; dpkg-dev (dpkg-shlibdeps), file: CPack; lintian, and the
# shells whose completions the package test exercises (bash-completion, zsh, fish).
packages=(clang-14 help2man dpkg-dev file lintian bash-completion zsh fish)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

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
