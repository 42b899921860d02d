#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 1: install what is needed, build, and launch passcode-console against the sandbox tenant.
# Extra arguments go to passcode-console (e.g. --lang fr, --devices 5000).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" "$root/build" -DPASSCODE_BUILD_TESTS=OFF
app="$root/build/app/console/passcode-console"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting passcode-console on a virtual X display (Xvfb). Stop it with Ctrl+C." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --sandbox "$@"
fi
exec "$app" --sandbox "$@"
