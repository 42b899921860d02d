// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/SecretClipboard.h"

#include <gtest/gtest.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

using namespace std::chrono_literals;
using passcode::ui::SecretClipboard;

namespace {

const QString kCode = QStringLiteral("482913");

class ui_SecretClipboard : public ::testing::Test
{
protected:
    void TearDown() override { QGuiApplication::clipboard()->clear(); }
    static const QMimeData *onClipboard() { return QGuiApplication::clipboard()->mimeData(); }
};

TEST_F(ui_SecretClipboard, ACopyCarriesTheHintsThatKeepItOutOfClipboardHistory)
{
    SecretClipboard clipboard;
    ASSERT_TRUE(clipboard.copy(kCode));
    const QMimeData *data = onClipboard();
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(data->text(), kCode);
    // KDE Klipper and wl-clip-persist skip what carries this hint.
    EXPECT_EQ(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    EXPECT_TRUE(SecretClipboard::isMarkedSecret(data));
    // Windows: out of Win+V history and the cloud clipboard (DWORD 0), and out of clipboard monitors.
    const QByteArray zero(4, '\0');
    const auto windows = [&](const char *name) {
        return data->data(
            QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(name)));
    };
    EXPECT_EQ(windows("CanIncludeInClipboardHistory"), zero);
    EXPECT_EQ(windows("CanUploadToCloudClipboard"), zero);
    EXPECT_TRUE(data->hasFormat(QStringLiteral(
        "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"")));
    EXPECT_TRUE(data->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
    EXPECT_TRUE(clipboard.holdsCopy());
}

TEST_F(ui_SecretClipboard, TheCopyIsClearedAfterTheDelayIfStillThere)
{
    SecretClipboard clipboard;
    clipboard.setClearDelay(30ms);
    QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
    clipboard.copy(kCode);
    ASSERT_TRUE(cleared.wait(2000));
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());
    EXPECT_FALSE(clipboard.holdsCopy());
}

TEST_F(ui_SecretClipboard, AClipboardChangedMeanwhileIsLeftAlone)
{
    SecretClipboard clipboard;
    clipboard.setClearDelay(30ms);
    QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
    QSignalSpy replaced(&clipboard, &SecretClipboard::replaced);
    clipboard.copy(kCode);
    QGuiApplication::clipboard()->setText(QStringLiteral("the technician's own text"));
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_FALSE(cleared.wait(200));
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("the technician's own text"));
    EXPECT_FALSE(SecretClipboard::isMarkedSecret(onClipboard()));
}

TEST_F(ui_SecretClipboard, LeavingClearsTheCopyButNotWhatReplacedIt)
{
    auto clipboard = std::make_unique<SecretClipboard>();
    clipboard->copy(kCode);
    clipboard.reset(); // the window or the program goes away before the delay
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());

    clipboard = std::make_unique<SecretClipboard>();
    clipboard->copy(kCode);
    QGuiApplication::clipboard()->setText(QStringLiteral("copied later"));
    clipboard.reset();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("copied later"));
}

TEST_F(ui_SecretClipboard, TwoOwnersClearOnlyTheirOwnCopy)
{
    SecretClipboard first;
    SecretClipboard second;
    first.copy(kCode);
    second.copy(QStringLiteral("775120"));
    first.clearIfStillOurs();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("775120"));
    second.clearIfStillOurs();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());
}

TEST_F(ui_SecretClipboard, NothingIsCopiedForAnEmptySecret)
{
    QGuiApplication::clipboard()->setText(QStringLiteral("kept"));
    SecretClipboard clipboard;
    EXPECT_FALSE(clipboard.copy(QString()));
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("kept"));
}

} // namespace
