#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a man page (roff) from a program's own --help, so that the page cannot drift from the options.

Usage: help2roff.py PROGRAM NAME-LINE VERSION OUTPUT
Reads the help that QCommandLineParser prints (passcode-console, passcode-sandbox) or passcodectl's own layout:
"Usage: prog ..." first, then the description, then sections ("Options:", "Commands:"). Option lines
("  --name VALUE   text", continued by deeper-indented lines) become tagged paragraphs; other sections keep their
lines as they are (passcodectl's command list); "Heading: text" after the first section starts a section.
Chosen over help2man, whose guesses merge passcodectl's command lines into one paragraph.
"""
import os
import re
import subprocess
import sys

VALUE = re.compile(r"^(<[^>]+>|\[[^\]]+\]|[A-Z][A-Z_]*),?$")


def esc(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def option_line(line):
    """("--name VALUE", "text") for an option line, else None."""
    m = re.match(r"^  (-\S.*)$", line)
    if not m:
        return None
    words = m.group(1).split(" ")
    taken = []
    while words and (words[0].startswith("-") or VALUE.match(words[0])):
        taken.append(words.pop(0))
    return " ".join(taken), " ".join(words).strip()


def roff(help_text, program, name_line, version):
    lines = help_text.splitlines()
    usage = re.sub(r"^Usage: \S+", "", lines[0]).strip() if lines and lines[0].startswith("Usage:") else ""
    out = [f'.TH {program.upper()} 1 "" "{program} {version}" "User Commands"',
           ".SH NAME", f"{esc(program)} \\- {esc(name_line)}",
           ".SH SYNOPSIS", f"\\fB{esc(program)}\\fR {esc(usage)}", ".SH DESCRIPTION"]
    kind, verbatim, started = "text", False, False
    for line in lines[1:]:
        heading = re.match(r"^([A-Z][A-Za-z ]*):(?: (.+))?$", line)
        if heading and (started or heading.group(2) is None):
            if verbatim:
                out.append(".fi")
                verbatim = False
            started = True
            out.append(f".SH {esc(heading.group(1).upper())}")
            kind = "options" if heading.group(1) in ("Options", "Arguments") else "block"
            if heading.group(2):
                out.append(esc(heading.group(2)))
                kind = "text"
            continue
        if not line.strip():
            if kind == "text":
                out.append(".PP")
            continue
        if kind == "options":
            parsed = option_line(line)
            if parsed:
                out += [".TP", f"\\fB{esc(parsed[0])}\\fR"]
                if parsed[1]:
                    out.append(esc(parsed[1]))
            else:
                out.append(esc(line.strip()))
        elif kind == "block":
            if not verbatim:
                out.append(".nf")
                verbatim = True
            out.append(esc(line[2:] if line.startswith("  ") else line))
        else:
            out.append(esc(line.strip()))
    if verbatim:
        out.append(".fi")
    return "\n".join(out) + "\n"


def main(args):
    program, name_line, version, output = args
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    help_text = subprocess.run([program, "--help"], check=True, capture_output=True, text=True, env=env).stdout
    with open(output, "w", encoding="utf-8") as f:
        f.write(roff(help_text, os.path.basename(program), name_line, version))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
