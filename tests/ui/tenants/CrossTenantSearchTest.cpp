// SPDX-License-Identifier: GPL-3.0-or-later
// The All tenants search over three sandbox tenants and one signed out; one tenant made to fail.
#include "ui/tenants/CrossTenantSearch.h"
#include "TenantsFixture.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "ui/tenants/CrossTenantResultsModel.h"
#include "ui/tenants/CrossTenantSearchPage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace passcode;
using ui::CrossTenantResultsModel;
using ui::CrossTenantSearch;
using State = CrossTenantSearch::TenantStatus::State;
using namespace Qt::StringLiterals;

namespace {

class ui_CrossTenantSearch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(tenants.start());
        // Contoso's list is loaded (its matches come from the list too); the others are not.
        devices::DeviceDirectoryLoader &loader = tenants.engines[0]->loader();
        loader.refresh();
        ASSERT_TRUE(itest::waitUntil([&] {
            return tenants.engines[0]->directory().loadState() ==
                   devices::DeviceDirectory::LoadState::Complete;
        }));
    }

    /** A device of a tenant with a serial number, read from a list loaded for the test. */
    devices::Device deviceOf(int tenant)
    {
        devices::DeviceDirectory all;
        devices::DeviceDirectoryLoader loader(tenants.engines[static_cast<std::size_t>(tenant)]->client(),
                                              all);
        loader.refresh();
        itest::waitUntil([&] { return all.loadState() == devices::DeviceDirectory::LoadState::Complete; });
        for (int row = all.count() - 1; row >= 0; --row) {
            if (!all.at(row).serialNumber.isEmpty())
                return all.at(row);
        }
        return {};
    }

    uitest::ThreeTenants tenants;
};

TEST_F(ui_CrossTenantSearch, EachTenantAnswersOnItsOwnAndAFailureHidesNoResults)
{
    const devices::Device contoso = deviceOf(0);
    const devices::Device fabrikam = deviceOf(1);
    ASSERT_FALSE(contoso.serialNumber.isEmpty());
    // Northwind is down: every Graph request answers 503.
    ASSERT_TRUE(tenants.sandboxes[2]->setFaults(QJsonObject{
        {u"errorRate"_s, 1.0}, {u"errorStatuses"_s, QJsonArray{503}}, {u"retryAfterSeconds"_s, 0.01}}));

    CrossTenantSearch search;
    QAbstractItemModelTester tester(search.results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    search.setTenants(tenants.handles);
    QSignalSpy finished(&search, &CrossTenantSearch::finished);
    ASSERT_TRUE(search.search(fabrikam.serialNumber));
    // Asked everywhere at once; Contoso's loaded list answered already (not a match), the servers not yet.
    EXPECT_EQ(search.status(0).state, State::Searching);
    EXPECT_EQ(search.status(1).state, State::Searching);
    EXPECT_EQ(search.status(2).state, State::Searching);
    EXPECT_EQ(search.status(3).state, State::Unavailable);
    EXPECT_EQ(search.statusText(3), u"Tailspin: Sign-in needed"_s);
    EXPECT_EQ(search.statusText(1), u"Fabrikam: searching…"_s);
    ASSERT_TRUE(finished.wait(20000));

    EXPECT_EQ(search.status(1).state, State::Done);
    EXPECT_EQ(search.status(1).found, 1);
    EXPECT_EQ(search.statusText(1), u"Fabrikam: 1 found"_s);
    EXPECT_EQ(search.status(2).state, State::Failed);
    EXPECT_TRUE(search.statusText(2).startsWith(u"Northwind: 503 — "_s))
        << search.statusText(2).toStdString();
    CrossTenantResultsModel *results = search.results();
    bool fabrikamRow = false;
    for (int row = 0; row < results->rowCount(); ++row) {
        const QModelIndex i = results->index(row, CrossTenantResultsModel::Tenant);
        if (i.data(CrossTenantResultsModel::DeviceIdRole).toString() == fabrikam.id) {
            fabrikamRow = true;
            EXPECT_EQ(i.data(CrossTenantResultsModel::TenantIdRole).toString(), u"tenant-1"_s);
            EXPECT_EQ(i.data().toString(), u"Fabrikam"_s);
            EXPECT_FALSE(i.data(Qt::DecorationRole).isNull());
            EXPECT_EQ(results->index(row, CrossTenantResultsModel::SerialNumber).data().toString(),
                      fabrikam.serialNumber);
        }
        EXPECT_NE(i.data(CrossTenantResultsModel::TenantIdRole).toString(), u"tenant-2"_s);
    }
    EXPECT_TRUE(fabrikamRow);
}

TEST_F(ui_CrossTenantSearch, ALoadedListAndTheServerGiveOneRow)
{
    const devices::Device contoso = deviceOf(0);
    CrossTenantSearch search;
    search.setTenants(tenants.handles);
    QSignalSpy finished(&search, &CrossTenantSearch::finished);
    ASSERT_TRUE(search.search(contoso.serialNumber));
    // From Contoso's loaded list before any server answer.
    ASSERT_GE(search.results()->countFor(0), 1);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(search.results()->countFor(0), 1);
    EXPECT_EQ(search.status(0).found, 1);
    EXPECT_FALSE(search.results()->index(0, 0).data(CrossTenantResultsModel::FoundOnServerRole).toBool());
}

TEST_F(ui_CrossTenantSearch, ThePageShowsEachTenantAndOpensTheDeviceInItsTenant)
{
    const devices::Device fabrikam = deviceOf(1);
    ui::CrossTenantSearchPage page;
    page.setSearchDelay(std::chrono::milliseconds(0));
    page.setTenants(tenants.handles);
    page.show();
    QSignalSpy finished(page.search(), &CrossTenantSearch::finished);
    QSignalSpy requested(&page, &ui::CrossTenantSearchPage::deviceRequested);
    page.searchEdit()->setText(fabrikam.serialNumber);
    ASSERT_TRUE(finished.wait(20000));
    const QStringList strip = page.tenantStatusTexts();
    ASSERT_EQ(strip.size(), 4);
    EXPECT_EQ(strip.at(1), u"Fabrikam: 1 found"_s);
    EXPECT_EQ(strip.at(3), u"Tailspin: Sign-in needed"_s);
    ASSERT_EQ(page.view()->model()->rowCount(), 1);
    page.searchEdit()->setFocus();
    QTest::keyClick(page.searchEdit(), Qt::Key_Down);
    QTest::keyClick(page.view(), Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), u"tenant-1"_s);
    EXPECT_EQ(requested.at(0).at(1).toString(), fabrikam.id);
}

} // namespace
