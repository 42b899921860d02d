// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deviceactions/DeviceActionsModel.h"
#include "core/actions/LikelyCause.h"
#include "ui/deviceactions/DeviceActionsFilterModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace passcode;
using actions::ActionState;
using actions::RemoteActionAudit;
using passcode::ui::DeviceActionsFilterModel;
using passcode::ui::DeviceActionsModel;

namespace {

RemoteActionAudit audit(int n, const char *action = "resetPasscode", ActionState state = ActionState::Pending)
{
    RemoteActionAudit a;
    a.id = QStringLiteral("audit-%1").arg(n);
    a.deviceDisplayName = QStringLiteral("Device-%1").arg(n);
    a.managedDeviceId = QStringLiteral("dev-%1").arg(n);
    a.initiatedByUserPrincipalName = QStringLiteral("helpdesk@contoso.example");
    a.action = QString::fromLatin1(action);
    a.actionState = state;
    a.requestDateTime = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(60 * n);
    return a;
}

/** Newest first, as the feed gives them. */
QList<RemoteActionAudit> feed(int from, int to)
{
    QList<RemoteActionAudit> rows;
    for (int n = to; n >= from; --n)
        rows << audit(n, n % 3 == 0 ? "remoteLock" : "resetPasscode",
                      n % 2 ? ActionState::Done : ActionState::Pending);
    return rows;
}

class ui_DeviceActionsModel : public ::testing::Test
{
protected:
    DeviceActionsModel model;
    DeviceActionsFilterModel filter;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester filterTester{&filter, QAbstractItemModelTester::FailureReportingMode::Fatal};

    void SetUp() override { filter.setSourceModel(&model); }
};

TEST_F(ui_DeviceActionsModel, ShowsDeviceActionStateInitiatorAndRequestTime)
{
    model.setRows({audit(1)});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, DeviceActionsModel::DeviceName).data().toString(), QStringLiteral("Device-1"));
    EXPECT_EQ(model.index(0, DeviceActionsModel::Action).data().toString(), QStringLiteral("Reset passcode"));
    EXPECT_EQ(model.index(0, DeviceActionsModel::State).data().toString(), QStringLiteral("Pending"));
    EXPECT_EQ(model.index(0, DeviceActionsModel::InitiatedBy).data().toString(),
              QStringLiteral("helpdesk@contoso.example"));
    EXPECT_EQ(model.index(0, DeviceActionsModel::Requested).data(DeviceActionsModel::SortRole).toLongLong(),
              audit(1).requestDateTime.toMSecsSinceEpoch());
    EXPECT_EQ(model.index(0, 0).data(DeviceActionsModel::DeviceIdRole).toString(), QStringLiteral("dev-1"));
}

TEST_F(ui_DeviceActionsModel, ARefreshWithTheSameRowsIsOneBatchedDataChanged)
{
    model.setRows(feed(1, 20));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<RemoteActionAudit> next = feed(1, 20);
    next[3].actionState = ActionState::Done;
    model.setRows(next);
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 19);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    EXPECT_FALSE(roles.isEmpty());
    EXPECT_TRUE(roles.contains(Qt::DisplayRole));
    EXPECT_EQ(model.index(3, DeviceActionsModel::State).data().toString(), QStringLiteral("Done"));
}

TEST_F(ui_DeviceActionsModel, NewActionsOnTopAreInserted)
{
    model.setRows(feed(1, 20));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(feed(1, 23));
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 2);
    EXPECT_EQ(model.rowCount(), 23);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Device-23"));
}

TEST_F(ui_DeviceActionsModel, AnythingElseResets)
{
    model.setRows(feed(1, 20));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(feed(5, 30));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 26);
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ui_DeviceActionsModel, FiltersOnStateAndAction)
{
    model.setRows(feed(1, 30));
    filter.setStateFilter(ActionState::Done);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, DeviceActionsModel::State).data().toString(), QStringLiteral("Done"));
    EXPECT_EQ(filter.rowCount(), 15);
    filter.setActionFilter(QStringLiteral("remoteLock"));
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, DeviceActionsModel::Action).data().toString(),
                  QStringLiteral("Remote lock"));
    EXPECT_EQ(filter.rowCount(), 5); // odd multiples of 3 up to 30: 3, 9, 15, 21, 27
    filter.setStateFilter(std::nullopt);
    filter.setActionFilter(std::nullopt);
    EXPECT_EQ(filter.rowCount(), 30);
    // Refreshes keep flowing through the filter.
    filter.setStateFilter(ActionState::Pending);
    model.setRows(feed(1, 34));
    EXPECT_EQ(filter.rowCount(), 17);
}

TEST_F(ui_DeviceActionsModel, SortsOnRawRequestTimes)
{
    model.setRows(feed(1, 12));
    filter.sort(DeviceActionsModel::Requested, Qt::AscendingOrder);
    EXPECT_EQ(filter.index(0, 0).data().toString(), QStringLiteral("Device-1"));
    EXPECT_EQ(filter.index(11, 0).data().toString(), QStringLiteral("Device-12"));
}

TEST_F(ui_DeviceActionsModel, RowsOfThisConsoleAreMarked)
{
    RemoteActionAudit own = audit(1);
    own.id.clear();
    own.fromJournal = true;
    model.setRows({own});
    EXPECT_TRUE(model.index(0, 0).data(DeviceActionsModel::FromJournalRole).toBool());
    EXPECT_FALSE(model.index(0, DeviceActionsModel::State).data(Qt::ToolTipRole).toString().isEmpty());
}

} // namespace

TEST_F(ui_DeviceActionsModel, AFailedPasscodeActionSaysItsLikelyCauseInThePanelsWords)
{
    // The same words as the passcode panel and passcodectl: one core function (actions::LikelyCause).
    RemoteActionAudit failed = audit(1, "resetPasscode", ActionState::Failed);
    devices::Device android;
    android.id = failed.managedDeviceId;
    android.operatingSystem = QStringLiteral("Android");
    android.osVersion = QStringLiteral("13");
    android.enrollmentType = devices::EnrollmentType::AndroidEnterpriseFullyManaged;
    model.setRows(
        {failed, audit(2, "resetPasscode", ActionState::Done), audit(3, "remoteLock", ActionState::Failed)});

    // Before the device list is known: the general advice.
    const QString general = model.likelyCause(0);
    EXPECT_EQ(general,
              *actions::LikelyCause::of({}, actions::RemoteAction::ResetPasscode, ActionState::Failed));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDeviceSource([&](const QString &id) -> std::optional<devices::Device> {
        return id == android.id ? std::optional(android) : std::nullopt;
    });
    EXPECT_EQ(changed.count(), 1);
    const QString cause =
        *actions::LikelyCause::of(android, actions::RemoteAction::ResetPasscode, ActionState::Failed);
    EXPECT_TRUE(cause.contains(QStringLiteral("passcode policy"))) << cause.toStdString();
    EXPECT_EQ(model.likelyCause(0), cause);
    EXPECT_EQ(model.index(0, DeviceActionsModel::State).data(Qt::ToolTipRole).toString(), cause);
    EXPECT_TRUE(model.likelyCause(1).isEmpty()) << "done: nothing to explain";
    EXPECT_TRUE(model.likelyCause(2).isEmpty()) << "not a passcode action";
    EXPECT_FALSE(model.index(1, DeviceActionsModel::State).data(Qt::ToolTipRole).isValid());
}
