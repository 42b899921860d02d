#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`passcodectl devices find --all-tenants` against N remote-like tenants (issue 12, points 4 and 5).

  1. starts N standalone passcode-sandbox processes (distinct seeds, --devices D each, throttling off), and
     reads the serial number of the LAST device of the last tenant's list (the last page: what a list would
     reach last);
  2. sets --latency ms of latency on every Graph request of every sandbox (POST /sandbox/faults), as a remote
     Graph answers;
  3. adds the N sandboxes to a throwaway roster (`passcodectl tenants add`);
  4. times, --runs times each (the median is reported):
       - all:        `passcodectl devices find SERIAL --all-tenants --json`  (the tenants asked at once)
       - sequential: `passcodectl --tenant T devices find SERIAL --json` for each tenant, one after the other
                     (the sum: what asking the tenants one by one costs)
       - list+grep:  `passcodectl --tenant LAST devices list --json` piped to a search for SERIAL, on the one
                     tenant that has it (today's way without find; once, it takes the whole list)

  tests/bench/ctl/bench_find.py --sandbox build/app/sandbox/passcode-sandbox --ctl build/app/ctl/passcodectl \\
      --tenants 3 --devices 100000 --latency 300 --runs 5

Exit status: 0, or 1 with --check when a run did not find exactly the one device, in the right tenant.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench_bulk import call  # the same small HTTP helper (this folder is on sys.path when run as a script)


def last_device(base):
    """The last device of the tenant's list (every page read, before any latency is set)."""
    token = call(base, "/sandbox/token", body={})["access_token"]
    url = "/beta/deviceManagement/managedDevices?$top=1000&$select=id,serialNumber"
    last = None
    while url:
        page = call(base, url, token)
        if page.get("value"):
            last = page["value"][-1]
        url = page.get("@odata.nextLink", "")
        url = url[len(base):] if url.startswith(base) else url
    return last


def timed(command, env):
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - started, done


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sandbox", required=True, help="passcode-sandbox executable")
    parser.add_argument("--ctl", required=True, help="passcodectl executable")
    parser.add_argument("--tenants", type=int, nargs="+", default=[1, 2, 3], help="tenant counts to measure")
    parser.add_argument("--devices", type=int, default=100000, help="devices per tenant")
    parser.add_argument("--latency", type=int, default=300, help="ms added to every Graph request")
    parser.add_argument("--runs", type=int, default=5, help="runs of each find measurement (median)")
    parser.add_argument("--no-list", dest="list", action="store_false", help="skip the list+grep baseline")
    parser.add_argument("--check", action="store_true", help="exit 1 when a run found the wrong devices")
    args = parser.parse_args()

    count = max(args.tenants)
    sandboxes = []
    failures = []
    try:
        for i in range(count):
            p = subprocess.Popen([args.sandbox, "--port", "0", "--devices", str(args.devices), "--seed",
                                  str(101 + i), "--throttle-scale", "0"],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            sandboxes.append(p)
            base = p.stdout.readline().strip()
            if not base.startswith("http://"):
                sys.exit("passcode-sandbox did not print its URL")
            p.base = base
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp, HOME=tmp)
            env.pop("QT_LOGGING_RULES", None)
            env.pop("PASSCODECTL_ACCESS_TOKEN", None)
            print("# %d devices per tenant, %d ms per Graph request, median of %d runs"
                  % (args.devices, args.latency, args.runs))
            print("%-8s %-12s %-14s %-14s %-12s" % ("tenants", "all (s)", "sequential (s)", "list+grep (s)",
                                                     "found"))
            for n in args.tenants:
                names = ["T%d" % (i + 1) for i in range(n)]
                # The roster of this measurement: exactly n tenants.
                for name in subprocess.run([args.ctl, "tenants", "list"], env=env, check=True,
                                           stdout=subprocess.PIPE, text=True).stdout.splitlines():
                    subprocess.run([args.ctl, "tenants", "remove", name.split("\t")[0]], env=env, check=True,
                                   stdout=subprocess.DEVNULL)
                for name, p in zip(names, sandboxes):
                    call(p.base, "/sandbox/faults/reset", body={})
                    subprocess.run([args.ctl, "tenants", "add", name, "--graph-url", p.base], env=env,
                                   check=True, stdout=subprocess.DEVNULL)
                target = last_device(sandboxes[n - 1].base)
                serial = target["serialNumber"]
                for p in sandboxes[:n]:
                    call(p.base, "/sandbox/faults", body={"latencyMs": args.latency})

                def check(done, expect_tenant):
                    lines = [json.loads(l) for l in done.stdout.splitlines() if l.strip()]
                    ok = done.returncode == 0 and [(d["id"], d["tenant"]) for d in lines] == \
                        [(target["id"], expect_tenant)]
                    if not ok:
                        failures.append("%d tenants: exit %d, %r, %s" % (n, done.returncode, lines,
                                                                          done.stderr.strip()))
                    return len(lines)

                all_times, seq_times = [], []
                found = 0
                for _ in range(args.runs):
                    t, done = timed([args.ctl, "devices", "find", serial, "--all-tenants", "--json"], env)
                    all_times.append(t)
                    found = check(done, names[-1])
                    total = 0.0
                    for name in names:
                        t, done = timed([args.ctl, "--tenant", name, "devices", "find", serial, "--json"], env)
                        total += t
                        if name == names[-1]:
                            check(done, name)
                    seq_times.append(total)
                list_time = float("nan")
                if args.list:
                    t, done = timed([args.ctl, "--tenant", names[-1], "devices", "list", "--json"], env)
                    list_time = t
                    if serial not in done.stdout or done.returncode != 0:
                        failures.append("%d tenants: devices list did not list %s" % (n, serial))
                print("%-8d %-12.2f %-14.2f %-14.2f %-12d" % (n, statistics.median(all_times),
                                                               statistics.median(seq_times), list_time, found))
                sys.stdout.flush()
    finally:
        for p in sandboxes:
            p.terminate()
        for p in sandboxes:
            p.wait()
    for f in failures:
        print("FAILED: " + f, file=sys.stderr)
    return 1 if failures and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
