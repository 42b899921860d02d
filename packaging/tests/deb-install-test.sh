#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest packaging.deb_install (label package): installs the built .deb on this machine with apt (its dependencies
# from Debian's archive), checks the declared dependencies against what the programs load, runs the installed
# programs (versions, passcodectl on the sandbox, the console offscreen on the sandbox until its first rows), checks
# the man pages and completions, then purges the package and checks that none of its files is left.
# Usage: deb-install-test.sh BUILD_DIR VERSION. Needs root: it cannot run otherwise, so it fails.
set -euo pipefail
build=$1 version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "must run as root: it installs and removes the package (scripts/package.sh, docs/PACKAGING.md)"
debs=("$build"/passcode-console_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one passcode-console_${version}_*.deb in $build"
deb=$(realpath "${debs[0]}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en

# A package left by an earlier, interrupted run is ours: purge it so that this run starts clean.
if dpkg-query -W -f='${Status}' passcode-console 2>/dev/null | grep -q "ok installed"; then
    apt-get remove --purge -y -qq passcode-console >/dev/null
fi

echo "== apt-get install $deb"
apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
dpkg -L passcode-console | sort >"$work/files"
depends=$(dpkg-query -W -f='${Depends}' passcode-console)
echo "Depends: $depends"

echo "== files where desktops and tools look for them"
for f in /usr/bin/passcode-console /usr/bin/passcodectl /usr/bin/passcode-sandbox \
    /usr/share/applications/io.github.passcodeconsole.PasscodeConsole.desktop \
    /usr/share/metainfo/io.github.passcodeconsole.PasscodeConsole.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.passcodeconsole.PasscodeConsole.svg \
    /usr/share/man/man1/passcode-console.1.gz /usr/share/man/man1/passcodectl.1.gz \
    /usr/share/man/man1/passcode-sandbox.1.gz \
    /usr/share/bash-completion/completions/passcodectl /usr/share/zsh/vendor-completions/_passcodectl \
    /usr/share/fish/vendor_completions.d/passcodectl.fish \
    /usr/share/doc/passcode-console/copyright /usr/share/doc/passcode-console/changelog.gz; do
    grep -qxF "$f" "$work/files" && [ -s "$f" ] || fail "$f is not installed by the package"
done
desktop-file-validate /usr/share/applications/io.github.passcodeconsole.PasscodeConsole.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.passcodeconsole.PasscodeConsole.metainfo.xml >/dev/null

echo "== every shared library the programs link (NEEDED) comes from a package named in Depends"
for bin in /usr/bin/passcode-console /usr/bin/passcodectl /usr/bin/passcode-sandbox; do
    for soname in $(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        ldd "$bin" | awk -v s="$soname" '$1 == s && $3 ~ /^\// {print $3}'
    done
done | sort -u >"$work/libs"
[ -s "$work/libs" ] || fail "no linked libraries found (readelf, ldd)"
while read -r lib; do
    pkg=$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1) || true
    [ -n "$pkg" ] || pkg=$(dpkg -S "$(realpath "$lib")" 2>/dev/null | head -1 | cut -d: -f1) || true
    [ -n "$pkg" ] || fail "$lib belongs to no package"
    # Package names only (no versions, no alternatives' bars), compared as fixed strings (libstdc++6).
    echo "$depends" | tr ',|' '\n\n' | awk '{print $1}' | grep -qxF "$pkg" || fail "$lib ($pkg) is not in Depends: $depends"
done <"$work/libs"
echo "$(wc -l <"$work/libs") libraries, each from a package in Depends"

echo "== the installed programs"
home="$work/home"
mkdir -p "$home"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export QT_QPA_PLATFORM=offscreen
for p in passcodectl passcode-console passcode-sandbox; do
    out=$("/usr/bin/$p" --version)
    echo "$out"
    [[ $out =~ ^$p\ ${version//./\\.}\ \(commit\ [0-9A-Za-z._+-]+\)$ ]] || fail "$p --version printed '$out'"
done
timeout 120 /usr/bin/passcodectl --sandbox --devices 25 devices list >"$work/devices.txt"
rows=$(wc -l <"$work/devices.txt")
[ "$rows" -ge 25 ] || { cat "$work/devices.txt"; fail "passcodectl --sandbox devices list printed $rows lines"; }
echo "passcodectl --sandbox devices list: $rows lines"
first=$(timeout 120 /usr/bin/passcode-console --sandbox --devices 200 --report-first-rows)
[[ $first =~ ^first-rows-ms=[0-9]+\ rows=[0-9]+$ ]] || fail "passcode-console offscreen printed '$first'"
echo "passcode-console offscreen on the sandbox: $first"

echo "== man pages and completions as installed"
for page in passcode-console passcodectl passcode-sandbox; do
    err=$(MANWIDTH=100 man --warnings "$page" 2>&1 >/dev/null)
    [ -z "$err" ] || fail "man $page: $err"
    man "$page" | grep -q -- "--version" || fail "man $page does not show --version"
done
bash -n /usr/share/bash-completion/completions/passcodectl
for tool in /usr/share/bash-completion/bash_completion zsh fish; do
    [ -e "$tool" ] || command -v "$tool" >/dev/null || fail "$tool is missing (scripts/package.sh installs it)"
done
words=$(bash -c 'source /usr/share/bash-completion/bash_completion
        source /usr/share/bash-completion/completions/passcodectl
        COMP_WORDS=(passcodectl runs re); COMP_CWORD=2; COMP_LINE="passcodectl runs re"; COMP_POINT=${#COMP_LINE}
        _passcodectl passcodectl re runs; echo "${COMPREPLY[*]}"')
[ "$words" = resume ] || fail "bash completion of 'passcodectl runs re' gave '$words'"
zsh -n /usr/share/zsh/vendor-completions/_passcodectl
got=$(fish -c 'complete -C "passcodectl dev"' | cut -f1)
[ "$got" = devices ] || fail "fish completion of 'passcodectl dev' gave '$got'"
got=$(fish -c 'complete -C "passcodectl --ten"' | cut -f1)
[ "$got" = --tenant ] || fail "fish completion of 'passcodectl --ten' gave '$got'"
# Tenant names: none and no error with an empty roster, then the roster's names (first field of 'tenants list').
got=$(fish -c 'complete -C "passcodectl --tenant "') || fail "fish: --tenant completion failed"
[ -z "$got" ] || fail "fish completion of --tenant with an empty roster gave '$got'"
/usr/bin/passcodectl tenants add "Lab one" --graph-url http://127.0.0.1:9 >/dev/null
got=$(fish -c 'complete -C "passcodectl --tenant "' | cut -f1)
[ "$got" = "Lab one" ] || fail "fish completion of --tenant gave '$got', not the roster's 'Lab one'"
got=$(bash -c 'source /usr/share/bash-completion/bash_completion
    source /usr/share/bash-completion/completions/passcodectl
    COMP_WORDS=(passcodectl --tenant L); COMP_CWORD=2; COMP_LINE="passcodectl --tenant L"; COMP_POINT=${#COMP_LINE}
    _passcodectl passcodectl L --tenant; printf "%s\n" "${COMPREPLY[@]}"')
[ "$got" = "Lab one" ] || fail "bash completion of --tenant L gave '$got', not the roster's 'Lab one'"
echo "completions: bash, zsh (syntax) and fish answer as expected, tenant names from the roster"

echo "== apt-get remove --purge"
apt-get remove --purge -y -qq passcode-console >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get remove --purge"; }
dpkg-query -W -f='${Status}' passcode-console 2>/dev/null | grep -q "ok installed" && fail "still installed"
left=0
while read -r path; do
    [ "$path" != /. ] && [ -e "$path" ] || continue
    # A directory another package owns (/usr/share/man/man1...) stays; anything else of ours must be gone.
    if [ -d "$path" ] && dpkg -S "$path" >/dev/null 2>&1; then continue; fi
    echo "left behind: $path" >&2
    left=1
done <"$work/files"
[ $left -eq 0 ] || fail "files of the package are left after the purge"
echo "PASS: installed, ran, removed; $(wc -l <"$work/files") paths checked"
