#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages the project needs to build, run and test. Idempotent: installs only what is missing.
# Usage: scripts/deps.sh [MORE_PACKAGES...] (scripts/package.sh adds what the package build needs).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-svg-dev qt6-qpa-plugins libqt6svg6
    qtkeychain-qt6-dev libsecret-1-0 libgl-dev
    libgpgme-dev gpg gpg-agent  # the encrypted passcode export (OpenPGP through GPGME; gpg runs the engine)
    libgtest-dev libgmock-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick
    desktop-file-utils appstream clang-format
    clang-14 libclang-rt-14-dev  # the fuzz build (libFuzzer; cmake/Fuzzing.cmake fails without it)
    python3 time  # tests/bench/ctl/bench_ctl.py: the plain fetch it compares with, and peak RSS
    python3-msal python3-cryptography  # tests/integration/msal: Microsoft's MSAL for Python against the sandbox
    "$@"
)

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
