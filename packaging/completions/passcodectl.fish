# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for passcodectl: commands, options, and tenant names (the first field of `passcodectl tenants
# list`; nothing when it fails). A test (packaging.completions_cover_help) fails when `passcodectl --help` names a
# command or an option that this file does not.

complete -c passcodectl -f

# Commands: the first word, then the second word of two-word commands.
set -l __passcodectl_groups devices reset sync runs actions login logout whoami tenants
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a devices -d "List or show devices"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a reset -d "Reset the passcode of one or more devices"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a sync -d "Ask a device to check in with Intune now"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a runs -d "Bulk runs: list, resume"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a actions -d "The tenant's remote actions"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a login -d "Sign in to the tenant"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a logout -d "Forget the saved sign-in"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a whoami -d "Show the signed-in account"
complete -c passcodectl -n "not __fish_seen_subcommand_from $__passcodectl_groups" -a tenants -d "Known tenants"
complete -c passcodectl -n "__fish_seen_subcommand_from devices; and not __fish_seen_subcommand_from list show find" -a "list show find"
complete -c passcodectl -n "__fish_seen_subcommand_from runs; and not __fish_seen_subcommand_from list resume" -a "list resume"
complete -c passcodectl -n "__fish_seen_subcommand_from actions; and not __fish_seen_subcommand_from list" -a list
complete -c passcodectl -n "__fish_seen_subcommand_from tenants; and not __fish_seen_subcommand_from list add remove" -a "list add remove"
complete -c passcodectl -n "__fish_seen_subcommand_from tenants; and __fish_seen_subcommand_from remove" -a "(passcodectl tenants list 2>/dev/null | cut -f1)"

# Options.
complete -c passcodectl -l sandbox -d "Use an embedded sandbox tenant"
complete -c passcodectl -l devices -x -d "Sandbox: number of devices"
complete -c passcodectl -l seed -x -d "Sandbox: seed of the generated tenant"
complete -c passcodectl -l time-scale -x -d "Sandbox: tenant time runs F times faster"
complete -c passcodectl -l token-lifetime -x -d "Sandbox: lifetime of its access tokens"
complete -c passcodectl -l upn -x -d "Sandbox: the account to act as"
complete -c passcodectl -l graph-url -x -d "Graph base URL"
complete -c passcodectl -l login-url -x -d "Sign-in base URL"
complete -c passcodectl -l tenant -x -a "(passcodectl tenants list 2>/dev/null | cut -f1)" -d "Entra ID tenant, or a roster name"
complete -c passcodectl -l client-id -x -d "Application (client) id"
complete -c passcodectl -l cloud -x -a "global usgov usgov-dod china" -d "Microsoft cloud"
complete -c passcodectl -l access-token -x -d "Bearer token obtained elsewhere"
complete -c passcodectl -l access-token-file -r -F -d "Bearer token read from FILE (- for standard input)"
complete -c passcodectl -l journal -r -F -d "Action journal file"
complete -c passcodectl -l page-size -x -d "Devices per page when listing"
complete -c passcodectl -l filter -x -d "devices list: name, serial, user, IMEI or model contains TEXT"
complete -c passcodectl -l platform -x -a "ios ipados macos android windows" -d "Only this platform"
complete -c passcodectl -l json -d "Print JSON"
complete -c passcodectl -l csv -d "devices list: print CSV"
complete -c passcodectl -l reason -x -d "reset: ticket or reason"
complete -c passcodectl -l from-file -r -F -d "reset: devices, one per line"
complete -c passcodectl -l all-matching -x -d "reset: every device that matches TEXT"
complete -c passcodectl -l yes -d "reset of several devices: send"
complete -c passcodectl -l max-writes -x -d "Writes per 20 s"
complete -c passcodectl -l write-window-ms -x -d "Sandbox benchmarks: the write budget's window"
complete -c passcodectl -l wait -d "Follow the action until it ends"
complete -c passcodectl -l show-passcode -d "reset: print the new passcode"
complete -c passcodectl -l sync -d "reset: once accepted, sync the device so it checks in sooner"
complete -c passcodectl -l timeout -x -d "--wait: give up after SECONDS"
complete -c passcodectl -l watch -d "actions list: refresh until interrupted"
complete -c passcodectl -l browser -d "login: sign in in a browser"
complete -c passcodectl -l interval -x -d "actions list --watch: refresh period"
complete -c passcodectl -l all-tenants -d "devices find: search every tenant of the roster"
complete -c passcodectl -l color -x -d "tenants add: the tenant's colour (#RRGGBB)"
complete -c passcodectl -s h -l help -d "Show the help"
complete -c passcodectl -l version -d "Show the version"
