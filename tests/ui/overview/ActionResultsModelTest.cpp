// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/ActionResultsModel.h"
#include "UiTestSupport.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace passcode;
using actions::ActionState;
using actions::RemoteAction;
using passcode::ui::ActionResultsModel;

namespace {

devices::DeviceActionResult result(const char *name, ActionState state, const QDateTime &start)
{
    devices::DeviceActionResult r;
    r.type = QByteArrayView(name) == "resetPasscode" ? devices::ActionResultType::ResetPasscode
                                                     : devices::ActionResultType::Base;
    r.actionName = QString::fromLatin1(name);
    r.actionState = state;
    r.startDateTime = start;
    r.lastUpdatedDateTime = start.addSecs(60);
    r.passcode = QStringLiteral("482913");
    return r;
}

TEST(ui_ActionResultsModel, ListsGraphResultsAndWhatOnlyTheConsoleKnows)
{
    ActionResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    devices::Device ios =
        uitest::makeDevice(1, QStringLiteral("iOS"), devices::EnrollmentType::AppleBulkWithUser);
    ios.actionResults = {result("remoteLock", ActionState::Done, t0.addDays(-2)),
                         result("resetPasscode", ActionState::Done, t0.addDays(-1))};
    actions::TrackedAction sent;
    sent.key = {ios.id, RemoteAction::RemovePasscode};
    sent.state = ActionState::Accepted;
    sent.requestedAt = t0;
    sent.stateSince = t0;
    model.setDevice(ios, {sent});

    ASSERT_EQ(model.rowCount(), 3);
    // Newest first; the resetPasscode result of an iOS device is the removal.
    EXPECT_EQ(model.index(0, ActionResultsModel::Action).data().toString(),
              QStringLiteral("Remove passcode"));
    EXPECT_EQ(model.index(0, ActionResultsModel::State).data().toString(), QStringLiteral("Accepted"));
    EXPECT_EQ(model.index(0, ActionResultsModel::Source).data().toString(), QStringLiteral("This console"));
    EXPECT_EQ(model.index(1, ActionResultsModel::Action).data().toString(),
              QStringLiteral("Remove passcode"));
    EXPECT_EQ(model.index(1, ActionResultsModel::Source).data().toString(), QStringLiteral("Intune"));
    EXPECT_EQ(model.index(2, ActionResultsModel::Action).data().toString(), QStringLiteral("Remote lock"));
    // Never the passcode, in any cell.
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            EXPECT_FALSE(model.index(row, column).data().toString().contains(QStringLiteral("482913")));

    // Once Graph reports the console's action, one row remains for it.
    ios.actionResults.append(result("resetPasscode", ActionState::Pending, t0.addSecs(5)));
    sent.state = ActionState::Pending;
    model.setDevice(ios, {sent});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, ActionResultsModel::Source).data().toString(), QStringLiteral("Intune"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
