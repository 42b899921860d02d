// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "core/eligibility/PasscodeRules.h"
#include "fakes/ManualClock.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/NavigationPane.h"
#include "ui/mainwindow/SandboxBanner.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/ConfirmActionDialog.h"
#include "ui/overview/PasscodePanel.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>

using namespace passcode;

namespace {

/** A stand-in for French: every string comes back marked. */
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (!context || !source)
            return {};
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return QStringLiteral("[fr] ") + text;
    }
    bool isEmpty() const override { return false; }
};

class ui_Retranslate : public ::testing::Test
{
protected:
    MarkingTranslator translator;
    void switchLanguage()
    {
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::sendPostedEvents(); // LanguageChange reaches the widgets through the event queue
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::sendPostedEvents();
    }
};

TEST_F(ui_Retranslate, WidgetsRetranslateOnLanguageChange)
{
    ui::NavigationPane navigation;
    ui::SandboxBanner banner;
    ui::ActionBar bar;
    bar.setVerdicts(eligibility::PasscodeRules::evaluateAll(uitest::makeDevice(4), {}));
    passcode::testing::ManualClock clock;
    ui::PasscodePanel panel(clock);
    EXPECT_FALSE(banner.text().startsWith(QStringLiteral("[fr]")));

    switchLanguage();
    EXPECT_TRUE(navigation.topLevelItem(0)->text(0).startsWith(QStringLiteral("[fr] Devices")));
    EXPECT_TRUE(banner.text().startsWith(QStringLiteral("[fr] Sandbox tenant")));
    EXPECT_TRUE(
        bar.findChild<QLabel *>(QStringLiteral("actionBarTitle"))->text().startsWith(QStringLiteral("[fr]")));
    EXPECT_TRUE(panel.headline().startsWith(QStringLiteral("[fr]")));
}

TEST_F(ui_Retranslate, TheDeviceListRetranslatesItsHeadersAndControls)
{
    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    uitest::FakeDialogPresenter dialogs;
    ui::DevicesPage page(directory, clock, dialogs);
    directory.appendDevices(uitest::makeDevices(0, 3));
    QSignalSpy headers(page.filterModel(), &QAbstractItemModel::headerDataChanged);

    switchLanguage();
    EXPECT_GE(headers.count(), 1);
    EXPECT_EQ(page.view()->model()->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("[fr] Device name"));
    EXPECT_TRUE(
        page.findChild<QLabel *>(QStringLiteral("pageTitle"))->text().startsWith(QStringLiteral("[fr]")));
    EXPECT_TRUE(page.countText().startsWith(QStringLiteral("[fr]")));
    EXPECT_TRUE(page.platformFilter()->itemText(0).startsWith(QStringLiteral("[fr]")));
}

TEST_F(ui_Retranslate, TheConfirmationRetranslatesItsForm)
{
    ui::ConfirmRequest request;
    request.device = uitest::makeDevice(4);
    request.verdict =
        eligibility::PasscodeRules::evaluate(request.device, actions::RemoteAction::ResetPasscode, {});
    ui::ConfirmActionDialog dialog(request);
    switchLanguage();
    EXPECT_TRUE(
        dialog.findChild<QLabel *>(QStringLiteral("ticketLabel"))->text().startsWith(QStringLiteral("[fr]")));
    EXPECT_TRUE(dialog.sendButton()->text().startsWith(QStringLiteral("[fr]")));
}

} // namespace
