#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk passcode reset at fleet scale (issue 11, point 8): `passcodectl reset --from-file ... --yes` of N eligible
devices against a standalone passcode-sandbox that throttles at Intune's limits (200 writes per window per app,
400 per tenant), with the window shortened so that the run takes seconds instead of minutes.

  1. starts passcode-sandbox --throttle-scale 1 --throttle-window-ms W (a tenant big enough for N eligible
     devices), gets a token from its control endpoint;
  2. chooses N devices the plan calls eligible (`reset --from-file ... --json` without --yes prints the plan);
  3. runs `passcodectl reset --from-file F --yes --reason BENCH --json --write-window-ms W` (the client's write
     budget: 150 per window, passcodectl's default, over the same shortened window), with core's HTTP
     diagnostics on stderr (QT_LOGGING_RULES) to count requests and 429s;
  4. counts the sandbox's actions per device (GET remoteActionAudits, before and after).

Reports: wall time of the run; its send phase (first to last device line of --json, i.e. from the first answer
to the last) against the floor the write limit imposes, (ceil(N / 150) - 1) * W; HTTP requests per device;
429s drawn (whole $batch answers and items sent again after a 429); devices that got 0, 1 or 2+ actions.
Targets (docs/BENCHMARKS.md): within 1.1x of the floor, no 429 under the default budget, 0 duplicates.

Baseline, in the same run and against the same sandbox (--baseline, on by default): the plain script a helpdesk
writes today, one POST .../resetPasscode after the other for N other eligible devices, sleeping the Retry-After of
a 429 and sending that device again (Python urllib; the PowerShell loop of graph-intune.md without the error
handling it usually lacks). Reports its wall time, the 429s it drew and its actions per device.

  tests/bench/ctl/bench_bulk.py --sandbox build/app/sandbox/passcode-sandbox \\
      --ctl build/app/ctl/passcodectl --eligible 1000 --window-ms 2000

Exit status: 0, or 1 with --check when a device got two actions, an eligible device got none, or a run failed.
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROWS = [1, 2, 9, 10, 11, 13, 14, 15, 16]  # iOS/iPadOS and Android rows of passcode-support.md
CLIENT_BUDGET = 150  # passcodectl's default writes per window


def call(base, path, token=None, body=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None if body is None else json.dumps(body).encode()
    with urllib.request.urlopen(urllib.request.Request(base + path, data=data, headers=headers)) as reply:
        return json.loads(reply.read() or b"{}")


def audits_per_device(base, token):
    counts = {}
    url = "/beta/deviceManagement/remoteActionAudits"
    while url:
        page = call(base, url, token)
        for row in page.get("value", []):
            counts[row.get("managedDeviceId")] = counts.get(row.get("managedDeviceId"), 0) + 1
        url = page.get("@odata.nextLink", "")
        url = url[len(base):] if url.startswith(base) else url
    return counts


def plain_loop(base, token, ids):
    """The plain script: one resetPasscode after the other; on a 429, sleep its Retry-After and send again."""
    refused = 0
    started = time.perf_counter()
    for device in ids:
        while True:
            request = urllib.request.Request(
                base + "/beta/deviceManagement/managedDevices/%s/resetPasscode" % device, data=b"",
                headers={"Authorization": "Bearer " + token}, method="POST")
            try:
                with urllib.request.urlopen(request) as reply:
                    reply.read()
                break
            except urllib.error.HTTPError as error:
                if error.code != 429:
                    break
                refused += 1
                time.sleep(float(error.headers.get("Retry-After") or 1))
    return time.perf_counter() - started, refused


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sandbox", required=True, help="passcode-sandbox executable")
    parser.add_argument("--ctl", required=True, help="passcodectl executable")
    parser.add_argument("--eligible", type=int, default=1000, help="devices in the run (all eligible)")
    parser.add_argument("--window-ms", type=int, default=2000,
                        help="throttling window of the sandbox and of the client's budget (Intune: 20000)")
    parser.add_argument("--max-writes", type=int, default=CLIENT_BUDGET,
                        help="the client's write budget per window (passcodectl's default: 150)")
    parser.add_argument("--check", action="store_true", help="exit 1 on a duplicate, a missing action or a failure")
    parser.add_argument("--log", help="keep passcodectl's diagnostics (stderr) in this file")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="skip the plain sequential loop run after passcodectl's")
    args = parser.parse_args()

    devices = max(4000, args.eligible * (10 if args.baseline else 5))
    sandbox = subprocess.Popen([args.sandbox, "--port", "0", "--devices", str(devices), "--seed", "11",
                                "--throttle-scale", "1", "--throttle-window-ms", str(args.window_ms)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base = sandbox.stdout.readline().strip()
        if not base.startswith("http://"):
            sys.exit("passcode-sandbox did not print its URL")
        token = call(base, "/sandbox/token", body={})["access_token"]
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp, HOME=tmp)
            env.pop("QT_LOGGING_RULES", None)
            common = [args.ctl, "--graph-url", base, "--access-token", token, "--journal",
                      os.path.join(tmp, "journal.json"), "--write-window-ms", str(args.window_ms),
                      "--max-writes", str(args.max_writes)]

            # Candidates, then the plan's verdict on them: N eligible ones.
            ids = []
            for row in ROWS:
                for d in call(base, "/sandbox/devices?row=%d&limit=%d" % (row, devices))["value"]:
                    if d.get("connectivity") == "online" and d.get("managementState") == "managed":
                        ids.append(d["id"])
            candidates = os.path.join(tmp, "candidates.txt")
            with open(candidates, "w") as f:
                f.write("\n".join(ids) + "\n")
            plan = subprocess.run(common + ["reset", "--from-file", candidates, "--json"], env=env,
                                  capture_output=True, text=True)
            planned = [o["deviceId"] for o in map(json.loads, plan.stdout.splitlines())
                       if o.get("state") == "planned"]
            needed = args.eligible * (2 if args.baseline else 1)
            if len(planned) < needed:
                sys.exit("only %d eligible devices in the tenant (exit %d): %s"
                         % (len(planned), plan.returncode, plan.stderr.strip()))
            chosen = planned[:args.eligible]
            others = planned[args.eligible:needed]
            fleet = os.path.join(tmp, "fleet.txt")
            with open(fleet, "w") as f:
                f.write("# bench_bulk.py\n" + "\n".join(chosen) + "\n")

            before = audits_per_device(base, token)
            call(base, "/sandbox/throttle/reset", body={})
            env_run = dict(env, QT_LOGGING_RULES="passcode.graph.http.debug=true")
            started = time.perf_counter()
            # stderr (the diagnostics) to a file: a pipe read only at the end would fill up and block the run.
            with tempfile.TemporaryFile("w+") as log:
                run = subprocess.Popen(common + ["reset", "--from-file", fleet, "--yes", "--reason", "BENCH",
                                                 "--json"], env=env_run, stdout=subprocess.PIPE, stderr=log, text=True)
                stamps = []
                lines = []
                for line in run.stdout:
                    stamps.append(time.perf_counter())
                    lines.append(json.loads(line))
                status = run.wait()
                wall = time.perf_counter() - started
                log.seek(0)
                stderr = log.read()
            if args.log:
                with open(args.log, "w") as kept:
                    kept.write(stderr)
            throttling = call(base, "/sandbox/state").get("throttling", {})  # passcodectl's run only
            if args.baseline:
                call(base, "/sandbox/throttle/reset", body={})
            baseline = plain_loop(base, token, others) if args.baseline else None
    finally:
        after = None
        throttling = locals().get("throttling", {})
        baseline = locals().get("baseline")
        if sandbox.poll() is None:
            try:
                after = audits_per_device(base, token)
            except Exception:  # noqa: BLE001 - reported below as missing
                pass
            sandbox.terminate()
            sandbox.wait()

    items = [o for o in lines if "deviceId" in o]
    summary = lines[-1] if lines and "runId" in lines[-1] else {}
    requests = len(re.findall(r"^passcode\.graph\.http: -> ", stderr, re.M))
    whole_429 = len(re.findall(r"^passcode\.graph\.http: <- 429 ", stderr, re.M))
    items_429 = sum(int(n) for n in re.findall(r"batch: sending (\d+) request\(s\) again", stderr))
    deltas = [(after or {}).get(i, 0) - before.get(i, 0) for i in chosen]
    duplicates = sum(1 for d in deltas if d > 1)
    missing = sum(1 for d in deltas if d < 1)
    floor = (math.ceil(len(chosen) / args.max_writes) - 1) * args.window_ms / 1000.0
    send = (stamps[-2] - stamps[0]) if len(stamps) > 2 else float("nan")

    print("devices            %d eligible (tenant of %d), window %d ms, client budget %d per window"
          % (len(chosen), devices, args.window_ms, args.max_writes))
    print("exit               %d; counts %s" % (status, json.dumps(summary.get("counts", {}), sort_keys=True)))
    print("wall               %.2f s (process start to end: selection, plan reads, sending)" % wall)
    print("send phase         %.2f s, floor %.2f s, ratio %s" % (send, floor, "%.2f" % (send / floor) if floor else "-"))
    print("requests           %d HTTP requests, %.3f per device" % (requests, requests / max(1, len(chosen))))
    print("429s               sandbox: %s refused (%s writes); client: %d whole answers, %d batch items sent again"
          % (throttling.get("refused", "?"), throttling.get("refusedWrites", "?"), whole_429, items_429))
    print("actions per device 0: %d, 1: %d, 2+: %d (duplicates)" % (missing, len(chosen) - missing - duplicates,
                                                                  duplicates))
    if baseline:
        wall_b, refused_b = baseline
        deltas_b = [(after or {}).get(i, 0) - before.get(i, 0) for i in others]
        print("baseline           plain sequential loop, %d other devices, Retry-After honoured: wall %.2f s "
              "(%.2fx passcodectl's wall), %d 429s drawn; actions per device 0: %d, 1: %d, 2+: %d"
              % (len(others), wall_b, wall_b / wall if wall else float("nan"), refused_b,
                 sum(1 for d in deltas_b if d < 1), sum(1 for d in deltas_b if d == 1),
                 sum(1 for d in deltas_b if d > 1)))
    if args.check and (duplicates or missing or status not in (0,) or len(items) != len(chosen)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
