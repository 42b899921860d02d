// SPDX-License-Identifier: GPL-3.0-or-later
// Graph strings and display text of the Device enums, one table per enum.
#include "core/devices/Device.h"
#include "core/devices/DeviceEnums.h"

#include <QCoreApplication>

#include <algorithm>

namespace passcode::devices {
namespace {

template<typename E>
struct EnumRow
{
    E value;
    const char *graph;
    const char *display;
};

#define PC_TR(text) QT_TRANSLATE_NOOP("Device", text)

constexpr EnumRow<Ownership> kOwnership[] = {
    {Ownership::Unknown, "unknown", PC_TR("Unknown")},
    {Ownership::Company, "company", PC_TR("Corporate")},
    {Ownership::Personal, "personal", PC_TR("Personal")},
};

constexpr EnumRow<ManagementState> kManagementState[] = {
    {ManagementState::Managed, "managed", PC_TR("Managed")},
    {ManagementState::RetirePending, "retirePending", PC_TR("Retire pending")},
    {ManagementState::RetireFailed, "retireFailed", PC_TR("Retire failed")},
    {ManagementState::WipePending, "wipePending", PC_TR("Wipe pending")},
    {ManagementState::WipeFailed, "wipeFailed", PC_TR("Wipe failed")},
    {ManagementState::Unhealthy, "unhealthy", PC_TR("Unhealthy")},
    {ManagementState::DeletePending, "deletePending", PC_TR("Delete pending")},
    {ManagementState::RetireIssued, "retireIssued", PC_TR("Retire issued")},
    {ManagementState::WipeIssued, "wipeIssued", PC_TR("Wipe issued")},
    {ManagementState::WipeCanceled, "wipeCanceled", PC_TR("Wipe canceled")},
    {ManagementState::RetireCanceled, "retireCanceled", PC_TR("Retire canceled")},
    {ManagementState::Discovered, "discovered", PC_TR("Discovered")},
    {ManagementState::Unknown, "unknownFutureValue", PC_TR("Unknown")},
    {ManagementState::Other, "", PC_TR("Other")},
};

constexpr EnumRow<EnrollmentType> kEnrollmentType[] = {
    {EnrollmentType::Unknown, "unknown", PC_TR("Unknown")},
    {EnrollmentType::UserEnrollment, "userEnrollment", PC_TR("User enrollment")},
    {EnrollmentType::DeviceEnrollmentManager, "deviceEnrollmentManager", PC_TR("Device enrollment manager")},
    {EnrollmentType::AppleBulkWithUser, "appleBulkWithUser", PC_TR("Apple automated enrollment with user affinity")},
    {EnrollmentType::AppleBulkWithoutUser, "appleBulkWithoutUser",
     PC_TR("Apple automated enrollment without user affinity")},
    {EnrollmentType::WindowsAzureADJoin, "windowsAzureADJoin", PC_TR("Windows Azure AD join")},
    {EnrollmentType::WindowsBulkUserless, "windowsBulkUserless", PC_TR("Windows bulk enrollment, userless")},
    {EnrollmentType::WindowsAutoEnrollment, "windowsAutoEnrollment", PC_TR("Windows automatic enrollment")},
    {EnrollmentType::WindowsBulkAzureDomainJoin, "windowsBulkAzureDomainJoin",
     PC_TR("Windows bulk Azure domain join")},
    {EnrollmentType::WindowsCoManagement, "windowsCoManagement", PC_TR("Windows co-management")},
    {EnrollmentType::WindowsAzureADJoinUsingDeviceAuth, "windowsAzureADJoinUsingDeviceAuth",
     PC_TR("Windows Azure AD join using device authentication")},
    {EnrollmentType::AppleUserEnrollment, "appleUserEnrollment", PC_TR("Apple User Enrollment")},
    {EnrollmentType::AppleUserEnrollmentWithServiceAccount, "appleUserEnrollmentWithServiceAccount",
     PC_TR("Apple User Enrollment with service account")},
    {EnrollmentType::AppleAccountDrivenUserEnrollment, "appleAccountDrivenUserEnrollment",
     PC_TR("Apple account-driven User Enrollment")},
    {EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterpriseDedicatedDevice",
     PC_TR("Android Enterprise dedicated device")},
    {EnrollmentType::AndroidEnterpriseFullyManaged, "androidEnterpriseFullyManaged",
     PC_TR("Android Enterprise fully managed")},
    {EnrollmentType::AndroidEnterpriseCorporateWorkProfile, "androidEnterpriseCorporateWorkProfile",
     PC_TR("Android Enterprise corporate-owned work profile")},
    {EnrollmentType::AndroidAOSPUserOwnedDeviceEnrollment, "androidAOSPUserOwnedDeviceEnrollment",
     PC_TR("Android (AOSP) user-associated")},
    {EnrollmentType::AndroidAOSPUserlessDeviceEnrollment, "androidAOSPUserlessDeviceEnrollment",
     PC_TR("Android (AOSP) userless")},
    {EnrollmentType::Other, "", PC_TR("Other")},
};

constexpr EnumRow<JoinType> kJoinType[] = {
    {JoinType::NotReported, "", PC_TR("Not reported")},
    {JoinType::Unknown, "unknown", PC_TR("Unknown")},
    {JoinType::AzureADJoined, "azureADJoined", PC_TR("Microsoft Entra joined")},
    {JoinType::AzureADRegistered, "azureADRegistered", PC_TR("Microsoft Entra registered")},
    {JoinType::HybridAzureADJoined, "hybridAzureADJoined", PC_TR("Microsoft Entra hybrid joined")},
    {JoinType::Other, "", PC_TR("Other")},
};

constexpr EnumRow<ComplianceState> kCompliance[] = {
    {ComplianceState::Unknown, "unknown", PC_TR("Unknown")},
    {ComplianceState::Compliant, "compliant", PC_TR("Compliant")},
    {ComplianceState::Noncompliant, "noncompliant", PC_TR("Noncompliant")},
    {ComplianceState::Conflict, "conflict", PC_TR("Conflict")},
    {ComplianceState::Error, "error", PC_TR("Error")},
    {ComplianceState::InGracePeriod, "inGracePeriod", PC_TR("In grace period")},
    {ComplianceState::ConfigManager, "configManager", PC_TR("Configuration Manager")},
    {ComplianceState::Other, "", PC_TR("Other")},
};

#undef PC_TR

template<typename E, std::size_t N>
const EnumRow<E> *findRow(const EnumRow<E> (&table)[N], E value)
{
    const auto *it = std::find_if(std::begin(table), std::end(table), [value](const auto &r) { return r.value == value; });
    return it == std::end(table) ? nullptr : it;
}

template<typename E, std::size_t N>
QString graphOf(const EnumRow<E> (&table)[N], E value)
{
    const auto *row = findRow(table, value);
    return row ? QString::fromLatin1(row->graph) : QString();
}

template<typename E, std::size_t N>
QString displayOf(const EnumRow<E> (&table)[N], E value)
{
    const auto *row = findRow(table, value);
    return row ? QCoreApplication::translate("Device", row->display) : QString();
}

template<typename E, std::size_t N>
std::optional<E> parseOf(const EnumRow<E> (&table)[N], QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const auto &row : table) {
        if (row.graph[0] != '\0' && text.compare(QLatin1String(row.graph), Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return std::nullopt;
}

} // namespace

QString toGraphString(Ownership value) { return graphOf(kOwnership, value); }
QString toGraphString(ManagementState value) { return graphOf(kManagementState, value); }
QString toGraphString(EnrollmentType value) { return graphOf(kEnrollmentType, value); }
QString toGraphString(JoinType value) { return graphOf(kJoinType, value); }
QString toGraphString(ComplianceState value) { return graphOf(kCompliance, value); }

QString displayText(Ownership value) { return displayOf(kOwnership, value); }
QString displayText(ManagementState value) { return displayOf(kManagementState, value); }
QString displayText(EnrollmentType value) { return displayOf(kEnrollmentType, value); }
QString displayText(JoinType value) { return displayOf(kJoinType, value); }
QString displayText(ComplianceState value) { return displayOf(kCompliance, value); }

std::optional<Ownership> parseOwnership(QStringView text) { return parseOf(kOwnership, text); }
std::optional<ManagementState> parseManagementState(QStringView text)
{
    if (text.compare(u"unknownFutureValue", Qt::CaseInsensitive) == 0)
        return ManagementState::Unknown;
    return parseOf(kManagementState, text);
}
std::optional<EnrollmentType> parseEnrollmentType(QStringView text) { return parseOf(kEnrollmentType, text); }
std::optional<JoinType> parseJoinType(QStringView text) { return parseOf(kJoinType, text); }
std::optional<ComplianceState> parseComplianceState(QStringView text) { return parseOf(kCompliance, text); }

std::optional<DeviceActionResult> latestPasscodeResult(const Device &device)
{
    std::optional<DeviceActionResult> latest;
    for (const auto &r : device.actionResults) {
        if (r.type != ActionResultType::ResetPasscode)
            continue;
        if (!latest || r.startDateTime > latest->startDateTime)
            latest = r;
    }
    return latest;
}

} // namespace passcode::devices
