// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/PasscodeRules.h"

#include <QLocale>

#include <array>

namespace passcode::eligibility {
namespace {

using actions::RemoteAction;
using devices::Device;
using devices::ManagementState;

/** Cautions a rule adds on top of an allowed verdict. */
enum Caution : unsigned
{
    NoCaution = 0,
    AndroidPolicy = 1u << 0,    ///< a device configuration policy must require a passcode
    IosUnlockToken = 1u << 1,   ///< a wrong unlock token makes removal fail for good
    IosPersonal = 1u << 2,      ///< Microsoft documents removal for corporate-owned devices
    PinResetService = 1u << 3,  ///< the Microsoft PIN Reset Service must be set up in the tenant
    WorkProfileToken = 1u << 4, ///< the user must have activated the work-profile reset token
    CopeDevicePin = 1u << 5,    ///< only the work-profile passcode is reset, not the device PIN
};

/**
 * One row of the decision table. `action` is the action the row allows (empty: none); `reason` says why the
 * platform gets no passcode action (rows without an action), `%1` being the platform seen.
 */
struct Rule
{
    int row;
    bool (*matches)(const DeviceProfile &);
    std::optional<RemoteAction> action;
    Scope scope;
    unsigned cautions;
    const char *reason;
    const char *source;
};

bool below(const DeviceProfile &p, int major, int minor = 0, int micro = 0)
{
    return !p.version.isNull() && p.version < QVersionNumber(major, minor, micro).normalized();
}
bool atLeast(const DeviceProfile &p, int major, int minor = 0, int micro = 0)
{
    return !p.version.isNull() && p.version >= QVersionNumber(major, minor, micro).normalized();
}
bool windowsMobileBeforeCreators(const DeviceProfile &p)
{
    return p.platform == Platform::WindowsMobile &&
           (p.version.isNull() || p.version < kWindowsCreatorsUpdate);
}
bool windowsMobileCreators(const DeviceProfile &p)
{
    return p.platform == Platform::WindowsMobile && !p.version.isNull() &&
           p.version >= kWindowsCreatorsUpdate;
}
bool android(const DeviceProfile &p, AndroidMode mode)
{
    return p.platform == Platform::Android && p.androidMode == mode;
}
bool workProfile(const DeviceProfile &p)
{
    return android(p, AndroidMode::PersonalWorkProfile) || android(p, AndroidMode::CorporateWorkProfile);
}

// The decision table. First match wins; the last row matches everything.
const std::array<Rule, 17> kRules{{
    {2, [](const DeviceProfile &p) { return p.platform == Platform::Ios && p.appleUserEnrollment; },
     std::nullopt, Scope::None, NoCaution,
     QT_TRANSLATE_NOOP("PasscodeRules",
                       "iOS/iPadOS User Enrollment gives Intune no control over the device passcode."),
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: Remove passcode (2020–2026 pages); User Enrollment limits")},
    {1, [](const DeviceProfile &p) { return p.platform == Platform::Ios; }, RemoteAction::RemovePasscode,
     Scope::Device, IosUnlockToken, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "2017 seed (iOS: supported); Intune: Remove passcode (2025–2026)")},
    {3, [](const DeviceProfile &p) { return p.platform == Platform::MacOS; }, std::nullopt, Scope::None,
     NoCaution,
     QT_TRANSLATE_NOOP("PasscodeRules", "macOS passcodes cannot be reset or removed by Intune; use Remote "
                                        "lock with its recovery PIN instead."),
     QT_TRANSLATE_NOOP("PasscodeRules", "2017 seed (macOS: not supported); Intune: Remote lock")},
    {4, [](const DeviceProfile &p) { return p.platform == Platform::WindowsDesktop; }, std::nullopt,
     Scope::None, NoCaution,
     QT_TRANSLATE_NOOP("PasscodeRules", "Windows 10/11 desktop passcodes cannot be reset by Intune."),
     QT_TRANSLATE_NOOP("PasscodeRules", "2017 seed (Windows: not supported)")},
    {5, [](const DeviceProfile &p) { return windowsMobileBeforeCreators(p) && !p.entraJoined; },
     RemoteAction::ResetPasscode, Scope::Device, NoCaution, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules",
                       "2017 seed (Windows Phone 8.1 to Windows 10 Creators Update, not Azure AD joined)")},
    {6, [](const DeviceProfile &p) { return windowsMobileCreators(p) && p.entraJoined; },
     RemoteAction::PinReset, Scope::Device, PinResetService, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "2020 seed; Intune: Windows 10 Mobile PIN reset")},
    {7, [](const DeviceProfile &p) { return windowsMobileCreators(p) && !p.entraJoined; },
     RemoteAction::ResetPasscode, Scope::Device, NoCaution, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "2017 seed (Windows 10 Creators Update and later)")},
    {8, [](const DeviceProfile &p) { return windowsMobileBeforeCreators(p) && p.entraJoined; }, std::nullopt,
     Scope::None, NoCaution,
     QT_TRANSLATE_NOOP("PasscodeRules",
                       "This Windows phone is Azure AD joined but older than the Creators Update "
                       "(10.0.15063): PIN reset needs "
                       "the Creators Update, and passcode reset needs a device that is not Azure AD joined."),
     QT_TRANSLATE_NOOP("PasscodeRules", "2017 and 2020 seeds")},
    {9, [](const DeviceProfile &p) { return android(p, AndroidMode::DeviceAdministrator) && below(p, 7); },
     RemoteAction::ResetPasscode, Scope::Device, AndroidPolicy, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "2017 seed (Android before 7)")},
    {10, [](const DeviceProfile &p) { return android(p, AndroidMode::DeviceAdministrator); }, std::nullopt,
     Scope::None, NoCaution,
     QT_TRANSLATE_NOOP(
         "PasscodeRules",
         "Android device administrator on Android 7.0 or later (or an unreported version): Google removed "
         "passcode reset for all MDM vendors."),
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: passcode reset (2018+ pages)")},
    {11, [](const DeviceProfile &p) { return android(p, AndroidMode::Dedicated); },
     RemoteAction::ResetPasscode, Scope::Device, AndroidPolicy, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: Reset passcode (2025)")},
    {12, [](const DeviceProfile &p) { return android(p, AndroidMode::Aosp); }, RemoteAction::ResetPasscode,
     Scope::Device, AndroidPolicy, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: Reset passcode (2022+ pages)")},
    {13, [](const DeviceProfile &p) { return android(p, AndroidMode::FullyManaged); },
     RemoteAction::ResetPasscode, Scope::WorkProfile, AndroidPolicy, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: Reset passcode (2025)")},
    {16, [](const DeviceProfile &p) { return workProfile(p) && !atLeast(p, 8); }, std::nullopt, Scope::None,
     NoCaution,
     QT_TRANSLATE_NOOP(
         "PasscodeRules",
         "Android work profile passcode reset needs Android 8.0 or later (this device reports an older or no "
         "version)."),
     QT_TRANSLATE_NOOP("PasscodeRules", "2017 seed (Android for Work: not supported); Intune 2018 page")},
    {14, [](const DeviceProfile &p) { return android(p, AndroidMode::CorporateWorkProfile); },
     RemoteAction::ResetPasscode, Scope::WorkProfile, AndroidPolicy | CopeDevicePin, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: Reset passcode (2025); memdocs issue #1311")},
    {15, [](const DeviceProfile &p) { return android(p, AndroidMode::PersonalWorkProfile); },
     RemoteAction::ResetPasscode, Scope::WorkProfile, AndroidPolicy | WorkProfileToken, nullptr,
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: Reset passcode (2025)")},
    {17, [](const DeviceProfile &) { return true; }, std::nullopt, Scope::None, NoCaution,
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune has no passcode action for this platform (%1)."),
     QT_TRANSLATE_NOOP("PasscodeRules", "Intune: supported platforms")},
}};

const Rule &ruleFor(const DeviceProfile &profile)
{
    for (const Rule &rule : kRules) {
        if (rule.matches(profile))
            return rule;
    }
    return kRules.back();
}

QString trRule(const char *text)
{
    return QCoreApplication::translate("PasscodeRules", text);
}

QStringList cautionTexts(unsigned cautions, const Device &device)
{
    QStringList out;
    if (cautions & AndroidPolicy)
        out << trRule(QT_TRANSLATE_NOOP(
            "PasscodeRules",
            "A device configuration policy must already require a passcode on this device, or the "
            "reset fails."));
    if (cautions & WorkProfileToken)
        out << trRule(QT_TRANSLATE_NOOP(
            "PasscodeRules",
            "The user must have activated the work-profile reset token (a work-profile passcode policy "
            "and the user accepting the prompt); otherwise the action ends as \"not supported\"."));
    if (cautions & CopeDevicePin)
        out << trRule(QT_TRANSLATE_NOOP(
            "PasscodeRules",
            "Only the work-profile passcode is reset; the device PIN itself cannot be reset on a "
            "corporate-owned work profile."));
    if (cautions & IosUnlockToken)
        out << trRule(QT_TRANSLATE_NOOP(
            "PasscodeRules",
            "If Intune holds a wrong unlock token, the removal fails for good and only a wipe "
            "recovers the device."));
    if ((cautions & IosUnlockToken) && device.ownership != devices::Ownership::Company)
        out << trRule(QT_TRANSLATE_NOOP(
            "PasscodeRules",
            "Microsoft documents Remove passcode for corporate-owned devices; this device is not "
            "marked corporate."));
    if (cautions & PinResetService)
        out << trRule(QT_TRANSLATE_NOOP(
            "PasscodeRules",
            "The Microsoft PIN Reset Service must be set up in the tenant and enabled on the device "
            "(PassportForWork EnablePinRecovery)."));
    return out;
}

QString platformLabel(const DeviceProfile &profile)
{
    return profile.platformSeen.isEmpty() ? trRule(QT_TRANSLATE_NOOP("PasscodeRules", "not reported"))
                                          : profile.platformSeen;
}

QString mismatchReason(RemoteAction wanted, const std::optional<RemoteAction> &platformAction)
{
    const QString wantedName = actions::displayName(wanted);
    if (!platformAction)
        return {};
    return QCoreApplication::translate("PasscodeRules", "%1 does not apply to this device; it takes %2.")
        .arg(wantedName, actions::displayName(*platformAction));
}

QString blockingStateReason(const Device &device)
{
    return QCoreApplication::translate(
               "PasscodeRules", "The device is in the \"%1\" management state: retire, wipe and delete "
                                "override passcode actions.")
        .arg(devices::displayText(device.managementState));
}

} // namespace

QString displayName(Scope scope)
{
    switch (scope) {
    case Scope::Device:
        return QCoreApplication::translate("Scope", "device");
    case Scope::WorkProfile:
        return QCoreApplication::translate("Scope", "work profile");
    case Scope::None:
        break;
    }
    return QStringLiteral("–");
}

QString stableName(Scope scope)
{
    switch (scope) {
    case Scope::Device:
        return QStringLiteral("device");
    case Scope::WorkProfile:
        return QStringLiteral("workProfile");
    case Scope::None:
        break;
    }
    return QStringLiteral("none");
}

bool PasscodeRules::isBlockingManagementState(ManagementState state)
{
    switch (state) {
    case ManagementState::RetirePending:
    case ManagementState::RetireIssued:
    case ManagementState::WipePending:
    case ManagementState::WipeIssued:
    case ManagementState::DeletePending:
        return true;
    default:
        return false;
    }
}

std::optional<InFlightAction> PasscodeRules::graphInFlight(const Device &device)
{
    std::optional<InFlightAction> found;
    for (const auto &r : device.actionResults) {
        if (r.type != devices::ActionResultType::ResetPasscode)
            continue;
        if (r.actionState != actions::ActionState::Pending && r.actionState != actions::ActionState::Active)
            continue;
        if (found && found->since >= r.startDateTime)
            continue;
        const bool recover = r.actionName.compare(u"recoverPasscode", Qt::CaseInsensitive) == 0;
        InFlightAction a;
        a.action =
            recover ? RemoteAction::PinReset : platformAction(device).value_or(RemoteAction::ResetPasscode);
        a.since = r.startDateTime;
        found = a;
    }
    return found;
}

std::optional<RemoteAction> PasscodeRules::platformAction(const Device &device)
{
    return ruleFor(classify(device)).action;
}

Scope PasscodeRules::platformScope(const Device &device, RemoteAction action)
{
    const Rule &rule = ruleFor(classify(device));
    return rule.action == action ? rule.scope : Scope::None;
}

int PasscodeRules::ruleRow(const Device &device)
{
    return ruleFor(classify(device)).row;
}

Verdict PasscodeRules::evaluate(const Device &device, RemoteAction action, const EvaluationContext &context)
{
    const DeviceProfile profile = classify(device);
    const Rule &rule = ruleFor(profile);
    Verdict v;
    v.action = action;
    v.rule = rule.row;
    v.source = tr(rule.source);

    if (!rule.action) {
        QString reason = tr(rule.reason);
        if (reason.contains(QLatin1String("%1")))
            reason = reason.arg(platformLabel(profile));
        if (profile.platform == Platform::Android && profile.androidMode == AndroidMode::Undetermined)
            reason =
                tr("The Android management mode could not be determined (the device was read without its "
                   "beta deviceType). Reload the device from the beta endpoint.");
        v.reasons << reason;
    } else if (*rule.action != action) {
        v.reasons << mismatchReason(action, rule.action);
    } else {
        v.allowed = true;
        v.scope = rule.scope;
        v.cautions = cautionTexts(rule.cautions, device);
    }

    // Blocking states apply whatever the platform says.
    if (isBlockingManagementState(device.managementState)) {
        v.allowed = false;
        v.blocked = true;
        v.reasons.prepend(blockingStateReason(device));
    }
    std::optional<InFlightAction> inFlight = graphInFlight(device);
    if (context.localInFlight && (!inFlight || context.localInFlight->since > inFlight->since))
        inFlight = context.localInFlight;
    if (inFlight) {
        v.allowed = false;
        v.blocked = true;
        const QString since = inFlight->since.isValid()
                                  ? QLocale().toString(inFlight->since.toLocalTime(), QLocale::ShortFormat)
                                  : tr("an unknown time");
        v.reasons.prepend(tr("%1 is already pending for this device since %2; follow it instead of sending a "
                             "second one.")
                              .arg(actions::displayName(inFlight->action), since));
    }
    if (v.allowed) {
        v.reasons.clear();
        if (!device.lastSyncDateTime.isValid()) {
            v.cautions << tr("The device has never checked in: the action stays pending until it does.");
        } else if (context.now.isValid()) {
            const qint64 days = device.lastSyncDateTime.daysTo(context.now);
            if (days >= context.staleAfterDays)
                v.cautions << tr(
                    "The device last checked in %n day(s) ago: the action stays pending until it "
                    "checks in again.",
                    nullptr, static_cast<int>(days));
        }
    } else {
        v.scope = Scope::None;
        v.cautions.clear();
    }
    return v;
}

QList<Verdict> PasscodeRules::evaluateAll(const Device &device, const EvaluationContext &context)
{
    QList<Verdict> out;
    for (RemoteAction a : actions::kAllRemoteActions)
        out.append(evaluate(device, a, context));
    return out;
}

} // namespace passcode::eligibility
