// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/DeviceProfile.h"

namespace passcode::eligibility {
namespace {

using devices::Device;
using devices::EnrollmentType;
using devices::JoinType;

bool containsAny(const QString &text, std::initializer_list<const char16_t *> needles)
{
    for (const char16_t *n : needles) {
        if (text.contains(QStringView(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Platform platformOf(const Device &d)
{
    const QString &os = d.operatingSystem;
    const QString &type = d.deviceType;
    if (containsAny(os, {u"Windows Phone", u"Windows Mobile", u"WindowsPhone", u"WindowsMobile"}) ||
        containsAny(type, {u"windowsPhone", u"winMO6", u"nokia"}))
        return Platform::WindowsMobile;
    if (os.startsWith(u"Windows", Qt::CaseInsensitive))
        return Platform::WindowsDesktop;
    if (os.compare(u"iOS", Qt::CaseInsensitive) == 0 || os.compare(u"iPadOS", Qt::CaseInsensitive) == 0 ||
        (os.isEmpty() && (type == u"iPhone" || type == u"iPad" || type == u"iPod")))
        return Platform::Ios;
    if (os.compare(u"macOS", Qt::CaseInsensitive) == 0 || os.startsWith(u"Mac OS", Qt::CaseInsensitive) ||
        os.compare(u"OS X", Qt::CaseInsensitive) == 0 || (os.isEmpty() && type.startsWith(u"mac")))
        return Platform::MacOS;
    if (os.startsWith(u"Android", Qt::CaseInsensitive) ||
        (os.isEmpty() && (type == u"android" || type == u"androidForWork" || type == u"androidEnterprise")))
        return Platform::Android;
    return Platform::Other;
}

AndroidMode androidModeOf(const Device &d)
{
    switch (d.enrollmentType) {
    case EnrollmentType::AndroidEnterpriseDedicatedDevice:
        return AndroidMode::Dedicated;
    case EnrollmentType::AndroidEnterpriseFullyManaged:
        return AndroidMode::FullyManaged;
    case EnrollmentType::AndroidEnterpriseCorporateWorkProfile:
        return AndroidMode::CorporateWorkProfile;
    case EnrollmentType::AndroidAOSPUserOwnedDeviceEnrollment:
    case EnrollmentType::AndroidAOSPUserlessDeviceEnrollment:
        return AndroidMode::Aosp;
    default:
        break;
    }
    if (d.deviceType.compare(u"androidForWork", Qt::CaseInsensitive) == 0)
        return AndroidMode::PersonalWorkProfile;
    if (d.deviceType.compare(u"android", Qt::CaseInsensitive) == 0)
        return AndroidMode::DeviceAdministrator;
    return AndroidMode::Undetermined;
}

bool isAppleUserEnrollment(EnrollmentType type)
{
    return type == EnrollmentType::AppleUserEnrollment ||
           type == EnrollmentType::AppleUserEnrollmentWithServiceAccount ||
           type == EnrollmentType::AppleAccountDrivenUserEnrollment;
}

} // namespace

DeviceProfile classify(const Device &d)
{
    DeviceProfile p;
    p.platform = platformOf(d);
    p.platformSeen = d.operatingSystem.isEmpty() ? d.deviceType : d.operatingSystem;
    // Normalized: "7.0" and "7" are the same version (QVersionNumber orders 7.0 before 7.0.0).
    p.version = QVersionNumber::fromString(d.osVersion.trimmed()).normalized();
    if (p.platform == Platform::Android)
        p.androidMode = androidModeOf(d);
    p.appleUserEnrollment = p.platform == Platform::Ios && isAppleUserEnrollment(d.enrollmentType);
    if (d.joinType == JoinType::NotReported || d.joinType == JoinType::Other)
        p.entraJoined = d.azureADRegistered.value_or(false);
    else
        p.entraJoined = d.joinType == JoinType::AzureADJoined || d.joinType == JoinType::HybridAzureADJoined;
    return p;
}

} // namespace passcode::eligibility
