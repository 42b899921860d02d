#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a man page made by help2roff.py: it renders without warnings, and names every --option of the help.

Usage: check_man_pages.py PAGE.1.gz PROGRAM
"""
import gzip
import os
import re
import subprocess
import sys

from helptext import long_options, read_help, report


def main(args):
    page, program = args
    options = long_options(read_help(program))
    roff = gzip.open(page, "rt", encoding="utf-8").read()
    # help2roff.py writes a hyphen as \- ; man renders it back (as U+2010 or U+2212 in some places).
    rendered = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", page], capture_output=True, text=True,
                              env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", MANWIDTH="100"))
    problems = []
    if rendered.returncode != 0 or rendered.stderr.strip():
        problems.append(f"man --warnings: exit {rendered.returncode}: {rendered.stderr.strip()}")
    text = re.sub(r".\x08", "", rendered.stdout).replace("\u2010", "-").replace("\u2212", "-")
    problems += [f"option {o} not in the page" for o in options if o not in text]
    if not re.search(r"^\.SH NAME", roff, re.M) or not options:
        problems.append("no NAME section or no options read")
    return report(problems, f"{page}: ", f"{page}: {len(options)} options of {os.path.basename(program)} --help found")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
