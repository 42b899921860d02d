// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/GraphEnums.h"

namespace passcode::sandbox {

QByteArrayView enrollmentTypeName(EnrollmentType v, EnumStyle style)
{
    // Members after unknownFutureValue in v1.0 (they exist only in beta's enum).
    const bool future = !style.beta && !style.includeUnknownMembers;
    switch (v) {
    case EnrollmentType::Unknown:
        return "unknown";
    case EnrollmentType::UserEnrollment:
        return "userEnrollment";
    case EnrollmentType::DeviceEnrollmentManager:
        return "deviceEnrollmentManager";
    case EnrollmentType::AppleBulkWithUser:
        return "appleBulkWithUser";
    case EnrollmentType::AppleBulkWithoutUser:
        return "appleBulkWithoutUser";
    case EnrollmentType::WindowsAzureAdJoin:
        return "windowsAzureADJoin";
    case EnrollmentType::WindowsAutoEnrollment:
        return "windowsAutoEnrollment";
    case EnrollmentType::WindowsCoManagement:
        return "windowsCoManagement";
    case EnrollmentType::AppleUserEnrollment:
        return "appleUserEnrollment";
    case EnrollmentType::AppleUserEnrollmentWithServiceAccount:
        return "appleUserEnrollmentWithServiceAccount";
    case EnrollmentType::AndroidEnterpriseDedicatedDevice:
        return future ? "unknownFutureValue" : "androidEnterpriseDedicatedDevice";
    case EnrollmentType::AndroidEnterpriseFullyManaged:
        return future ? "unknownFutureValue" : "androidEnterpriseFullyManaged";
    case EnrollmentType::AndroidEnterpriseCorporateWorkProfile:
        return future ? "unknownFutureValue" : "androidEnterpriseCorporateWorkProfile";
    case EnrollmentType::AndroidAospUserlessDeviceEnrollment:
        return future ? "unknownFutureValue" : "androidAOSPUserlessDeviceEnrollment";
    case EnrollmentType::AndroidAospUserOwnedDeviceEnrollment:
        return future ? "unknownFutureValue" : "androidAOSPUserOwnedDeviceEnrollment";
    case EnrollmentType::AppleAccountDrivenUserEnrollment:
        return future ? "unknownFutureValue" : "appleAccountDrivenUserEnrollment";
    }
    return "unknown";
}

QByteArrayView managementAgentName(ManagementAgent v, EnumStyle style)
{
    // v1.0's managementAgentType has no unknownFutureValue member: beta-only agents are sent as "unknown".
    const bool future = !style.beta && !style.includeUnknownMembers;
    switch (v) {
    case ManagementAgent::Mdm:
        return "mdm";
    case ManagementAgent::Eas:
        return "eas";
    case ManagementAgent::ConfigurationManagerClientMdm:
        return "configurationManagerClientMdm";
    case ManagementAgent::GoogleCloudDpc:
        return "googleCloudDevicePolicyController";
    case ManagementAgent::IntuneAosp:
        return future ? "unknown" : "intuneAosp";
    case ManagementAgent::Google:
        return future ? "unknown" : "google";
    }
    return "unknown";
}

QByteArrayView joinTypeName(JoinType v)
{
    switch (v) {
    case JoinType::Unknown:
        return "unknown";
    case JoinType::AzureAdJoined:
        return "azureADJoined";
    case JoinType::AzureAdRegistered:
        return "azureADRegistered";
    case JoinType::HybridAzureAdJoined:
        return "hybridAzureADJoined";
    }
    return "unknown";
}

QByteArrayView ownerTypeName(OwnerType v)
{
    switch (v) {
    case OwnerType::Unknown:
        return "unknown";
    case OwnerType::Company:
        return "company";
    case OwnerType::Personal:
        return "personal";
    }
    return "unknown";
}

QByteArrayView managementStateName(ManagementState v)
{
    switch (v) {
    case ManagementState::Managed:
        return "managed";
    case ManagementState::RetirePending:
        return "retirePending";
    case ManagementState::RetireIssued:
        return "retireIssued";
    case ManagementState::WipePending:
        return "wipePending";
    case ManagementState::WipeIssued:
        return "wipeIssued";
    case ManagementState::DeletePending:
        return "deletePending";
    }
    return "managed";
}

QByteArrayView complianceStateName(ComplianceState v)
{
    switch (v) {
    case ComplianceState::Unknown:
        return "unknown";
    case ComplianceState::Compliant:
        return "compliant";
    case ComplianceState::Noncompliant:
        return "noncompliant";
    case ComplianceState::InGracePeriod:
        return "inGracePeriod";
    }
    return "unknown";
}

QByteArrayView deviceTypeName(DeviceType v)
{
    switch (v) {
    case DeviceType::Desktop:
        return "desktop";
    case DeviceType::WindowsPhone:
        return "windowsPhone";
    case DeviceType::MacMdm:
        return "macMDM";
    case DeviceType::IPhone:
        return "iPhone";
    case DeviceType::IPad:
        return "iPad";
    case DeviceType::Android:
        return "android";
    case DeviceType::AndroidForWork:
        return "androidForWork";
    case DeviceType::AndroidEnterprise:
        return "androidEnterprise";
    case DeviceType::ChromeOs:
        return "chromeOS";
    case DeviceType::Linux:
        return "linux";
    case DeviceType::Unknown:
        return "unknown";
    }
    return "unknown";
}

QByteArrayView managedNamePlatform(DeviceType v)
{
    switch (v) {
    case DeviceType::Desktop:
        return "Windows";
    case DeviceType::WindowsPhone:
        return "WindowsPhone";
    case DeviceType::MacMdm:
        return "MacMDM";
    case DeviceType::IPhone:
        return "iPhone";
    case DeviceType::IPad:
        return "IPad";
    case DeviceType::Android:
        return "Android";
    case DeviceType::AndroidForWork:
        return "AndroidForWork";
    case DeviceType::AndroidEnterprise:
        return "AndroidEnterprise";
    case DeviceType::ChromeOs:
        return "ChromeOS";
    case DeviceType::Linux:
        return "Linux";
    case DeviceType::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

} // namespace passcode::sandbox
