// SPDX-License-Identifier: GPL-3.0-or-later
// The All devices page searching Graph while its list is loading (issue 12, item 4): against the sandbox
// over 127.0.0.1. The page's directory is driven by the test (beginLoad/appendDevices), so "the list is still
// loading" is a fact of the test, not a race with a loader.
#include "EngineHarness.h"
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "fakes/ManualClock.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/devices/ServerDeviceSearch.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace passcode;
using namespace passcode::itest;
using devices::DeviceDirectory;
using ui::DevicesPage;
using ui::DeviceTableModel;
using namespace Qt::StringLiterals;

namespace {

class ui_ServerSearchPage : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sandbox::SandboxOptions o;
        o.devices = 1500;
        o.seed = 21;
        o.throttleScale = 0;
        s_sandbox = new SandboxFixture(o);
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }

    void SetUp() override
    {
        s_sandbox->resetFaults();
        engine = openTestEngine(*s_sandbox, scratch.filePath(u"journal.json"_s));
        ASSERT_NE(engine, nullptr);
        // The whole tenant, read once: the test feeds the page's directory from it page by page.
        devices::DeviceDirectoryLoader loader(engine->client(), truth);
        loader.setPageSize(500);
        loader.refresh();
        ASSERT_TRUE(waitUntil([&] { return truth.loadState() == DeviceDirectory::LoadState::Complete; }));
        ASSERT_EQ(truth.count(), 1500);

        page = std::make_unique<DevicesPage>(directory, clock, dialogs);
        tester = std::make_unique<QAbstractItemModelTester>(
            page->filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page->setSearchDelay(std::chrono::milliseconds(0));
        page->setServerLookup(engine->client(), directory);
        page->serverSearch()->setDelay(std::chrono::milliseconds(0));
        page->resize(1000, 600);
        page->show();
    }
    void TearDown() override { s_sandbox->resetFaults(); }

    QList<devices::Device> truthRows(int first, int count) const
    {
        QList<devices::Device> out;
        for (int row = first; row < first + count; ++row)
            out.append(truth.at(row));
        return out;
    }
    /** The first device at or after a row of the tenant with a serial number (some platforms have none). */
    devices::Device withSerial(int row) const
    {
        while (truth.at(row).serialNumber.isEmpty())
            ++row;
        return truth.at(row);
    }
    int visibleRows() const { return page->filterModel()->rowCount(); }
    QModelIndex visibleName(int row) const
    {
        return page->filterModel()->index(row, DeviceTableModel::DeviceName);
    }
    bool waitForSearchDone()
    {
        return waitUntil([&] { return !page->serverSearch()->isSearching(); });
    }

    static SandboxFixture *s_sandbox;
    QTemporaryDir scratch;
    std::unique_ptr<engine::TenantEngine> engine;
    DeviceDirectory truth;
    passcode::testing::ManualClock clock;
    DeviceDirectory directory;
    uitest::FakeDialogPresenter dialogs;
    std::unique_ptr<DevicesPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

SandboxFixture *ui_ServerSearchPage::s_sandbox = nullptr;

TEST_F(ui_ServerSearchPage, ADeviceOfTheLastPageIsFoundWhileTheListLoadsAndMergesOnceWhenItArrives)
{
    directory.beginLoad();
    directory.appendDevices(truthRows(0, 500), 1500);
    const devices::Device last = withSerial(1490);
    ASSERT_LT(directory.rowOf(last.id), 0);

    page->searchEdit()->setText(last.serialNumber);
    EXPECT_TRUE(page->serverStatusText().startsWith(u"Searching the server"_s))
        << page->serverStatusText().toStdString();
    ASSERT_TRUE(waitForSearchDone());

    // On screen while the list is still loading, marked as found on the server.
    EXPECT_EQ(directory.loadState(), DeviceDirectory::LoadState::Loading);
    ASSERT_EQ(visibleRows(), 1);
    EXPECT_EQ(visibleName(0).data(DeviceTableModel::DeviceIdRole).toString(), last.id);
    EXPECT_TRUE(visibleName(0).data(DeviceTableModel::FoundOnServerRole).toBool());
    EXPECT_FALSE(visibleName(0).data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(visibleName(0).data(Qt::AccessibleTextRole).toString().contains(u"found on the server"_s));
    EXPECT_TRUE(visibleName(0).data(Qt::ToolTipRole).toString().startsWith(u"Found on the server"_s));
    EXPECT_EQ(page->serverStatusText(),
              u"1 device(s) found on the server; the list is still loading (500 of 1,500)."_s);

    // The list catches up: the same device once, without the marker.
    directory.appendDevices(truthRows(500, 500), 1500);
    EXPECT_EQ(page->serverStatusText(),
              u"1 device(s) found on the server; the list is still loading (1,000 of 1,500)."_s);
    directory.appendDevices(truthRows(1000, 500), 1500);
    directory.finishLoad(DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(directory.count(), 1500);
    EXPECT_EQ(directory.foundCount(), 0);
    ASSERT_EQ(visibleRows(), 1);
    EXPECT_EQ(visibleName(0).data(DeviceTableModel::DeviceIdRole).toString(), last.id);
    EXPECT_FALSE(visibleName(0).data(DeviceTableModel::FoundOnServerRole).toBool());
    EXPECT_TRUE(visibleName(0).data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(page->serverStatusText().isEmpty()); // the list is complete: the local search is exact
}

TEST_F(ui_ServerSearchPage, ARefreshKeepsTheFoundRowsUntilTheNewListDeliversThem)
{
    directory.beginLoad();
    directory.appendDevices(truthRows(0, 500), 1500);
    directory.finishLoad(DeviceDirectory::LoadState::Cancelled);
    const devices::Device last = withSerial(1400);
    page->searchEdit()->setText(last.serialNumber);
    ASSERT_TRUE(waitForSearchDone());
    ASSERT_EQ(visibleRows(), 1);
    EXPECT_EQ(page->serverStatusText(), u"1 device(s) found on the server; the list is incomplete."_s);

    // Refresh: the first page replaces the old rows, but not the device found on the server.
    directory.beginLoad();
    directory.appendDevices(truthRows(0, 500), 1500);
    EXPECT_EQ(directory.count(), 501);
    ASSERT_EQ(visibleRows(), 1);
    EXPECT_TRUE(visibleName(0).data(DeviceTableModel::FoundOnServerRole).toBool());
    directory.appendDevices(truthRows(500, 1000), 1500);
    EXPECT_EQ(directory.count(), 1500);
    EXPECT_EQ(directory.foundCount(), 0);
    EXPECT_EQ(visibleRows(), 1);
}

TEST_F(ui_ServerSearchPage, NoLookupOnceTheListIsComplete)
{
    directory.beginLoad();
    directory.appendDevices(truthRows(0, 500), 500);
    directory.finishLoad(DeviceDirectory::LoadState::Complete);
    page->searchEdit()->setText(withSerial(1200).serialNumber);
    EXPECT_FALSE(page->serverSearch()->isSearching());
    EXPECT_TRUE(page->serverSearch()->askedText().isEmpty());
    EXPECT_EQ(visibleRows(), 0);
    EXPECT_EQ(directory.count(), 500);
}

TEST_F(ui_ServerSearchPage, AFailedLookupIsReportedAndTheLocalMatchesStay)
{
    directory.beginLoad();
    directory.appendDevices(truthRows(0, 500), 1500);
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{
        {u"errorRate"_s, 1.0}, {u"errorStatuses"_s, QJsonArray{503}}, {u"retryAfterSeconds"_s, 0.01}}));
    const devices::Device loaded = withSerial(42);
    page->searchEdit()->setText(loaded.serialNumber);
    ASSERT_TRUE(waitForSearchDone());
    EXPECT_TRUE(page->serverSearch()->failed());
    EXPECT_TRUE(page->serverStatusText().startsWith(u"The server search failed"_s))
        << page->serverStatusText().toStdString();
    ASSERT_EQ(visibleRows(), 1);
    EXPECT_EQ(visibleName(0).data(DeviceTableModel::DeviceIdRole).toString(), loaded.id);
    EXPECT_FALSE(visibleName(0).data(DeviceTableModel::FoundOnServerRole).toBool());
}

TEST_F(ui_ServerSearchPage, ANewTextReplacesTheLookupAndShortTextsAreNotAsked)
{
    directory.beginLoad();
    page->searchEdit()->setText(u"a"_s);
    EXPECT_FALSE(page->serverSearch()->isSearching());
    EXPECT_TRUE(page->serverStatusText().isEmpty());
    const devices::Device first = withSerial(900);
    const devices::Device second = withSerial(1000);
    page->searchEdit()->setText(first.serialNumber);
    page->searchEdit()->setText(second.serialNumber);
    ASSERT_TRUE(waitForSearchDone());
    EXPECT_EQ(page->serverSearch()->askedText(), second.serialNumber);
    ASSERT_EQ(visibleRows(), 1);
    EXPECT_EQ(visibleName(0).data(DeviceTableModel::DeviceIdRole).toString(), second.id);
    EXPECT_LT(directory.rowOf(first.id), 0); // the first lookup's answers were dropped
}

} // namespace
