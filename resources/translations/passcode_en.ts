<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionJournal</name>
    <message>
        <source>The action journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal was damaged and has been set aside as %1; a new journal was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal %1 is damaged and could not be set aside; remove it to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the action journal cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal %1 is in use by another Passcode Console or passcodectl, which did not release it within %L2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal %1 cannot be locked: its folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal %1 cannot be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal %1 was written by a newer version of Passcode Console (format %2): this version reads it but does not change it, and sends no action. Use the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionState</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActionNames</name>
    <message>
        <source>Reset passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Lost Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Lost Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Lost Mode sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Defender signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate BitLocker keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate FileVault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove DFCI management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditJson</name>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: missing; the row was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: not an object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n device(s) on %1:</source>
        <translation>
            <numerusform>Plan for %n device on %1:</numerusform>
            <numerusform>Plan for %n devices on %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>no device gets a passcode action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n device(s)</source>
        <translation>
            <numerusform>%1 (%2): %n device</numerusform>
            <numerusform>%1 (%2): %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n device(s)</source>
        <translation>
            <numerusform>Skipped: %n device</numerusform>
            <numerusform>Skipped: %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2): no device has this id, name or serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more (--json lists every device)</source>
        <translation>
            <numerusform>... and %n more (--json lists every device)</numerusform>
            <numerusform>... and %n more (--json lists every device)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; (%2): %n devices match; name one by its id: %3</source>
        <translation>
            <numerusform>&apos;%1&apos; (%2): %n device matches; name one by its id: %3</numerusform>
            <numerusform>&apos;%1&apos; (%2): %n devices match; name one by its id: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Several devices match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n device)</numerusform>
            <numerusform>%1 (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>no passcode action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (error code %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: outcome unknown (the answer was lost); it is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was never processed by Intune; it may be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; (%2): skipped: %n devices match; name one by its id: %3</source>
        <translation>
            <numerusform>&apos;%1&apos; (%2): skipped: %n device matches; name one by its id: %3</numerusform>
            <numerusform>&apos;%1&apos; (%2): skipped: %n devices match; name one by its id: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2): skipped: no device has this id, name or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1 of %2 sent; %3 accepted or pending, %4 done, %5 failed, %6 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 devices: %4 skipped, %5 accepted or pending, %6 done, %7 failed, %8 not supported, %9 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rest with &apos;passcodectl runs resume %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>Not skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire or wipe issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) get %1 (%2)</source>
        <translation>
            <numerusform>%n device gets %1 (%2)</numerusform>
            <numerusform>%n devices get %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No device gets an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (%1)</source>
        <translation>
            <numerusform>; %n skipped (%1)</numerusform>
            <numerusform>; %n skipped (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudEndpoints</name>
    <message>
        <source>Refusing to send sign-in data to %1: only https, or plain http to this computer (localhost), is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable base URL: give scheme, host, optional port and path, without query or user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Confirm passcode action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket or reason (optional, kept in this console&apos;s journal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. INC0012345, user locked out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Use the built-in sandbox tenant (training data, no real devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices of the sandbox tenant (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the sandbox tenant (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: en or fr (default: the Preferences setting, else the system language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph base URL of a real tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID login base URL of a real tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of the sandbox tenant&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the pages, save screenshots in DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first rows on screen, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings and the journal in a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--devices must be a number from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-time-scale must be a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sandbox tenant through the Entra ID sign-in (to practise signing in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID of the tenant&apos;s app registration (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov, usgov-dod or china (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes sent at most per 20 seconds to the tenant, single and bulk actions together (1 to 200; Intune allows 200 per app; default: the Preferences setting, else 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-writes must be a number from 1 to 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open N built-in sandbox tenants side by side (1 to 8), each with its own seed, name and colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster tenant to open (its name), or a tenant ID or domain to sign in to (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-tenants must be a number from 1 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox tenant: the technician to act as (default helpdesk@…, a Help Desk Operator; readonly@… and support.fr@… have other Intune roles).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlCommandLine</name>
    <message>
        <source>Use an embedded sandbox tenant (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: number of devices (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: seed of the generated tenant (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: tenant time runs F times faster (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph base URL (e.g. a passcode-sandbox server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in base URL of the Graph endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID tenant (GUID or domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) id of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global (default), usgov, usgov-dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action journal file (default: per target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices per page when listing (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices list: name, serial, user, IMEI or model contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (shapes in docs/passcodectl.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices list: print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: ticket or reason, kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: follow the action until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: print the new passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset --wait: give up after (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions list: refresh until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: sign in in a browser instead of a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions list --watch: refresh period (30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see passcodectl --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain http is allowed only to this computer (127.0.0.1, localhost); use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 2 usage error, 3 not eligible, 4 action failed or not supported,
5 authentication or permission error, 6 network or service error, 7 outcome unknown.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the device: its id, device name or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --graph-url or --tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; signs in to a tenant; the embedded sandbox needs no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be a number from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--devices must be a whole number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json does not apply to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval applies to actions list --watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: lifetime of its access tokens (default 3599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-lifetime must be a whole number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices list, reset --all-matching: only this platform (ios, android...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: devices, one per line (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: every device whose name, serial, user... contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset of several devices: send (else print the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset, runs resume: writes per 20 s (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox benchmarks: the write budget&apos;s window (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty device name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the run to resume (its id, as &apos;passcodectl runs list&apos; shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-file needs a file name (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the devices: ids, device names or serial numbers, --from-file FILE or --all-matching TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--write-window-ms applies to a sandbox on this computer only: Intune counts writes per 20 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform applies to reset --all-matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reset of several devices needs --reason TEXT (the ticket), kept with the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout applies to reset --wait and runs resume --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices find: search every tenant of the roster at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenants add: the tenant&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster holds tenants and Graph endpoints; the embedded sandbox is always there without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the tenant is reached: --tenant T --client-id C, or --graph-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster keeps no secret: --access-token cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on the roster: it takes no --tenant, --graph-url or other connection option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-tenants searches every tenant of the roster: it cannot be combined with --tenant, --graph-url, --sandbox or other connection options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text to find (2 characters or more): a device name, serial number, IMEI, user or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tenant (its name in the roster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a single access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token obtained elsewhere. Every local user can read it in the process list: prefer --access-token-file or PASSCODECTL_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bearer token from FILE (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the access token once: --access-token or --access-token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot hold both the access token and the list of devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: act as this account (default helpdesk@…; readonly@… and support.fr@… have other Intune roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--devices, --seed, --time-scale, --token-lifetime and --upn apply to the sandbox only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: once accepted, sync the device so it checks in sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: passcodectl [global options] COMMAND [options]

Passcode Console command line: list Intune devices, check passcode eligibility, send and
follow passcode actions. Without --graph-url or --tenant it uses an embedded sandbox tenant.

Commands:
  devices list [--filter TEXT] [--platform P] [--json|--csv]
  devices show ID|NAME|SERIAL [--json]
  devices find TEXT [--all-tenants] [--json]   a name, serial, IMEI or user, asked of Graph
  reset ID|NAME|SERIAL [--reason TEXT] [--wait [--timeout S]] [--show-passcode] [--sync]
        [--json]
  reset ID|NAME|SERIAL... | --from-file FILE | --all-matching TEXT [--platform P]
        --reason TEXT --yes [--max-writes N] [--wait [--timeout S]] [--show-passcode] [--json]
                         several devices: without --yes, print the plan and exit 2
  sync ID|NAME|SERIAL [--json]   ask the device to check in with Intune now (Sync)
  runs list [--json]     the bulk runs and their counts
  runs resume RUN [--wait [--timeout S]] [--json]   send what an interrupted run did not
  actions list [--watch [--interval S]] [--json]
  login [--browser]      sign in to the tenant (--tenant, --client-id) and keep the sign-in
  logout                 forget the saved sign-in
  whoami [--json]        show the signed-in account
  tenants add NAME (--tenant T --client-id C [--cloud C] | --graph-url URL [--login-url URL])
        [--color #RRGGBB]  add a tenant to the roster (shared with the console)
  tenants list [--json]  the roster; --tenant NAME picks one of its tenants
  tenants remove NAME    sign out of a tenant and remove it from the roster

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sync applies to the reset of one device; sync the others with &apos;passcodectl sync&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlFormat</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNERSHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SYNC (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last passcode action: %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a passcode is shown in the Overview until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <comment>device, action (state): likely cause</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device enrollment manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple automated enrollment with user affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple automated enrollment without user affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Azure AD join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows bulk enrollment, userless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows automatic enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows bulk Azure domain join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows co-management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Azure AD join using device authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple User Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple User Enrollment with service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple account-driven User Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise dedicated device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android (AOSP) user-associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android (AOSP) userless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noncompliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCodeResponse</name>
    <message>
        <source>The sign-in service&apos;s device code answer is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCsvExport</name>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceJson</name>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: missing; the device was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: not an object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceListFile</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (such as a tab) cannot be part of a device&apos;s id, name or serial number; give one device per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters: not a device&apos;s id, name or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no device (blank lines and lines starting with # are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceListWriter</name>
    <message>
        <source>TENANT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityClient</name>
    <message>
        <source>The sign-in service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the sign-in service at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered with a redirect, which is not followed for sign-in requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered with something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntunePermissions</name>
    <message>
        <source>Microsoft Graph&apos;s list of your Intune permissions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph listed no Intune permission for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Intune role does not include %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Intune role includes %1: the device is probably outside your role&apos;s scope tags, or your role changed since you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote tasks › Reset passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed devices › Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote tasks › Remote lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote tasks › Sync devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LikelyCause</name>
    <message>
        <source>Likely cause: no device configuration policy that requires a passcode is assigned to this device. Fix: assign a passcode policy (device restrictions or a work-profile password policy), let the device check in, then send the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: Intune holds a wrong unlock token for this device, so the passcode cannot be removed. Only a wipe recovers the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the Microsoft PIN Reset Service is not set up in the tenant or not enabled on the device (PassportForWork EnablePinRecovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the device in the Intune admin center and send the action again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the user has not activated the work-profile reset token. A work-profile passcode policy must be assigned and the user must accept the prompt to set the work-profile passcode; then send the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune reports that this device does not support the action. Check its platform and enrollment type against the supported platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passcode policy is assigned to the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune holds a wrong unlock token for the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN Reset Service is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the device in the Intune admin center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not activated the work-profile reset token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device does not support this action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>The sign-in was declined or cancelled in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the sign-in code. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires you to sign in again interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator must grant consent to this application&apos;s permissions in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) ID is not registered in this tenant as a public client. Check the app registration and that “Allow public client flows” is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not allow the permissions this console needs (DeviceManagementManagedDevices.Read.All and PrivilegedOperations.All).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service does not support this way of signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the tenant and application ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service is temporarily unavailable. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPgpFile</name>
    <message>
        <source>GnuPG (gpg) is not installed, or too old: the encrypted export needs it. Install the gpg and gpg-agent packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPGME library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase to encrypt the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the encryption: no private folder for gpg in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption with gpg failed; nothing was written. Check that the gpg and gpg-agent packages are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasscodeCells</name>
    <message>
        <source>Reset passcode (work profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>a passcode action is already under way</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acts on the %2.</source>
        <comment>Reset passcode acts on the work profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode action available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passcode action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode action pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasscodeExport</name>
    <message>
        <source>There are no passcodes to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasscodeFormat</name>
    <message>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dollar sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ampersand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (capital)</source>
        <comment>spelling a capital letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lower case)</source>
        <comment>spelling a lower-case letter</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasscodeRules</name>
    <message>
        <source>iOS/iPadOS User Enrollment gives Intune no control over the device passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune: Remove passcode (2020–2026 pages); User Enrollment limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 seed (iOS: supported); Intune: Remove passcode (2025–2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS passcodes cannot be reset or removed by Intune; use Remote lock with its recovery PIN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 seed (macOS: not supported); Intune: Remote lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10/11 desktop passcodes cannot be reset by Intune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 seed (Windows: not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 seed (Windows Phone 8.1 to Windows 10 Creators Update, not Azure AD joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2020 seed; Intune: Windows 10 Mobile PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 seed (Windows 10 Creators Update and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Windows phone is Azure AD joined but older than the Creators Update (10.0.15063): PIN reset needs the Creators Update, and passcode reset needs a device that is not Azure AD joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 and 2020 seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 seed (Android before 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android device administrator on Android 7.0 or later (or an unreported version): Google removed passcode reset for all MDM vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune: passcode reset (2018+ pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune: Reset passcode (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune: Reset passcode (2022+ pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android work profile passcode reset needs Android 8.0 or later (this device reports an older or no version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017 seed (Android for Work: not supported); Intune 2018 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune: Reset passcode (2025); memdocs issue #1311</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune has no passcode action for this platform (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune: supported platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to this device; it takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is in the &quot;%1&quot; management state: retire, wipe and delete override passcode actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Android management mode could not be determined (the device was read without its beta deviceType). Reload the device from the beta endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already pending for this device since %2; follow it instead of sending a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has never checked in: the action stays pending until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The device last checked in %n day(s) ago: the action stays pending until it checks in again.</source>
        <translation>
            <numerusform>The device last checked in %n day ago: the action stays pending until it checks in again.</numerusform>
            <numerusform>The device last checked in %n days ago: the action stays pending until it checks in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>A device configuration policy must already require a passcode on this device, or the reset fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must have activated the work-profile reset token (a work-profile passcode policy and the user accepting the prompt); otherwise the action ends as &quot;not supported&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the work-profile passcode is reset; the device PIN itself cannot be reset on a corporate-owned work profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Intune holds a wrong unlock token, the removal fails for good and only a wipe recovers the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft documents Remove passcode for corporate-owned devices; this device is not marked corporate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft PIN Reset Service must be set up in the tenant and enabled on the device (PassportForWork EnablePinRecovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteAction</name>
    <message>
        <source>Reset passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyInterpreter</name>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request in a way that was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send a request to an invalid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send a request over plain http to %1: only https is allowed, except to this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to go from https to plain http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send a request to another server (%1) than the configured one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional Access requires a new sign-in (for example with multi-factor authentication). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1 (with admin consent) to send remote actions such as Reset passcode. Ask an administrator to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1 (with admin consent) to read devices. Ask an administrator to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied by Intune: your account needs an Intune role that allows this remote action: Help Desk Operator, or a custom role with Remote tasks / Reset passcode, with scope tags that include the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied by Intune: your account needs an Intune role that can read managed devices, such as Help Desk Operator or Read Only Operator, with scope tags that include the devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1, and your account an Intune role with Remote tasks / Reset passcode (such as Help Desk Operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1, and your account an Intune role that can read managed devices (such as Help Desk Operator or Read Only Operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent, but its outcome is unknown: %1 It was not sent again; check the device&apos;s action status before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent, but no HTTP answer came back; its outcome is unknown. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected a batched request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected the request (HTTP %1) without saying where to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected a %1 request (HTTP %2); it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many redirects (more than %n).</source>
        <translation>
            <numerusform>Too many redirects (more than %n).</numerusform>
            <numerusform>Too many redirects (more than %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in was refused or has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not found in Microsoft Graph. It may have been deleted or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service gave up waiting for the request (HTTP 408).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is limiting the rate of requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph is limiting the rate of requests (HTTP 429). Try again in %n second.</numerusform>
            <numerusform>Microsoft Graph is limiting the rate of requests (HTTP 429). Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph is limiting the rate of requests (HTTP 429). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (HTTP 503). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed while handling the request (HTTP %1), so its outcome is unknown. It was not sent again; check the device&apos;s action status before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph failed to answer (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2 of %3 bytes (truncated or malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s answer lacks the expected field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error body was too large and was not read. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not processed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>The bulk run has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the bulk runs cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk run %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bulk run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of the bulk run %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once and is remembered. The --lang command-line option overrides it for one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant (ID or domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration your tenant admin made (see the README). Leave both empty to use the sandbox tenant. Changing the tenant signs you out and connects to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRules</name>
    <message>
        <source>Intune: Sync (2025 page: Android, iOS/iPadOS, macOS, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune&apos;s Sync supports Android, iOS/iPadOS, macOS and Windows devices; this device&apos;s platform (%1) is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has never checked in: it answers a sync only once it is online and enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The device last checked in %n day(s) ago: it answers a sync only when it is online again.</source>
        <translation>
            <numerusform>The device last checked in %n day ago: it answers a sync only when it is online again.</numerusform>
            <numerusform>The device last checked in %n days ago: it answers a sync only when it is online again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantOptions</name>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantPlanner</name>
    <message>
        <source>%1 (sandbox)</source>
        <comment>a sandbox tenant&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantRoster</name>
    <message>
        <source>A tenant named &apos;%1&apos; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant &apos;%1&apos; in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour: use #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a tenant and a client id, or a Graph URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tenant ID or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an application (client) ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantSettings</name>
    <message>
        <source>No tenant is configured. Enter the tenant ID or a verified domain of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tenant ID or domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application (client) ID is configured. Enter the ID of the app registration your administrator created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an application (client) ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantTarget</name>
    <message>
        <source>%1 is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Graph URL has no query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain http is allowed only to this computer (127.0.0.1, localhost); use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token for %1: sign in to its tenant, or give an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>never</source>
        <comment>last check-in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future (clock skew)</source>
        <comment>a time later than now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <comment>time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time left</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The ID token is not a JSON web token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client_info of the token response cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered with something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent a token of an unexpected type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent a token without a lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WidgetDialogPresenter</name>
    <message>
        <source>Export devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot keep your sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on for this session: nothing is saved, and you sign in again at the next start. To keep the sign-in, unlock or install a keychain (GNOME Keyring, KWallet, KeePassXC) and restart the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to check in with Intune now (sandbox tenant %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to check in with Intune now (tenant %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device receives its pending actions and policies when it checks in. Nothing else changes on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passcode Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Intune helpdesk console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox tenant: an Intune-like Microsoft Graph and Entra ID server on 127.0.0.1. Prints its base URL on the first line, then serves until SIGINT or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ReplyBodyLimit</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer announced %1 bytes (Content-Length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes had arrived when reading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1; stopped reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::actions::ActionService</name>
    <message>
        <source>the rules do not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already under way for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with a device that was not asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer for device %1 is not a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Passcode Console or passcodectl on this computer sent %1 to %2 at %3 (state: %4); no second passcode action is sent to the device while it is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Passcode Console or passcodectl on this computer, of a newer version, has an action on %1 that this version does not know (%2, state: %3); no passcode action is sent to the device while it may be under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent to %2: %3 No action leaves without its entry in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::actions::BulkPlanner</name>
    <message>
        <source>%1 is not the passcode action of this device&apos;s platform (%2 is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passcode action is available for this device&apos;s platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No managed device has this id (it may have been deleted or retired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer is not this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::actions::BulkRun</name>
    <message>
        <source>The run was interrupted. Resume it to send the devices not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal cannot be written, so nothing more is sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device now calls for %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::actions::SyncService</name>
    <message>
        <source>Sync cannot be sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::AuthSession</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::BrowserSignInFlow</name>
    <message>
        <source>No answer came from the browser in time. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on this computer for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode Console is not waiting for a sign-in. Start the sign-in again from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is only for the sign-in&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Passcode Console started. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Passcode Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::ChunkedSecretStore</name>
    <message>
        <source>The sign-in saved in the keychain is incomplete: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::DeviceCodeFlow</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::KeychainSecretStore</name>
    <message>
        <source>The keychain refused access. It may be locked: unlock it (for example by signing in to the desktop again) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (on Linux: no Secret Service such as GNOME Keyring, KWallet or KeePassXC is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain does not support this on this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used. It may be locked, or the Secret Service may not be running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::LoopbackRedirectServer</name>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::NullSecretStore</name>
    <message>
        <source>This build of Passcode Console cannot save the sign-in in a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::SignedInTokenProvider</name>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keychain. If the keychain is locked, unlock it and try again; otherwise sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::auth::StaticTokenProvider</name>
    <message>
        <source>The access token was refused or has expired, and a token given on the command line cannot be renewed. Get a new one or sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::console::ConsoleSession</name>
    <message>
        <source>%1: %2</source>
        <comment>tenant: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant could be opened.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::console::TenantSession</name>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use --graph-url %1 without a tenant: only a passcode-sandbox on this computer gives its own tokens. Add --tenant and --client-id to sign in to the tenant behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use --graph-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant settings are not valid: %1 Correct them in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::ActionsListCommand</name>
    <message>
        <source>Device actions at %1 (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::BulkResetCommand</name>
    <message>
        <source>No device matches; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device of the plan is eligible for a passcode action; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. To send this plan, run the same command with --reason TEXT --yes (the devices are read again first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1: sending %n action(s), at most %2 writes per %3 s.</source>
        <translation>
            <numerusform>Run %1: sending %n action, at most %2 writes per %3 s.</numerusform>
            <numerusform>Run %1: sending %n actions, at most %2 writes per %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::BulkRunCommand</name>
    <message>
        <source>The run paused: %1 Nothing more was sent; resume it with &apos;passcodectl runs resume %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device of the run is eligible for a passcode action; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed or are not supported; see each device&apos;s likely cause above.</source>
        <translation>
            <numerusform>%n action failed or is not supported; see the device&apos;s likely cause above.</numerusform>
            <numerusform>%n actions failed or are not supported; see each device&apos;s likely cause above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %1 s, %n action(s) had not finished; they are not sent again. Follow them with &apos;passcodectl runs resume %2 --wait&apos;.</source>
        <translation>
            <numerusform>After %1 s, %n action had not finished; it is not sent again. Follow it with &apos;passcodectl runs resume %2 --wait&apos;.</numerusform>
            <numerusform>After %1 s, %n actions had not finished; they are not sent again. Follow them with &apos;passcodectl runs resume %2 --wait&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n action(s) is unknown or they were not sent; nothing is sent twice. Follow them with &apos;passcodectl runs resume %1 --wait&apos;.</source>
        <translation>
            <numerusform>The outcome of %n action is unknown or it was not sent; nothing is sent twice. Follow it with &apos;passcodectl runs resume %1 --wait&apos;.</numerusform>
            <numerusform>The outcome of %n actions is unknown or they were not sent; nothing is sent twice. Follow them with &apos;passcodectl runs resume %1 --wait&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The run is paused and nothing more is sent. &apos;passcodectl runs resume %2&apos; follows the %n action(s) still on the wire (never sent again) and sends the rest.</source>
        <translation>
            <numerusform>%1 The run is paused and nothing more is sent. &apos;passcodectl runs resume %2&apos; follows the %n action still on the wire (never sent again) and sends the rest.</numerusform>
            <numerusform>%1 The run is paused and nothing more is sent. &apos;passcodectl runs resume %2&apos; follows the %n actions still on the wire (never sent again) and sends the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The run is paused and nothing more is sent; &apos;passcodectl runs resume %2&apos; sends the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::Command</name>
    <message>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated (SIGTERM): stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted (Ctrl+C): stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::CtlSession</name>
    <message>
        <source>No tenant is configured: give --tenant and --client-id (the app registration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: pass --access-token (or PASSCODECTL_ACCESS_TOKEN), or sign in with &apos;passcodectl --tenant T --client-id ID login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token for %1: pass --access-token or set PASSCODECTL_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a tenant of the roster: its client id, cloud and URLs come from it (change them with &apos;passcodectl tenants remove&apos; and &apos;tenants add&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: run &apos;%1&apos; first (or pass --access-token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in of %1 has expired: run &apos;%2&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DeviceResolver</name>
    <message>
        <source>No device matches &apos;%1&apos; (by id, device name or serial number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices match &apos;%2&apos;; name one by its id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device matches &apos;%1&apos; (by id, device name, serial number, IMEI or user).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DeviceSelector</name>
    <message>
        <source>The devices matching --all-matching could not all be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DevicesFindCommand</name>
    <message>
        <source>No tenant in the roster: add them with &apos;passcodectl tenants add&apos; (or leave out --all-tenants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant could be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) could not be searched: %1; the devices of the others are listed.</source>
        <translation>
            <numerusform>%n tenant could not be searched: %1; the devices of the others are listed.</numerusform>
            <numerusform>%n tenants could not be searched: %1; the devices of the others are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No device matches &apos;%1&apos; in any tenant (%n searched).</source>
        <translation>
            <numerusform>No device matches &apos;%1&apos; in any tenant (%n searched).</numerusform>
            <numerusform>No device matches &apos;%1&apos; in any tenant (%n searched).</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DevicesListCommand</name>
    <message>
        <source>The device list is incomplete (%1 devices loaded): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The device list is incomplete (%2 devices loaded).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::LoginCommand</name>
    <message>
        <source>To sign in, open %1 and enter the code %2 (valid until %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open this address in a browser on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (tenant %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::LogoutCommand</name>
    <message>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::ResetCommand</name>
    <message>
        <source>no passcode action applies to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not available: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the request was lost; the action is not sent again, and the device is polled to find out whether it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the device is no longer in Intune (it was retired, wiped or deleted); the action cannot finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is still %3 after %4 s; it was not sent again. Follow it with &apos;passcodectl actions list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to %2: %3. Follow it with &apos;passcodectl actions list&apos;, or use --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the outcome of %2 is unknown (the answer was lost); it was not sent again. Check with &apos;passcodectl actions list&apos; before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode was removed; if a passcode policy applies, the user is asked to set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the device overview until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passcode is in the device overview until %1; add --show-passcode to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was never processed by Intune (the request&apos;s answer was lost and Intune never showed it); you may send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed on the device (error code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not supported by the device (error code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was canceled (error code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::RunsResumeCommand</name>
    <message>
        <source>There is no run &apos;%1&apos; for this tenant; &apos;passcodectl runs list&apos; shows the runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::SyncCommand</name>
    <message>
        <source>%1: Sync is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sent to %1: Intune asked the device to check in; it does when it is online (see its last check-in with &apos;passcodectl devices show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Sync was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the outcome of Sync is unknown (the answer was lost); it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Sync is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::TenantFinder</name>
    <message>
        <source>&apos;%1&apos; is too short to look up: give 2 characters or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::TenantsAddCommand</name>
    <message>
        <source>A tenant&apos;s name cannot hold control characters (tabs, line breaks...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id and --cloud describe a tenant: give --tenant too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login-url is the sign-in of a tenant: give --tenant and --client-id too (an endpoint without a tenant needs no sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) to the tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) to the tenants; sign in with &apos;passcodectl --tenant &quot;%1&quot; login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::TenantsRemoveCommand</name>
    <message>
        <source>No tenant &apos;%1&apos; in the roster (see &apos;passcodectl tenants list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still in the roster: its sign-in could not be removed from the keychain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the tenants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ctl::WhoamiCommand</name>
    <message>
        <source>%1 (%2), tenant %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired: run &apos;passcodectl login&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: run &apos;passcodectl login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::devices::DeviceDirectoryLoader</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::engine::ControlEndpointTokenProvider</name>
    <message>
        <source>No access token from %1: it is not a passcode-sandbox, or it did not answer. Give an access token, or sign in to its tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::engine::SandboxTokenProvider</name>
    <message>
        <source>The sandbox tenant has no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::engine::TenantEngine</name>
    <message>
        <source>The sign-in of %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox tenant gave no token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket or reason is required for a bulk run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device of the plan can get a passcode action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::graph::GraphBatch</name>
    <message>
        <source>The Graph client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be sent in a batch: its address is not under the Graph root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch answer did not include this action, so its outcome is unknown. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch answer did not include this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch answer lists no responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch failed as a whole (HTTP %1), so the outcome of this action is unknown. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch request failed; the service may be unavailable. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::graph::GraphClient</name>
    <message>
        <source>The network access manager is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: no access token is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in was refused or has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::graph::GraphPager</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of results is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the next page of results is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent the same next page twice; paging stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service kept sending pages: %1 items in %2 pages so far, more than this program reads in one list; paging stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service announced %1 items but kept sending more pages (%2 items in %3 pages so far); paging stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::rbac::PermissionCheck</name>
    <message>
        <source>the app lacks the Microsoft Graph permission DeviceManagementRBAC.Read.All (with admin consent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::ActionBar</name>
    <message>
        <source>Passcode actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the device&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (work profile)</source>
        <comment>action (scope)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: acts on the %1.</source>
        <comment>scope: device or work profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you send it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (passcode decision table, row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the device to check in with Intune now, so that it receives its pending actions and policies sooner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::ActionNotifications</name>
    <message>
        <source>%1: the new passcode is ready</source>
        <comment>device name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the passcode was removed</source>
        <comment>device name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new PIN is ready</source>
        <comment>device name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <comment>device name, action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not supported</source>
        <comment>device name, action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::ActionResultsModel</name>
    <message>
        <source>%1 (error %2)</source>
        <comment>state (error code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune</source>
        <comment>source of an action status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column: remote action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column: state of a remote action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::AllTenantsActionsModel</name>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::AllTenantsActionsPage</name>
    <message>
        <source>Device actions — all tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device actions of every tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::AllTenantsPage</name>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::Breadcrumb</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices › All devices › %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkController</name>
    <message>
        <source>Bulk passcode action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk passcode runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted bulk run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A bulk passcode run did not finish: ticket %1, started %2 by %3, %Ln device(s) not sent yet.</source>
        <translation>
            <numerusform>A bulk passcode run did not finish: ticket %1, started %2 by %3, %Ln device not sent yet.</numerusform>
            <numerusform>A bulk passcode run did not finish: ticket %1, started %2 by %3, %Ln devices not sent yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume reads the devices never sent again and sends them if they are still eligible; the devices already sent are followed, never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show it paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkPlanDialog</name>
    <message>
        <source>Passcode action for several devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan: %Ln device(s)</source>
        <translation>
            <numerusform>Plan: %Ln device</numerusform>
            <numerusform>Plan: %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln device(s) again…</source>
        <translation>
            <numerusform>Reading %Ln device again…</numerusform>
            <numerusform>Reading %Ln devices again…</numerusform>
        </translation>
    </message>
    <message>
        <source>Each device is read again from %1 so that the plan rests on fresh data. Nothing is sent before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skipped devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped devices, grouped by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket or reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. INC-4711: kiosk fleet re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the passcode actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s): %1</source>
        <translation>
            <numerusform>%Ln device: %1</numerusform>
            <numerusform>%Ln devices: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No selected device can get a passcode action now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skipped devices: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %Ln device(s)</source>
        <translation>
            <numerusform>%1 to %Ln device</numerusform>
            <numerusform>%1 to %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %1 in the tenant %2 (%Ln device(s) in all)? Each device gets its action once; the %3 skipped are left alone.</source>
        <translation>
            <numerusform>Send %1 in the tenant %2 (%Ln device in all)? Each device gets its action once; the %3 skipped are left alone.</numerusform>
            <numerusform>Send %1 in the tenant %2 (%Ln devices in all)? Each device gets its action once; the %3 skipped are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &amp;%L1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket or reason is required for a bulk run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of devices (%L1) to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln device(s) in %1</source>
        <translation>
            <numerusform>Send to %Ln device in %1</numerusform>
            <numerusform>Send to %Ln devices in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkResultsModel</name>
    <message>
        <source>The answer to its request was lost: it is followed, never sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (work profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause and fix / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkRunWindow</name>
    <message>
        <source>Bulk passcode run — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 · %2 · started %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending: what has not left is never sent; what left is followed to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the passcode of the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected device&apos;s passcode (Ctrl+Shift+C); the clipboard is cleared after 60 seconds if it still holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed and not processed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the failed, not processed and not sent devices again, after a fresh read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the grid to a CSV file (never a passcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the run (it goes on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 not processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sent; following the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the passcode of the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passcode of the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the selected device&apos;s passcode (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the passcode.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the passcode.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the passcode.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passcode-run-%1.csv</source>
        <comment>export file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export passcodes (encr&amp;ypted)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the passcodes to an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the collected passcodes to an OpenPGP file encrypted with a passphrase (gpg --decrypt opens it); never as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcodes exported, encrypted, to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkRunsDialog</name>
    <message>
        <source>%L1 %2</source>
        <comment>count and state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk passcode runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the results of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::CallerCheckPanel</name>
    <message>
        <source>Primary user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these with the caller before you read out a passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode&apos;s Show and Copy stay disabled until you tick this. It is recorded in the journal (who, when, which device) and lasts until you leave this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded, so the passcode stays hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by %1 at %2. Lasts until you leave this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at %1. Lasts until you leave this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (how long ago)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page, a command, or a device&apos;s name, serial number, IMEI or UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pages, commands and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter goes to it, Escape closes. Pasting a serial number, IMEI or UPN opens the device it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, commands and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter goes to the result; Alt+1 to Alt+0 open the recent devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: go · %1 … %2: recent devices · Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter runs the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a result&apos;s accessible name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching device(s) shown: type more to narrow the search.</source>
        <translation>
            <numerusform>%1 of %Ln matching device shown: type more to narrow the search.</numerusform>
            <numerusform>%1 of %Ln matching devices shown: type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::ConfirmActionDialog</name>
    <message>
        <source>Intune resets the work-profile passcode (not the device unlock PIN) when the device next checks in. The new passcode appears on this device&apos;s Overview and stays available for 7 days; the user types it to open the work profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune replaces the device passcode with a new one when the device next checks in. The new passcode appears on this device&apos;s Overview and stays available for 7 days; the user unlocks the device with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune removes the device passcode when the device next checks in, so the device opens without one. No new code is generated. If a passcode policy applies, the user will be asked to set a new passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune asks the Microsoft PIN Reset Service for a new PIN when the device next checks in. The new PIN appears on this device&apos;s Overview and stays available for 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2?</source>
        <comment>action on device?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <comment>device name (serial number)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (UPN)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>platform — enrollment type, ownership</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts on the %1.</source>
        <comment>scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send: %1</source>
        <comment>button: send the action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 in %2</source>
        <comment>button: send the action in the tenant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — training data, no real devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::CrossTenantResultsModel</name>
    <message>
        <source>Found on the server: not in %1&apos;s loaded device list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (found on the server)</source>
        <comment>device name (marker)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary user UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <comment>column: operating system and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::CrossTenantSearch</name>
    <message>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: searching… %Ln found so far</source>
        <translation>
            <numerusform>%1: searching… %Ln found so far</numerusform>
            <numerusform>%1: searching… %Ln found so far</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln found</source>
        <translation>
            <numerusform>%1: %Ln found</numerusform>
            <numerusform>%1: %Ln found</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>tenant: HTTP status — error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: why it cannot be searched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln found, more on the server (type more of the name)</source>
        <translation>
            <numerusform>%1: %Ln found, more on the server (type more of the name)</numerusform>
            <numerusform>%1: %Ln found, more on the server (type more of the name)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::CrossTenantSearchPage</name>
    <message>
        <source>Search all tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name, serial number, IMEI, UPN or device ID, in every open tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search progress by tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices found in every tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a device name, serial number, IMEI, UPN or device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) found so far…</source>
        <translation>
            <numerusform>%Ln device found so far…</numerusform>
            <numerusform>%Ln devices found so far…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln tenant</numerusform>
            <numerusform>%Ln tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceActionsModel</name>
    <message>
        <source>Sent from this console; not in the tenant&apos;s audit feed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column: remote action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column: state of a remote action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>column: date and time the action was requested</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceActionsPage</name>
    <message>
        <source>Device actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the tenant&apos;s remote actions now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows the previous answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshes every %n second(s) while this page is shown.</source>
        <translation>
            <numerusform>Refreshes every %n second while this page is shown.</numerusform>
            <numerusform>Refreshes every %n seconds while this page is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected device action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>device — action: state</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceOverviewPage</name>
    <message>
        <source>Primary user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest details from Intune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device from Intune: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the outcome of the request is unknown (%2). It will not be sent again; the device is polled until Intune reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (UPN)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (how long ago)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the device&apos;s current state from Intune first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller verified for %1: the passcode can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Caller&apos;s identity verified” (under Verify the caller) to show or copy the passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is on its way to Intune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sent at %1: Intune asked the device to check in; it does when it is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sent at %1: its outcome is unknown (the answer was lost). It was not sent again; you may sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sent at %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already on its way to the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceTableModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <comment>device name — manufacturer model</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <comment>column: corporate or personal device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <comment>column: operating system</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary user UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>managed by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune and Exchange ActiveSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange ActiveSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender for Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Phone / Windows 10 Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (found on the server)</source>
        <comment>device name (marker)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on the server: the device list is still loading, so this device was asked of Intune directly. It joins the list when the list reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::DevicesPage</name>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, serial number, UPN, IMEI or model (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the device list from the tenant (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the devices shown (after search and filters) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop loading devices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ownerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All compliance states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln device(s)</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%L1 of %Ln device</numerusform>
            <numerusform>%L1 of %Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading devices… %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading devices… %L1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) loaded.</source>
        <translation>
            <numerusform>%Ln device loaded.</numerusform>
            <numerusform>%Ln devices loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is incomplete: %L1 devices loaded. %2 Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled: %L1 devices loaded. Refresh (F5) to load them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices-%1.csv</source>
        <comment>export file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln device to %1.</numerusform>
            <numerusform>Exported %Ln devices to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passcode action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All passcode actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passcode action for the selected devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Passcode action for %Ln device(s)…</source>
        <translation>
            <numerusform>&amp;Passcode action for %Ln device…</numerusform>
            <numerusform>&amp;Passcode action for %Ln devices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Passcode action for the selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select devices first (Ctrl+click, Shift+click, or Ctrl+A for every device shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected device(s) has a passcode action available: see the Passcode action column.</source>
        <translation>
            <numerusform>None of the %Ln selected device has a passcode action available: see the Passcode action column.</numerusform>
            <numerusform>None of the %Ln selected devices has a passcode action available: see the Passcode action column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan a passcode action for the %Ln eligible device(s) among the selected ones (Ctrl+Shift+P)</source>
        <translation>
            <numerusform>Plan a passcode action for the %Ln eligible device among the selected ones (Ctrl+Shift+P)</numerusform>
            <numerusform>Plan a passcode action for the %Ln eligible devices among the selected ones (Ctrl+Shift+P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server search status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::FreedesktopNotifier</name>
    <message>
        <source>Open the device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::MainWindow</name>
    <message>
        <source>The new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Passcode Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Passcode Console&lt;/b&gt; %1&lt;br&gt;A Microsoft Intune helpdesk console for device passcode actions: reset, remove and PIN reset, with the reasons when an action does not apply.&lt;br&gt;License: GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export devices to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Passcode Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk passcode &amp;runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tenant — state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Device actions</source>
        <comment>tenant — page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Device overview</source>
        <comment>tenant — page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — All devices</source>
        <comment>tenant — page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the tenants and pages on the left (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a page, a command or a device by typing (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search serial IMEI UPN</source>
        <comment>palette keywords of Find a device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload update</source>
        <comment>palette keywords of Refresh</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv save</source>
        <comment>palette keywords of Export</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <comment>palette keywords of Switch tenant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidebar tenants</source>
        <comment>palette keywords of Navigation pane</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings options</source>
        <comment>palette keywords of Preferences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <comment>palette keywords of the language commands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out</source>
        <comment>palette keywords of Sign out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version help</source>
        <comment>palette keywords of About</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::NavigationPane</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::PasscodePanel</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the passcode.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the passcode.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the passcode.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passcode was cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code reported by Intune: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passcode action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a passcode action is sent, its progress and the new passcode appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for the device (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device must check in to receive the action. The new passcode appears here when Intune reports it; this page keeps polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device must check in to receive the action. The result appears here when Intune reports it; this page keeps polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped or timed out before Intune answered, so it is not known whether the request arrived. It was not sent again: this console keeps polling the device until Intune reports the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work-profile passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it to the user, who types it on the device. Verify the caller&apos;s identity before revealing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune no longer shows the passcode (it is kept for 7 days). Send the action again if the user still needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode was removed; if a passcode policy applies, the user will be asked to set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not supported on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune canceled the action (a retire, wipe or delete overrides pending actions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the passcode; the clipboard is cleared after a while if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Numeric: %n digit(s), typed on the numeric keypad.</source>
        <translation>
            <numerusform>Numeric: %n digit, typed on the numeric keypad.</numerusform>
            <numerusform>Numeric: %n digits, typed on the numeric keypad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alphanumeric: %n character(s), letters and digits, case-sensitive; the user needs the full keyboard.</source>
        <translation>
            <numerusform>Alphanumeric: %n character, letters and digits, case-sensitive; the user needs the full keyboard.</numerusform>
            <numerusform>Alphanumeric: %n characters, letters and digits, case-sensitive; the user needs the full keyboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1 (%2 ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device last checked in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for 7 days: %1 (until %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters: a long phrase is easier to type than a short password and harder to guess.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character: a long phrase is easier to type than a short password and harder to guess.</numerusform>
            <numerusform>The passphrase needs at least %n characters: a long phrase is easier to type than a short password and harder to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the encrypted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcodes are written to %1, encrypted with this passphrase (OpenPGP). Open it with &quot;gpg --decrypt&quot; or another OpenPGP tool. Give the passphrase to its recipient by another way than the file. It is not stored anywhere: if it is lost, the file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Encrypt and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::QuickSwitcher</name>
    <message>
        <source>Switch tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tenant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tenant — state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>tenant, state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::SandboxBanner</name>
    <message>
        <source>Sandbox tenant — training data, no real devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::ServerDeviceSearch</name>
    <message>
        <source>the list is still loading (%L1 of %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is still loading (%L1 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server search failed: %1 Only the devices loaded so far are searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching the server… %Ln device(s) found so far.</source>
        <translation>
            <numerusform>Searching the server… %Ln device found so far.</numerusform>
            <numerusform>Searching the server… %Ln devices found so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) found on the server; %1.</source>
        <translation>
            <numerusform>%Ln device found on the server; %1.</numerusform>
            <numerusform>%Ln devices found on the server; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device found on the server; %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (commercial, GCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant too (its ID or a verified domain), or clear both fields for the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application (client) ID of the app registration too, or clear both fields for the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tenant ID or domain name (for example contoso.onmicrosoft.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an application (client) ID: copy the GUID from the app registration&apos;s Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Writes per 20 seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes per 20 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most remote actions the console sends to the tenant in any 20 seconds, single actions and bulk runs together. Intune allows 200 per app and tenant; keeping below leaves room for other tools. Applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to &amp;verify the caller before a passcode can be shown or copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to verify the caller before a passcode can be shown or copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a device&apos;s Overview, Show and Copy of the passcode stay disabled until “Caller&apos;s identity verified” is ticked; each tick is recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when an action ends while I am elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification says when a passcode action is done, failed or not supported while the window is not active or shows another page. It never shows the passcode; clicking it opens the device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::SignInBanner</name>
    <message>
        <source>Your sign-in has expired. Sign in again to go on; nothing on this page is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired. Sign in again to go on; nothing on this page is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::SignInDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>The code expires in %n minute.</numerusform>
            <numerusform>The code expires in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code has expired: ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page opened in your browser. If it did not, &lt;a href=&quot;#&quot;&gt;open it again&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1 with the saved sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to enter the code and sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser; this window follows on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired or was revoked: sign in again. The page you were on stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. The system keychain cannot save the sign-in: choose how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your work account to reach the tenant&apos;s devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Passcode Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account needs the Intune Help Desk Operator role (or a custom role with Remote tasks › Reset passcode). Your sign-in is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Microsoft sign-in page in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a code to enter on another device: for computers without a browser, or remote sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;sandbox tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data and no real devices; nothing reaches your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: the sandbox tenant signs you in as its helpdesk technician once you approve on its own sign-in page. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::SyncOffer</name>
    <message>
        <source>Intune delivers %1 when %2 checks in. Sync the device now so that it checks in sooner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks %1 to check in with Intune now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this offer; Sync stays in the device&apos;s actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantPages</name>
    <message>
        <source>The action journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions not checked: %1 Passcode actions are offered as before; Intune still refuses what your role does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantProfileDialog</name>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tenant is already called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant (ID or domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8443 for a passcode-sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#RRGGBB (empty: the next colour of the palette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a tenant and the application (client) ID of its app registration to sign in through Entra ID; or only a Graph URL for a Graph-compatible endpoint such as a passcode-sandbox. Nothing secret is kept in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantRosterEditor</name>
    <message>
        <source>%1 — %2</source>
        <comment>tenant name — tenant or URL</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>tenant name, tenant or URL</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tenant signs in on its own. Removing a tenant signs out of it (its saved sign-in is deleted) and closes it when you press OK; an added tenant opens at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantSwitcher</name>
    <message>
        <source>%1, %2</source>
        <comment>tenant, state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
