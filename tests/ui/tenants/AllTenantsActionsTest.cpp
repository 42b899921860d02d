// SPDX-License-Identifier: GPL-3.0-or-later
// The Device actions of every tenant: the feeds of three sandbox tenants in one model, with a Tenant column.
#include "TenantsFixture.h"
#include "ui/deviceactions/DeviceActionsFilterModel.h"
#include "ui/deviceactions/DeviceActionsModel.h"
#include "ui/tenants/AllTenantsActionsModel.h"
#include "ui/tenants/AllTenantsActionsPage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace passcode;
using ui::AllTenantsActionsModel;
using ui::DeviceActionsModel;
using namespace Qt::StringLiterals;

namespace {

class ui_AllTenantsActions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(tenants.start());
        for (int i = 0; i < uitest::ThreeTenants::kTenants; ++i) {
            actions::AuditFeed &feed = tenants.engines[static_cast<std::size_t>(i)]->auditFeed();
            QSignalSpy refreshed(&feed, &actions::AuditFeed::refreshed);
            feed.refresh();
            ASSERT_TRUE(refreshed.wait(20000));
            counts.append(static_cast<int>(feed.rows().size()));
            ASSERT_GT(counts.back(), 0);
        }
    }
    uitest::ThreeTenants tenants;
    QList<int> counts;
};

TEST_F(ui_AllTenantsActions, MergesEveryFeedWithATenantColumnAndFilters)
{
    ui::AllTenantsActionsPage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setTenants(tenants.handles);
    AllTenantsActionsModel *model = page.model();
    EXPECT_EQ(model->rowCount(), counts[0] + counts[1] + counts[2]);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), u"Tenant"_s);
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(),
              DeviceActionsModel::columnTitle(DeviceActionsModel::DeviceName));
    // A row of the second tenant: its tenant's name and id, and its own feed's texts and roles.
    const actions::RemoteActionAudit first = tenants.engines[1]->auditFeed().rows().at(0);
    const int row = counts[0];
    EXPECT_EQ(model->index(row, 0).data().toString(), u"Fabrikam"_s);
    EXPECT_EQ(model->index(row, 3).data(DeviceActionsModel::TenantIdRole).toString(), u"tenant-1"_s);
    EXPECT_EQ(model->index(row, 1).data().toString(), first.deviceDisplayName);
    EXPECT_EQ(model->index(row, 0).data(DeviceActionsModel::DeviceIdRole).toString(), first.managedDeviceId);

    // The tenant filter: one tenant's rows only.
    page.tenantFilter()->setCurrentIndex(page.tenantFilter()->findData(u"tenant-2"_s));
    EXPECT_EQ(page.filterModel()->rowCount(), counts[2]);
    for (int r = 0; r < page.filterModel()->rowCount(); ++r)
        EXPECT_EQ(page.filterModel()->index(r, 0).data().toString(), u"Northwind"_s);

    // Enter on a row asks for the device in its tenant.
    QSignalSpy requested(&page, &ui::AllTenantsActionsPage::deviceRequested);
    page.show();
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.filterModel()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), u"tenant-2"_s);
    EXPECT_FALSE(requested.at(0).at(1).toString().isEmpty());
}

TEST_F(ui_AllTenantsActions, AFeedRefreshUpdatesOnlyItsTenantsRows)
{
    AllTenantsActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTenants(tenants.handles);
    const int before = model.rowCount();
    actions::AuditFeed &feed = tenants.engines[0]->auditFeed();
    QSignalSpy refreshed(&feed, &actions::AuditFeed::refreshed);
    feed.refresh();
    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_EQ(model.rowCount(), before);
    EXPECT_EQ(model.index(0, 0).data().toString(), u"Contoso"_s);
    EXPECT_EQ(model.index(before - 1, 0).data().toString(), u"Northwind"_s);
}

} // namespace
