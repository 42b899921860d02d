// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/RecentDevices.h"

#include <gtest/gtest.h>

#include <QSettings>
#include <QTemporaryDir>

using passcode::ui::RecentDevice;
using passcode::ui::RecentDevices;

namespace {

QStringList ids(const RecentDevices &recents)
{
    QStringList out;
    for (const RecentDevice &device : recents.devices())
        out.append(device.id);
    return out;
}

TEST(ui_RecentDevices, TheLastOpenedComesFirstOnceAndTheOldestBeyondTenGoes)
{
    RecentDevices recents;
    for (int n = 1; n <= 12; ++n)
        recents.note(QStringLiteral("id-%1").arg(n), QStringLiteral("Device %1").arg(n));
    ASSERT_EQ(recents.devices().size(), RecentDevices::kMax);
    EXPECT_EQ(recents.devices().constFirst().id, QStringLiteral("id-12"));
    EXPECT_EQ(recents.devices().constLast().id, QStringLiteral("id-3"));

    recents.note(QStringLiteral("id-7"), QString()); // opened again, before its name is known
    EXPECT_EQ(ids(recents).count(QStringLiteral("id-7")), 1);
    EXPECT_EQ(recents.devices().constFirst(),
              (RecentDevice{QStringLiteral("id-7"), QStringLiteral("Device 7")}));
    EXPECT_EQ(recents.devices().size(), RecentDevices::kMax);
}

TEST(ui_RecentDevices, AreRememberedInTheSettingsPerTenant)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("console.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        RecentDevices contoso;
        contoso.note(QStringLiteral("a"), QStringLiteral("Kiosk A"));
        contoso.note(QStringLiteral("b"), QStringLiteral("Kiosk B"));
        contoso.save(settings, QStringLiteral("contoso/eu")); // a tenant id is not a settings path
        RecentDevices fabrikam;
        fabrikam.note(QStringLiteral("c"), QStringLiteral("Laptop C"));
        fabrikam.save(settings, QStringLiteral("fabrikam"));
    }
    QSettings settings(file, QSettings::IniFormat);
    const RecentDevices contoso = RecentDevices::load(settings, QStringLiteral("contoso/eu"));
    EXPECT_EQ(contoso.devices(), (QList<RecentDevice>{{QStringLiteral("b"), QStringLiteral("Kiosk B")},
                                                      {QStringLiteral("a"), QStringLiteral("Kiosk A")}}));
    EXPECT_EQ(ids(RecentDevices::load(settings, QStringLiteral("fabrikam"))),
              QStringList{QStringLiteral("c")});
    EXPECT_TRUE(RecentDevices::load(settings, QStringLiteral("other")).devices().isEmpty());
}

} // namespace
