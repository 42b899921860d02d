// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

namespace passcode::actionstest {

/** A device with the fields the passcode rules read. */
inline devices::Device device(const char *os, const char *version, devices::EnrollmentType enrollment,
                              const char *deviceType, const char *id = "dev-1")
{
    devices::Device d;
    d.id = QString::fromLatin1(id);
    d.deviceName = QStringLiteral("Test device");
    d.operatingSystem = QString::fromUtf8(os);
    d.osVersion = QString::fromUtf8(version);
    d.enrollmentType = enrollment;
    d.deviceType = QString::fromUtf8(deviceType);
    d.ownership = devices::Ownership::Company;
    d.lastSyncDateTime = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    return d;
}

inline devices::Device dedicatedAndroid(const char *id = "dev-1")
{
    return device("Android", "13", devices::EnrollmentType::AndroidEnterpriseDedicatedDevice,
                  "androidEnterprise", id);
}

/** A passcode action result as Graph reports it in deviceActionResults. */
inline devices::DeviceActionResult passcodeResult(actions::ActionState state, const QDateTime &start,
                                                  const char *actionName = "resetPasscode")
{
    devices::DeviceActionResult r;
    r.type = devices::ActionResultType::ResetPasscode;
    r.actionName = QString::fromLatin1(actionName);
    r.actionState = state;
    r.startDateTime = start;
    r.lastUpdatedDateTime = start.addSecs(60);
    return r;
}

} // namespace passcode::actionstest
