#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when `passcodectl --help` names a command or an option that a completion file does not complete.

Usage: check_completions.py PASSCODECTL COMPLETIONS_DIR [--help-text FILE]
Commands are the lines of the help's "Commands:" section (one or two words: "devices list", "login"); options are
every --word of the help. --help-text reads the help from FILE instead of running PASSCODECTL (the test that this
check can fail gives it a help with one option more).
"""
import re
import sys
from pathlib import Path

from helptext import long_options, read_help, report


def help_text(args):
    if len(args) > 3 and args[2] == "--help-text":
        return Path(args[3]).read_text(encoding="utf-8")
    return read_help(args[0])


def commands_and_options(text):
    commands, in_commands = [], False
    for line in text.splitlines():
        if re.match(r"^\S.*:$", line):
            in_commands = line == "Commands:"
            continue
        m = re.match(r"^  ([a-z]+)(?: ([a-z]+)(?=\s|$))?", line) if in_commands else None
        if m and not line.startswith("   "):
            commands.append(tuple(w for w in m.groups() if w))
    return sorted(set(commands)), long_options(text)


def main(args):
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    commands, options = commands_and_options(help_text(args))
    if len(commands) < 5 or len(options) < 10:
        print(f"could not read the help: {len(commands)} commands, {len(options)} options", file=sys.stderr)
        return 1
    directory = Path(args[1])
    files = {
        "bash": (directory / "passcodectl.bash").read_text(encoding="utf-8"),
        "zsh": (directory / "_passcodectl").read_text(encoding="utf-8"),
        "fish": (directory / "passcodectl.fish").read_text(encoding="utf-8"),
    }
    # How each shell's file spells an option, a command word, and a second word offered after the first.
    def option_in(shell, text, option):
        name = option[2:]
        pattern = {
            "bash": rf"(?<![\w-])--{re.escape(name)}(?![\w-])",
            "zsh": rf"'(\(- \*\))?--{re.escape(name)}\[|--{re.escape(name)},|\{{[^}}]*--{re.escape(name)}[,}}]",
            "fish": rf"-l {re.escape(name)}(?![\w-])",
        }[shell]
        return re.search(pattern, text) is not None

    def command_in(shell, text, words):
        first = words[0]
        first_ok = {
            "bash": re.search(rf'compgen -W "[^"]*\b{first}\b[^"]*"', text),
            "zsh": re.search(rf"'{first}:", text),
            "fish": re.search(rf"-a {first} ", text),
        }[shell]
        if not first_ok or len(words) == 1:
            return bool(first_ok)
        second = words[1]
        # A line that names the first word as its case (bash, zsh) or condition (fish) and offers the second.
        for line in text.splitlines():
            if shell in ("bash", "zsh") and re.search(rf"(^|\|)\s*{first}\s*(\||\))", line) and re.search(rf"\b{second}\b", line):
                return True
            if shell == "fish" and re.search(rf"__fish_seen_subcommand_from [^;]*\b{first}\b", line) and re.search(rf'-a "?[^"]*\b{second}\b', line):
                return True
        return False

    missing = []
    for shell, text in files.items():
        missing += [f"{shell}: option {o}" for o in options if not option_in(shell, text, o)]
        missing += [f"{shell}: command {' '.join(c)}" for c in commands if not command_in(shell, text, c)]
    return report(missing, "not completed: ",
                  f"{len(commands)} commands and {len(options)} options of passcodectl --help checked in bash, zsh, fish")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
