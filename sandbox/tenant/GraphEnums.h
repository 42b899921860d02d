// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/DeviceRecord.h"

#include <QByteArrayView>

namespace passcode::sandbox {

/**
 * How enum members are written for one request: beta sends every member; v1.0 sends the members that only
 * beta knows as "unknownFutureValue" (evolvable enums) unless the request carried `Prefer:
 * include-unknown-enum-members`.
 */
struct EnumStyle
{
    bool beta = false;
    bool includeUnknownMembers = false;
};

QByteArrayView enrollmentTypeName(EnrollmentType v, EnumStyle style);
QByteArrayView managementAgentName(ManagementAgent v, EnumStyle style);
QByteArrayView joinTypeName(JoinType v);
QByteArrayView ownerTypeName(OwnerType v);
QByteArrayView managementStateName(ManagementState v);
QByteArrayView complianceStateName(ComplianceState v);
QByteArrayView deviceTypeName(DeviceType v);
/** "Windows", "iOS"... the managedDeviceName platform token Intune uses. */
QByteArrayView managedNamePlatform(DeviceType v);

} // namespace passcode::sandbox
