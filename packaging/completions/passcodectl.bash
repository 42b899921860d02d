# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for passcodectl: commands, options, and tenant names (from `passcodectl tenants list`, when the
# installed passcodectl has it). A test (packaging.completions_cover_help) fails when `passcodectl --help` names a
# command or an option that this file does not.

_passcodectl_options="--sandbox --devices --seed --time-scale --token-lifetime --graph-url --login-url --tenant
--client-id --cloud --access-token --journal --page-size --filter --platform --json --csv --reason --from-file
--all-matching --yes --max-writes --write-window-ms --wait --show-passcode --timeout --watch --browser --interval
--help --version"

_passcodectl()
{
    local cur prev words cword
    _init_completion || return

    case $prev in
    --tenant)
        # The roster of known tenants; nothing when this passcodectl has none or it fails.
        COMPREPLY=($(compgen -W "$(passcodectl tenants list 2>/dev/null)" -- "$cur"))
        return
        ;;
    --cloud)
        COMPREPLY=($(compgen -W "global usgov usgov-dod china" -- "$cur"))
        return
        ;;
    --platform)
        COMPREPLY=($(compgen -W "ios ipados macos android windows" -- "$cur"))
        return
        ;;
    --from-file | --journal)
        _filedir
        return
        ;;
    --devices | --seed | --time-scale | --token-lifetime | --graph-url | --login-url | --client-id | \
        --access-token | --page-size | --filter | --reason | --all-matching | --max-writes | --write-window-ms | \
        --timeout | --interval)
        return
        ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$_passcodectl_options" -- "$cur"))
        return
    fi

    # The command's words so far (the positional arguments before the current word).
    local i word positional=()
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        case $word in
        --sandbox | --json | --csv | --yes | --wait | --show-passcode | --watch | --browser | --help | -h | --version) ;;
        -*) ((i++)) ;; # an option with a value: skip the value
        *) positional+=("$word") ;;
        esac
    done
    case ${#positional[@]} in
    0) COMPREPLY=($(compgen -W "devices reset runs actions login logout whoami tenants" -- "$cur")) ;;
    1)
        case ${positional[0]} in
        devices) COMPREPLY=($(compgen -W "list show" -- "$cur")) ;;
        runs) COMPREPLY=($(compgen -W "list resume" -- "$cur")) ;;
        actions | tenants) COMPREPLY=($(compgen -W "list" -- "$cur")) ;;
        esac
        ;;
    esac
} &&
    complete -F _passcodectl passcodectl
