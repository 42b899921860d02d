#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""passcodectl at tenant scale (issue 10, item 6): `devices list` against a plain fetch of the same pages.

Starts a standalone passcode-sandbox with N devices (throttling off), gets a token from its control endpoint
(POST /sandbox/token), then alternates, for --runs rounds:

  plain   this script in --plain-fetch mode: urllib + json, the same $select, $top and Prefer header as
          passcodectl, following @odata.nextLink, every page parsed (json.loads), nothing printed;
  json    passcodectl --graph-url URL --access-token T devices list --json > /dev/null
  csv     ... devices list --csv > /dev/null
  table   ... devices list > /dev/null

Each child runs under GNU time (/usr/bin/time; `apt-get install time`), which gives its peak resident memory
and CPU time (user + system: the client's own cost, less sensitive than wall time to other work on the
machine); wall time is measured here around the child. Prints the best and the median of each, and the ratio of the
best to the best plain fetch. Several binaries can be compared in one run (--ctl before=PATH --ctl
after=PATH): they are alternated in the same rounds, so they share the machine's conditions.

  tests/bench/ctl/bench_ctl.py --sandbox build/app/sandbox/passcode-sandbox \
      --ctl build/app/ctl/passcodectl --devices 100000 --runs 5

Exit status: 0, or 1 when a run failed or printed a wrong number of devices (--check, used by ctest's smoke
test on a small tenant).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

# DeviceDirectoryLoader::listProperties(): what passcodectl asks for.
SELECT = ",".join([
    "id", "deviceName", "operatingSystem", "osVersion", "managedDeviceOwnerType", "managementAgent",
    "managementState", "deviceEnrollmentType", "joinType", "azureADRegistered", "deviceType",
    "complianceState", "userPrincipalName", "userDisplayName", "lastSyncDateTime", "enrolledDateTime",
    "model", "manufacturer", "serialNumber", "imei", "phoneNumber",
])
TIME = "/usr/bin/time"


def plain_fetch(base, token, page_size):
    """The baseline: every page fetched and parsed, nothing else. Prints the device count on stdout."""
    query = urllib.parse.urlencode({"$select": SELECT, "$top": str(page_size)}, safe="$,")
    url = base.rstrip("/") + "/beta/deviceManagement/managedDevices?" + query
    headers = {"Authorization": "Bearer " + token, "Prefer": "include-unknown-enum-members"}
    count = 0
    while url:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as reply:
            page = json.loads(reply.read())
        count += len(page["value"])
        url = page.get("@odata.nextLink")
    print(count)


def start_sandbox(path, devices):
    proc = subprocess.Popen([path, "--port", "0", "--devices", str(devices), "--throttle-scale", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = proc.stdout.readline().strip()
    if not base.startswith("http://"):
        proc.kill()
        sys.exit("passcode-sandbox did not print its URL")
    request = urllib.request.Request(base + "/sandbox/token", data=b"{}",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as reply:
        token = json.loads(reply.read())["access_token"]
    return proc, base, token


def timed(argv, env, stdout):
    """Runs argv under GNU time: (wall seconds, peak RSS in MB, CPU seconds (user + sys), exit status)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        status = subprocess.call([TIME, "-f", "@ %M %U %S", "-o", report.name] + argv, env=env, stdout=stdout,
                                 stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        lines = [l.split() for l in report.read().splitlines() if l.startswith("@ ")]
    if not lines:
        return wall, float("nan"), float("nan"), status
    _, rss, user, system = lines[-1]
    return wall, int(rss) / 1024, float(user) + float(system), status


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sandbox", help="passcode-sandbox executable")
    parser.add_argument("--ctl", action="append", default=[],
                        help="passcodectl executable, or LABEL=PATH (repeat to compare binaries)")
    parser.add_argument("--devices", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--formats", default="json,csv,table")
    parser.add_argument("--check", action="store_true",
                        help="also check that every run printed every device (for the smoke test)")
    parser.add_argument("--plain-fetch", nargs=2, metavar=("URL", "TOKEN"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.plain_fetch:
        plain_fetch(args.plain_fetch[0], args.plain_fetch[1], args.page_size)
        return 0
    if not args.sandbox or not args.ctl:
        parser.error("--sandbox and --ctl are required")
    if not os.access(TIME, os.X_OK):
        sys.exit("GNU time is missing: apt-get install time (scripts/deps.sh)")

    binaries = []
    for item in args.ctl:
        label, _, path = item.rpartition("=")
        binaries.append((label or "passcodectl", os.path.abspath(path)))
    formats = [f for f in args.formats.split(",") if f]
    flags = {"json": ["--json"], "csv": ["--csv"], "table": []}

    home = tempfile.TemporaryDirectory()
    env = dict(os.environ, HOME=home.name, XDG_CONFIG_HOME=home.name + "/config",
               XDG_DATA_HOME=home.name + "/data", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("QT_LOGGING_RULES", None)
    env.pop("PASSCODECTL_ACCESS_TOKEN", None)

    sandbox, base, token = start_sandbox(args.sandbox, args.devices)
    results = {}
    failed = False
    try:
        for _ in range(args.runs):
            jobs = [("plain", [sys.executable, os.path.abspath(__file__), "--page-size", str(args.page_size),
                               "--plain-fetch", base, token], None)]
            for label, path in binaries:
                for f in formats:
                    argv = [path, "--graph-url", base, "--access-token", token, "--journal",
                            home.name + "/journal.json", "--page-size", str(args.page_size), "devices", "list"]
                    jobs.append(("%s %s" % (label, f), argv + flags[f], f))
            for name, argv, fmt in jobs:
                if args.check:
                    with tempfile.TemporaryFile("w+") as out:
                        wall, rss, cpu, status = timed(argv, env, out)
                        out.seek(0)
                        text = out.read()
                    if fmt is None:
                        count = int(text.strip() or -1)
                    elif fmt == "json":
                        count = len(json.loads(text))
                    else:
                        count = len(text.splitlines()) - 1
                    if count != args.devices:
                        print("%s: %d devices instead of %d" % (name, count, args.devices), file=sys.stderr)
                        failed = True
                else:
                    wall, rss, cpu, status = timed(argv, env, subprocess.DEVNULL)
                if status != 0:
                    print("%s exited with %d" % (name, status), file=sys.stderr)
                    failed = True
                results.setdefault(name, []).append((wall, rss, cpu))
    finally:
        sandbox.terminate()
        sandbox.wait()

    load = os.getloadavg()
    print("devices %d, page size %d, %d runs each, load average %.1f %.1f %.1f" %
          (args.devices, args.page_size, args.runs, *load))
    plain_best = min(r[0] for r in results["plain"])
    print("| run | best wall | median wall | best / plain best | client CPU, best | peak RSS (max of runs) |")
    print("|---|---|---|---|---|---|")
    for name, runs in results.items():
        walls = [r[0] for r in runs]
        print("| %s | %.2f s | %.2f s | %.2fx | %.2f s | %.0f MB |" %
              (name, min(walls), statistics.median(walls), min(walls) / plain_best, min(r[2] for r in runs),
               max(r[1] for r in runs)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
