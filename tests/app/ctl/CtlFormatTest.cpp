// SPDX-License-Identifier: GPL-3.0-or-later
// app/ctl/CtlFormat: passcodectl's text for people and --json shapes, with the service's text neutralised.
#include "app/ctl/CtlFormat.h"
#include "app/ctl/Output.h"
#include "core/actions/LikelyCause.h"

#include "CtlTestData.h"

#include "core/eligibility/PasscodeRules.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::ctl;

namespace {

devices::Device android()
{
    devices::Device d;
    d.id = QStringLiteral("0f6d1a8e-5d1c-4b8e-9a51-3c1b0d2e7f41");
    d.deviceName = QStringLiteral("KIOSK-LIL-941");
    d.operatingSystem = QStringLiteral("Android");
    d.osVersion = QStringLiteral("14");
    d.ownership = devices::Ownership::Company;
    d.enrollmentType = devices::EnrollmentType::AndroidEnterpriseDedicatedDevice;
    d.serialNumber = QStringLiteral("R58N123");
    d.imei = QStringLiteral("351234567890123");
    d.model = QStringLiteral("ET40");
    d.manufacturer = QStringLiteral("Zebra Technologies");
    d.userPrincipalName = QStringLiteral("pat@contoso.example");
    d.lastSyncDateTime = QDateTime(QDate(2026, 11, 21), QTime(19, 40, 11), Qt::UTC);
    return d;
}

bool hasControls(const QString &text, QStringView allowed = u"\n")
{
    for (const QChar c : text) {
        if (isControl(c.unicode()) && !allowed.contains(c))
            return true;
    }
    return false;
}

} // namespace

TEST(ctl_Format, OneLineJoinsLinesAndDropsControls)
{
    EXPECT_EQ(CtlFormat::oneLine(QStringLiteral("first\nsecond\r\n  third")),
              QStringLiteral("first second third"));
    const QString line = CtlFormat::oneLine(QStringLiteral("Device \x1b]0;owned\x07 failed"));
    EXPECT_FALSE(hasControls(line, u"")) << line.toStdString();
    EXPECT_TRUE(line.startsWith(QStringLiteral("Device ")));
}

TEST(ctl_Format, Times)
{
    EXPECT_EQ(CtlFormat::time({}), QStringLiteral("-"));
    EXPECT_EQ(CtlFormat::time(QDateTime(QDate(2026, 11, 21), QTime(20, 40, 11), Qt::OffsetFromUTC, 3600)),
              QStringLiteral("2026-11-21T19:40:11Z"));
}

TEST(ctl_Format, FilterAndPlatform)
{
    const devices::Device d = android();
    EXPECT_TRUE(CtlFormat::matchesFilter(d, {}));
    EXPECT_TRUE(CtlFormat::matchesFilter(d, QStringLiteral(" kiosk ")));
    EXPECT_TRUE(CtlFormat::matchesFilter(d, QStringLiteral("r58n")));
    EXPECT_TRUE(CtlFormat::matchesFilter(d, QStringLiteral("PAT@")));
    EXPECT_TRUE(CtlFormat::matchesFilter(d, QStringLiteral("5678901")));
    EXPECT_TRUE(CtlFormat::matchesFilter(d, QStringLiteral("et40")));
    EXPECT_TRUE(CtlFormat::matchesFilter(d, QStringLiteral("0f6d1a8e")));
    EXPECT_FALSE(CtlFormat::matchesFilter(d, QStringLiteral("zebra")));
    EXPECT_TRUE(CtlFormat::matchesPlatform(d, QStringLiteral("android")));
    EXPECT_TRUE(CtlFormat::matchesPlatform(d, QStringLiteral("And")));
    EXPECT_FALSE(CtlFormat::matchesPlatform(d, QStringLiteral("ios")));
    devices::Device ipad = d;
    ipad.operatingSystem = QStringLiteral("iPadOS");
    EXPECT_TRUE(CtlFormat::matchesPlatform(ipad, QStringLiteral("ios")));
    EXPECT_TRUE(CtlFormat::matchesPlatform(ipad, QStringLiteral("ipad")));
}

TEST(ctl_Format, PlatformAndDashes)
{
    devices::Device d = android();
    EXPECT_EQ(CtlFormat::platformText(d), QStringLiteral("Android 14"));
    d.osVersion.clear();
    EXPECT_EQ(CtlFormat::platformText(d), QStringLiteral("Android"));
    d.operatingSystem.clear();
    EXPECT_EQ(CtlFormat::platformText(d), QStringLiteral("-"));
    EXPECT_EQ(CtlFormat::orDash({}), QStringLiteral("-"));
    EXPECT_EQ(CtlFormat::devicesTableHeader().size(), 7);
}

TEST(ctl_Format, DeviceShowTextNamesTheVerdictsAndNeutralisesTheDevice)
{
    devices::Device d = android();
    d.deviceName = QStringLiteral("KIOSK\x1b[2J\nsecond line");
    const QList<eligibility::Verdict> verdicts = eligibility::PasscodeRules::evaluateAll(d, {});
    const QString text = CtlFormat::deviceShowText(d, verdicts);
    EXPECT_FALSE(hasControls(text)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Reset passcode")));
    EXPECT_TRUE(text.contains(QStringLiteral("allowed (device)")));
    EXPECT_FALSE(text.contains(QStringLiteral("\nsecond line"))) << "a line break from the service";

    const QJsonObject json = CtlFormat::deviceShowJson(d, verdicts);
    EXPECT_EQ(json.value(u"deviceName").toString(), d.deviceName) << "JSON keeps the value (escaped)";
    const QJsonObject reset = json.value(u"eligibility").toObject().value(u"resetPasscode").toObject();
    EXPECT_TRUE(reset.value(u"allowed").toBool());
    EXPECT_EQ(reset.value(u"scope").toString(), QStringLiteral("device"));
    EXPECT_TRUE(json.value(u"passcodeAction").isNull());
}

TEST(ctl_Format, ActionsTableIsAlignedAndSafe)
{
    actions::RemoteActionAudit a;
    a.deviceDisplayName = QStringLiteral("iPhone \x1b[31mred");
    a.action = QStringLiteral("resetPasscode");
    a.actionState = actions::ActionState::Pending;
    a.initiatedByUserPrincipalName = QStringLiteral("helpdesk@contoso.example");
    a.requestDateTime = QDateTime(QDate(2026, 11, 22), QTime(2, 0, 54), Qt::UTC);
    actions::RemoteActionAudit b = a;
    b.deviceDisplayName = QStringLiteral("A");
    b.fromJournal = true;
    const QStringList lines = CtlFormat::actionsTable({a, b}).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_FALSE(hasControls(lines.join(u'\n')));
    EXPECT_EQ(lines.at(1).indexOf(QStringLiteral("resetPasscode")),
              lines.at(2).indexOf(QStringLiteral("resetPasscode")));
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral("journal")));
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("Intune")));
    const QJsonArray json = CtlFormat::actionsJson({a, b});
    ASSERT_EQ(json.size(), 2);
    EXPECT_TRUE(json.at(1).toObject().value(u"fromJournal").toBool());
}

TEST(ctl_Format, AFailedPasscodeActionIsExplainedInThePanelsWords)
{
    actions::RemoteActionAudit failed;
    failed.deviceDisplayName = QStringLiteral("KIOSK-7");
    failed.action = QStringLiteral("resetPasscode");
    failed.actionState = actions::ActionState::Failed;
    actions::RemoteActionAudit lock = failed;
    lock.action = QStringLiteral("remoteLock"); // not a passcode action: no explanation
    const QString cause = *actions::LikelyCause::ofAudit(failed);
    EXPECT_EQ(cause, *actions::LikelyCause::of({}, actions::RemoteAction::ResetPasscode,
                                               actions::ActionState::Failed));
    const QString table = CtlFormat::actionsTable({failed, lock});
    EXPECT_TRUE(table.contains(cause)) << table.toStdString();
    EXPECT_EQ(table.count(cause), 1);
    const QJsonArray json = CtlFormat::actionsJson({failed, lock});
    EXPECT_EQ(json.at(0).toObject().value(u"likelyCause").toString(), cause);
    EXPECT_TRUE(json.at(1).toObject().value(u"likelyCause").isNull());
}

TEST(ctl_Format, ResetJsonHoldsThePasscodeOnlyWhenAsked)
{
    actions::TrackedAction a;
    a.key = actions::ActionKey{QStringLiteral("dev-1"), actions::RemoteAction::PinReset};
    a.state = actions::ActionState::Done;
    a.deviceName = QStringLiteral("WP-1");
    a.passcode = QStringLiteral("752694");
    a.passcodeExpiry = QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC);
    const QJsonObject hidden = CtlFormat::resetJson(a, false);
    EXPECT_FALSE(hidden.contains(u"passcode"));
    EXPECT_TRUE(hidden.value(u"passcodeAvailable").toBool());
    EXPECT_EQ(hidden.value(u"action").toString(), QStringLiteral("pinReset"));
    EXPECT_EQ(hidden.value(u"graphAction").toString(), QStringLiteral("recoverPasscode"));
    EXPECT_EQ(hidden.value(u"passcodeExpiry").toString(), QStringLiteral("2026-11-29T00:00:00Z"));
    EXPECT_EQ(CtlFormat::resetJson(a, true).value(u"passcode").toString(), QStringLiteral("752694"));
    a.passcode.reset();
    EXPECT_TRUE(CtlFormat::resetJson(a, true).value(u"passcodeExpiry").isNull());
    EXPECT_FALSE(CtlFormat::resetJson(a, true).contains(u"passcode"));
}
