# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for passcodectl: commands, options, and tenant names (the first field of `passcodectl tenants
# list`; nothing when it fails). A test (packaging.completions_cover_help) fails when `passcodectl --help` names a
# command or an option that this file does not.

_passcodectl_options="--sandbox --devices --seed --time-scale --token-lifetime --upn --graph-url --login-url --tenant
--client-id --cloud --access-token --access-token-file --journal --page-size --filter --platform --json --csv --reason --from-file
--all-matching --yes --max-writes --write-window-ms --wait --show-passcode --sync --timeout --watch --browser --interval
--all-tenants --color --help --version"

# The roster's tenant names, one per line (names may hold spaces).
_passcodectl_tenants()
{
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$(passcodectl tenants list 2>/dev/null | cut -f1)" -- "$cur"))
}

_passcodectl()
{
    local cur prev words cword
    _init_completion || return

    case $prev in
    --tenant)
        _passcodectl_tenants
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
    --from-file | --journal | --access-token-file)
        _filedir
        return
        ;;
    --devices | --seed | --time-scale | --token-lifetime | --upn | --graph-url | --login-url | --client-id | \
        --access-token | --page-size | --filter | --reason | --all-matching | --max-writes | --write-window-ms | \
        --timeout | --interval | --color)
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
        --sandbox | --json | --csv | --yes | --wait | --show-passcode | --sync | --watch | --browser | --all-tenants | --help | -h | \
            --version) ;;
        -*) ((i++)) ;; # an option with a value: skip the value
        *) positional+=("$word") ;;
        esac
    done
    case ${#positional[@]} in
    0) COMPREPLY=($(compgen -W "devices reset sync runs actions login logout whoami tenants" -- "$cur")) ;;
    1)
        case ${positional[0]} in
        devices) COMPREPLY=($(compgen -W "list show find" -- "$cur")) ;;
        runs) COMPREPLY=($(compgen -W "list resume" -- "$cur")) ;;
        actions) COMPREPLY=($(compgen -W "list" -- "$cur")) ;;
        tenants) COMPREPLY=($(compgen -W "list add remove" -- "$cur")) ;;
        esac
        ;;
    2)
        [[ ${positional[0]} == tenants && ${positional[1]} == remove ]] && _passcodectl_tenants
        ;;
    esac
} &&
    complete -F _passcodectl passcodectl
