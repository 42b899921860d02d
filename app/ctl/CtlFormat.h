// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/actions/RemoteActionAudit.h"
#include "core/devices/Device.h"
#include "core/eligibility/Verdict.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace passcode::ctl {

/**
 * passcodectl's output: text tables for people, and the documented --json shapes for scripts
 * (docs/passcodectl.md; keep them stable). Never includes a passcode except resetJson with showPasscode set.
 * Text from the service is neutralised (Output.h): a cell or line holds no control character at all. The
 * device list itself is streamed by DeviceListWriter.
 */
class CtlFormat
{
    Q_DECLARE_TR_FUNCTIONS(CtlFormat)

public:
    /** Whether a device passes --filter (case-insensitive substring of name, serial, UPN, IMEI, model). */
    static bool matchesFilter(const devices::Device &device, const QString &filter);
    /** Whether a device passes --platform (ios also matches iPadOS; otherwise a case-insensitive prefix). */
    static bool matchesPlatform(const devices::Device &device, const QString &platform);

    /** The column titles of `devices list` (translated): name, platform, ownership, user, serial, last sync,
     * id. The rows are written by DeviceListWriter. */
    static QStringList devicesTableHeader();
    /** "Android 14": the operating system and its version, or "-". */
    static QString platformText(const devices::Device &device);
    /** @p text, or "-" when it is empty. */
    static QString orDash(const QString &text);

    /** {allowed, scope, reasons, cautions, rule, blocked} */
    static QJsonObject verdictJson(const eligibility::Verdict &verdict);
    /** DeviceJson::toJson plus "eligibility" {resetPasscode, removePasscode, pinReset} and "passcodeAction".
     */
    static QJsonObject deviceShowJson(const devices::Device &device,
                                      const QList<eligibility::Verdict> &verdicts);
    static QString deviceShowText(const devices::Device &device, const QList<eligibility::Verdict> &verdicts);

    static QString actionsTable(const QList<actions::RemoteActionAudit> &rows);
    static QJsonArray actionsJson(const QList<actions::RemoteActionAudit> &rows);

    /** {deviceId, deviceName, action, state, requestedAt, stateSince, errorCode, passcodeExpiry[, passcode]}
     */
    static QJsonObject resetJson(const actions::TrackedAction &action, bool showPasscode);

    /** Joins lines into one line for stderr; no control character is left. */
    static QString oneLine(const QString &text);
    /** ISO-8601 UTC, or "-" when invalid. */
    static QString time(const QDateTime &t);
};

} // namespace passcode::ctl
