# SPDX-License-Identifier: GPL-3.0-or-later
"""A program's --help as the packaging checks read it: in English, offscreen, and the --options it names."""
import os
import sys
import re
import subprocess


def read_help(program):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    return subprocess.run([program, "--help"], check=True, capture_output=True, text=True, env=env).stdout


def long_options(text):
    return sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", text)))


def report(problems, prefix, summary):
    """Prints each problem on stderr and the summary on stdout; the exit status: 1 if any problem."""
    for p in problems:
        print(f"{prefix}{p}", file=sys.stderr)
    print(summary)
    return 1 if problems else 0
