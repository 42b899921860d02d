#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 2: install what is needed, build, and run the whole suite twice: in a normal build with warnings as
# errors, and in an AddressSanitizer + UndefinedBehaviorSanitizer build. Each run happens inside its own private
# D-Bus session with an unlocked gnome-keyring (so keychain tests are real) and the offscreen Qt platform.
# PASSCODE_TEST_BUILDS="normal" (or "asan") runs one build only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"

builds=${PASSCODE_TEST_BUILDS:-"normal asan"}
status=0
for b in $builds; do
    case $b in
    normal) dir="$root/build-ci" opts=(-DPASSCODE_WERROR=ON) ;;
    asan) dir="$root/build-asan" opts=(-DPASSCODE_WERROR=ON -DPASSCODE_SANITIZE=ON -DPASSCODE_BUILD_BENCH=OFF) ;;
    *) echo "unknown build '$b'" >&2; exit 2 ;;
    esac
    echo "=== $b build: $dir"
    "$root/scripts/build.sh" "$dir" "${opts[@]}"
    echo "=== $b build: tests"
    "$root/scripts/with-keyring.sh" ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" \
        --timeout 300 || status=1
done
exit $status
