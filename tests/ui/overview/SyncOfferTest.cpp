// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/SyncOffer.h"

#include <gtest/gtest.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using passcode::ui::SyncOffer;

TEST(ui_SyncOffer, AsksWithTheActionAndTheDeviceAndAnswersFromTheKeyboard)
{
    SyncOffer offer;
    EXPECT_TRUE(offer.isHidden());
    offer.offer(QStringLiteral("Reset passcode"), QStringLiteral("KIOSK-7"));
    offer.show();
    EXPECT_FALSE(offer.isHidden());
    EXPECT_EQ(offer.text(),
              QStringLiteral("Intune delivers Reset passcode when KIOSK-7 checks in. Sync the device "
                             "now so that it checks in sooner?"));
    EXPECT_EQ(offer.accessibleName(), QStringLiteral("Sync offer"));
    EXPECT_EQ(offer.accessibleDescription(), offer.text());
    EXPECT_TRUE(offer.acceptButton()->accessibleDescription().contains(QStringLiteral("KIOSK-7")));
    EXPECT_TRUE(offer.acceptButton()->focusPolicy() & Qt::TabFocus);
    EXPECT_TRUE(offer.dismissButton()->focusPolicy() & Qt::TabFocus);

    QSignalSpy accepted(&offer, &SyncOffer::accepted);
    QSignalSpy dismissed(&offer, &SyncOffer::dismissed);
    offer.acceptButton()->setFocus();
    QTest::keyClick(offer.acceptButton(), Qt::Key_Space);
    EXPECT_EQ(accepted.size(), 1);
    offer.dismissButton()->setFocus();
    QTest::keyClick(offer.dismissButton(), Qt::Key_Space);
    EXPECT_EQ(dismissed.size(), 1);
}
