// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "core/common/Clock.h"

namespace passcode::actionservicetest {

/** Graph JSON of an Android Enterprise dedicated device (decision-table row 11: Reset passcode allowed). */
inline QJsonObject androidDedicatedJson(const QString &id, const QString &name = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("deviceName"), name.isEmpty() ? QString(QStringLiteral("KIOSK-") + id) : name},
        {QStringLiteral("operatingSystem"), QStringLiteral("Android")},
        {QStringLiteral("osVersion"), QStringLiteral("13")},
        {QStringLiteral("managedDeviceOwnerType"), QStringLiteral("company")},
        {QStringLiteral("managementAgent"), QStringLiteral("mdm")},
        {QStringLiteral("managementState"), QStringLiteral("managed")},
        {QStringLiteral("deviceEnrollmentType"), QStringLiteral("androidEnterpriseDedicatedDevice")},
        {QStringLiteral("deviceType"), QStringLiteral("androidEnterprise")},
        {QStringLiteral("complianceState"), QStringLiteral("compliant")},
        {QStringLiteral("lastSyncDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("serialNumber"), QString(QStringLiteral("SN-") + id)},
    };
}

/** A resetPasscodeActionResult element. */
inline QJsonObject passcodeResultJson(const QString &state, const QDateTime &start,
                                      const QString &passcode = {})
{
    QJsonObject o{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.resetPasscodeActionResult")},
        {QStringLiteral("actionName"), QStringLiteral("resetPasscode")},
        {QStringLiteral("actionState"), state},
        {QStringLiteral("startDateTime"), start.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("lastUpdatedDateTime"), start.toUTC().addSecs(5).toString(Qt::ISODate)},
        {QStringLiteral("errorCode"), 0},
    };
    if (!passcode.isEmpty())
        o.insert(QStringLiteral("passcode"), passcode);
    return o;
}

/**
 * A clock whose monotonic time is real (so timers and the poll schedule agree) and whose wall-clock time can
 * be moved forward, for "after 15 minutes" rules without sleeping.
 */
class ShiftableClock final : public Clock
{
public:
    ShiftableClock() { m_elapsed.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_shiftMs); }
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }
    void shiftMs(qint64 ms) { m_shiftMs += ms; }

private:
    QElapsedTimer m_elapsed;
    qint64 m_shiftMs = 0;
};

} // namespace passcode::actionservicetest
