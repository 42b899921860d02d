#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Long fuzz runs (docs/DEVELOPMENT.md, "Fuzzing"). Builds the fuzz build (clang-14, libFuzzer, ASan + UBSan; core,
# sandbox and tests/fuzz only) and runs one target, or all of them one after the other.
# Usage: scripts/fuzz.sh [--list] [--merge] [--jobs N] TARGET|all [SECONDS | --runs N] [-- LIBFUZZER_OPTIONS...]
#   TARGET       a folder of tests/fuzz (json_reader, device_json, ..., batch); `all` runs every one in turn
#   SECONDS      how long each target runs (default 600), or --runs N: that many executions
#   --merge      afterwards, add the inputs that reached new coverage to tests/fuzz/TARGET/corpus (review them
#                before committing; keep the corpora small). Without it nothing in the source tree changes: new
#                inputs stay in BUILD/fuzz-runs/TARGET.
#   --jobs N     N targets at once when TARGET is all (default 1)
# Environment: PASSCODE_FUZZ_BUILD (default build-fuzz), PASSCODE_FUZZ_NICE (default 19).
# Crashes are written to BUILD/fuzz-runs/TARGET/crash-* (and leak-, timeout-, oom-); the exit status is non-zero
# when any target found one. Each run's log, with libFuzzer's final stats, is BUILD/fuzz-runs/TARGET.log.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PASSCODE_FUZZ_BUILD:-"$root/build-fuzz"}
nice=${PASSCODE_FUZZ_NICE:-19}

targets() { find "$root/tests/fuzz" -mindepth 2 -maxdepth 2 -name corpus -type d | xargs -n1 dirname |
    xargs -n1 basename | sort; }

merge=0 jobs=1 limit=(-max_total_time=600) target="" extra=()
while (($#)); do
    case $1 in
    --list) targets; exit 0 ;;
    --merge) merge=1 ;;
    --jobs) jobs=$2; shift ;;
    --runs) limit=("-runs=$2"); shift ;;
    --) shift; extra=("$@"); break ;;
    [0-9]*) limit=("-max_total_time=$1") ;;
    *) target=$1 ;;
    esac
    shift
done
[ -n "$target" ] || { sed -n '4,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
if [ "$target" = all ]; then
    mapfile -t list < <(targets)
else
    [ -d "$root/tests/fuzz/$target/corpus" ] || { echo "no fuzz target '$target' (--list)" >&2; exit 2; }
    list=("$target")
fi

"$root/scripts/deps.sh" clang-14 libclang-rt-14-dev
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DPASSCODE_FUZZ=ON -DPASSCODE_BUILD_TESTS=OFF -DPASSCODE_WERROR=ON >/dev/null
nice -n "$nice" cmake --build "$build" --parallel "$(nproc)" --target "${list[@]/#/fuzz_}"

run() {
    local t=$1 out="$build/fuzz-runs/$1"
    mkdir -p "$out/corpus"
    echo "=== fuzz $t (${limit[*]}): $out.log"
    local status=0
    (cd "$out" && nice -n "$nice" "$build/tests/fuzz/fuzz_$t" "${limit[@]}" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/" "${extra[@]}" "$out/corpus" "$root/tests/fuzz/$t/corpus" \
        >"$out.log" 2>&1) || status=$?
    grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|#[0-9]+ +DONE)' "$out.log" | tail -3 || true
    if ((status)); then
        echo "fuzz $t FAILED (exit $status): see $out.log and $out/" >&2
        grep -m3 -E 'ERROR|runtime error|SUMMARY' "$out.log" >&2 || true
        return 1
    fi
    if ((merge)); then
        "$build/tests/fuzz/fuzz_$t" -merge=1 "$root/tests/fuzz/$t/corpus" "$out/corpus" >>"$out.log" 2>&1
        echo "merged into tests/fuzz/$t/corpus (review before committing)"
    fi
}

export -f run
export build root nice merge
status=0
if ((jobs > 1)); then
    printf '%s\n' "${list[@]}" | xargs -P "$jobs" -I{} bash -c "$(declare -p limit extra); run {}" || status=1
else
    for t in "${list[@]}"; do run "$t" || status=1; done
fi
exit $status
