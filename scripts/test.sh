#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 2: install what is needed, build, and run the whole suite in four builds: a normal build (gcc) with
# warnings as errors, an AddressSanitizer + UndefinedBehaviorSanitizer build (clang-14), the fuzz build (clang-14
# with libFuzzer, ASan and UBSan; core, sandbox and tests/fuzz only: each fuzz target runs for 10 s over its seed
# corpus, docs/DEVELOPMENT.md "Fuzzing"), and the package build (scripts/package.sh:
# clang-14, Release, warnings as errors, no test suite; its .deb is installed, run, linted and removed by the
# package tests, as root). Each run happens inside its own private D-Bus session with an unlocked gnome-keyring
# (so keychain tests are real) and the offscreen Qt platform.
# PASSCODE_TEST_BUILDS="normal" (or "asan", "fuzz", "package", or several of them) runs those builds only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"

builds=${PASSCODE_TEST_BUILDS:-"normal asan fuzz package"}
status=0
for b in $builds; do
    case $b in
    # -g1 (line tables: enough for ASan's and gdb's stack traces) instead of -g: 26 % less compile time per file,
    # measured on DeviceOverviewPage.cpp under ASan (21.0 → 15.6 s); the optimisation level, and so the
    # warnings, stay those of RelWithDebInfo.
    normal) dir="$root/build-ci" opts=(-DPASSCODE_WERROR=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG") ;;
    # The sanitizer build uses clang-14: its ASan + UBSan objects compile in about half gcc's time (the whole
    # build 36 CPU-minutes against 64, docs/BENCHMARKS.md "CI time"), and every file also passes clang's
    # warnings as errors.
    asan) dir="$root/build-asan" opts=(-DCMAKE_CXX_COMPILER=clang++-14 -DPASSCODE_WERROR=ON -DPASSCODE_SANITIZE=ON
        -DPASSCODE_BUILD_BENCH=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG") ;;
    fuzz) dir="$root/build-fuzz" opts=(-DCMAKE_CXX_COMPILER=clang++-14 -DPASSCODE_FUZZ=ON -DPASSCODE_BUILD_TESTS=OFF
        -DPASSCODE_WERROR=ON) ;;
    package) dir="$root/build-package" opts=() ;;
    *) echo "unknown build '$b'" >&2; exit 2 ;;
    esac
    echo "=== $b build: $dir"
    if [ "$b" = package ]; then
        "$root/scripts/package.sh" "$dir"
    else
        "$root/scripts/build.sh" "$dir" "${opts[@]}"
    fi
    echo "=== $b build: tests"
    "$root/scripts/with-keyring.sh" ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" \
        --timeout 300 || status=1
done
exit $status
