// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One device per case of the decision table of ../shared/reference/passcode-support.md, with the action it
// allows: shared by the rules' test (tests/core/eligibility) and the bulk planner's (tests/core/actions).

#include "DeviceTestData.h"
#include "core/eligibility/PasscodeRules.h"

#include <optional>
#include <vector>

namespace passcode::testdata {

using namespace passcode::devices;
using namespace passcode::eligibility;
using actions::RemoteAction;

struct RuleCase
{
    const char *name;
    Device device;
    int row;
    std::optional<RemoteAction> allowed; ///< the one action allowed, or none
    Scope scope;
    int cautions; ///< number of cautions on the allowed action (the check-in caution excluded)
};

inline Device withRegistered(Device d, bool registered)
{
    d.azureADRegistered = registered;
    return d;
}

inline std::vector<RuleCase> ruleCases()
{
    using E = EnrollmentType;
    using J = JoinType;
    return {
        {"row1_ios_ade", makeDevice("iOS", "17.5", E::AppleBulkWithUser, "iPhone"), 1,
         RemoteAction::RemovePasscode, Scope::Device, 1},
        {"row1_ipados_company_portal", makeDevice("iPadOS", "18.1", E::UserEnrollment, "iPad"), 1,
         RemoteAction::RemovePasscode, Scope::Device, 1},
        {"row1_ios_personal_cautioned",
         makeDevice("iOS", "17.5", E::UserEnrollment, "iPhone", J::NotReported, Ownership::Personal), 1,
         RemoteAction::RemovePasscode, Scope::Device, 2},
        {"row2_ios_user_enrollment", makeDevice("iOS", "17.5", E::AppleUserEnrollment, "iPhone"), 2,
         std::nullopt, Scope::None, 0},
        {"row2_ios_account_driven", makeDevice("iOS", "18.0", E::AppleAccountDrivenUserEnrollment, "iPhone"),
         2, std::nullopt, Scope::None, 0},
        {"row3_macos", makeDevice("macOS", "14.6", E::AppleBulkWithUser, "macMDM"), 3, std::nullopt,
         Scope::None, 0},
        {"row4_windows_desktop",
         makeDevice("Windows", "10.0.22631.4460", E::WindowsAzureADJoin, "desktop", J::AzureADJoined), 4,
         std::nullopt, Scope::None, 0},
        {"row5_windows_phone_81",
         withRegistered(
             makeDevice("Windows Phone", "8.10.14219.341", E::UserEnrollment, "windowsPhone", J::Unknown),
             false),
         5, RemoteAction::ResetPasscode, Scope::Device, 0},
        {"row5_w10m_anniversary_not_joined",
         makeDevice("Windows Mobile", "10.0.14393.2551", E::UserEnrollment, "windowsPhone", J::Unknown), 5,
         RemoteAction::ResetPasscode, Scope::Device, 0},
        {"row6_w10m_creators_joined",
         makeDevice("Windows Mobile", "10.0.15063.1805", E::WindowsAzureADJoin, "windowsPhone",
                    J::AzureADJoined),
         6, RemoteAction::PinReset, Scope::Device, 1},
        {"row6_v1_registered_means_joined",
         withRegistered(makeDevice("Windows Mobile", "10.0.15254.603", E::WindowsAzureADJoin), true), 6,
         RemoteAction::PinReset, Scope::Device, 1},
        {"row7_w10m_creators_not_joined",
         makeDevice("Windows Mobile", "10.0.15254.603", E::UserEnrollment, "windowsPhone", J::Unknown), 7,
         RemoteAction::ResetPasscode, Scope::Device, 0},
        {"row8_w10m_before_creators_joined",
         makeDevice("Windows Mobile", "10.0.14393.2551", E::WindowsAzureADJoin, "windowsPhone",
                    J::AzureADJoined),
         8, std::nullopt, Scope::None, 0},
        {"row9_android_admin_6", makeDevice("Android", "6.0.1", E::UserEnrollment, "android"), 9,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row10_android_admin_7", makeDevice("Android", "7.0", E::UserEnrollment, "android"), 10,
         std::nullopt, Scope::None, 0},
        {"row10_android_admin_no_version", makeDevice("Android", "", E::UserEnrollment, "android"), 10,
         std::nullopt, Scope::None, 0},
        {"row11_dedicated",
         makeDevice("Android", "13", E::AndroidEnterpriseDedicatedDevice, "androidEnterprise"), 11,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row12_aosp_user",
         makeDevice("Android", "12", E::AndroidAOSPUserOwnedDeviceEnrollment, "androidEnterprise"), 12,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row12_aosp_userless", makeDevice("Android", "10", E::AndroidAOSPUserlessDeviceEnrollment), 12,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row13_fully_managed",
         makeDevice("Android", "14", E::AndroidEnterpriseFullyManaged, "androidEnterprise"), 13,
         RemoteAction::ResetPasscode, Scope::WorkProfile, 1},
        {"row14_cope",
         makeDevice("Android", "12", E::AndroidEnterpriseCorporateWorkProfile, "androidEnterprise"), 14,
         RemoteAction::ResetPasscode, Scope::WorkProfile, 2},
        {"row15_personal_work_profile",
         makeDevice("Android", "11", E::UserEnrollment, "androidForWork", J::NotReported,
                    Ownership::Personal),
         15, RemoteAction::ResetPasscode, Scope::WorkProfile, 2},
        {"row15_personal_work_profile_8_0",
         makeDevice("Android", "8.0.0", E::UserEnrollment, "androidForWork", J::NotReported,
                    Ownership::Personal),
         15, RemoteAction::ResetPasscode, Scope::WorkProfile, 2},
        {"row16_work_profile_7",
         makeDevice("Android", "7.1.2", E::UserEnrollment, "androidForWork", J::NotReported,
                    Ownership::Personal),
         16, std::nullopt, Scope::None, 0},
        {"row17_linux", makeDevice("Linux", "6.5", E::Unknown, "linux"), 17, std::nullopt, Scope::None, 0},
        {"row17_chromeos", makeDevice("ChromeOS", "120", E::Unknown, "chromeOS"), 17, std::nullopt,
         Scope::None, 0},
        {"row17_empty_os", makeDevice("", "", E::Unknown, ""), 17, std::nullopt, Scope::None, 0},
        {"row17_android_v1_mode_unknown", makeDevice("Android", "12", E::UserEnrollment, ""), 17,
         std::nullopt, Scope::None, 0},
    };
}

} // namespace passcode::testdata
