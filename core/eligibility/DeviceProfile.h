// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QVersionNumber>

namespace passcode::eligibility {

/** The platform family, read from operatingSystem and (beta) deviceType. */
enum class Platform
{
    Ios,
    MacOS,
    WindowsDesktop,
    WindowsMobile,
    Android,
    Other
};

/** How an Android device is managed, read from deviceEnrollmentType, deviceType and managementAgent. */
enum class AndroidMode
{
    NotAndroid,
    DeviceAdministrator,
    Dedicated,
    Aosp,
    FullyManaged,
    CorporateWorkProfile,
    PersonalWorkProfile,
    Undetermined, ///< v1.0 without deviceType cannot tell device administrator from a personal work profile
};

/**
 * What the passcode rules need to know about a device, derived once from its Graph properties.
 * Pure data; see classify().
 */
struct DeviceProfile
{
    Platform platform = Platform::Other;
    AndroidMode androidMode = AndroidMode::NotAndroid;
    bool appleUserEnrollment = false; ///< iOS/iPadOS User Enrollment (any flavour)
    QVersionNumber version;           ///< parsed osVersion; null when not reported or unreadable
    bool entraJoined = false;         ///< joinType azureADJoined/hybrid, or (v1.0) azureADRegistered
    QString platformSeen;             ///< operatingSystem as reported (deviceType when empty), for messages
};

/** Reads the device's platform, management mode, version and join state. */
DeviceProfile classify(const devices::Device &device);

/** Windows 10 Mobile Creators Update (10.0.15063). */
inline const QVersionNumber kWindowsCreatorsUpdate(10, 0, 15063);

} // namespace passcode::eligibility
