// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/SecretClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace passcode::ui {

namespace {

// https://learn.microsoft.com/windows/win32/dataxchg/clipboard-formats#cloud-clipboard-and-clipboard-history-formats
// Qt's Windows clipboard publishes a mime type of this form as the registered clipboard format it names.
QString windowsFormat(const char *name)
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(name));
}

const QByteArray kDwordZero(4, '\0');
const QString kKdeHint = QStringLiteral("x-kde-passwordManagerHint");

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultClearDelay);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &SecretClipboard::onClipboardChanged);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfStillOurs);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving must not leave the secret behind on the clipboard.
    if (!m_copied.isEmpty() && QGuiApplication::instance())
        clearIfStillOurs();
}

QMimeData *SecretClipboard::secretMimeData(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(kKdeHint, QByteArrayLiteral("secret"));
    data->setData(windowsFormat("ExcludeClipboardContentFromMonitorProcessing"), kDwordZero);
    data->setData(windowsFormat("CanIncludeInClipboardHistory"), kDwordZero);
    data->setData(windowsFormat("CanUploadToCloudClipboard"), kDwordZero);
    data->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
    return data;
}

bool SecretClipboard::isMarkedSecret(const QMimeData *data)
{
    return data && data->data(kKdeHint) == QByteArrayLiteral("secret");
}

bool SecretClipboard::copy(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || secret.isEmpty())
        return false;
    m_copied = secret;
    clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    m_timer.start();
    return true;
}

bool SecretClipboard::holdsCopy() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && !m_copied.isEmpty() && clipboard->text(QClipboard::Clipboard) == m_copied;
}

void SecretClipboard::clearIfStillOurs()
{
    m_timer.stop();
    const bool ours = holdsCopy();
    m_copied.clear();
    if (!ours)
        return;
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    Q_EMIT cleared();
}

void SecretClipboard::setClearDelay(std::chrono::milliseconds delay)
{
    m_timer.setInterval(delay);
}

std::chrono::milliseconds SecretClipboard::clearDelay() const
{
    return m_timer.intervalAsDuration();
}

void SecretClipboard::onClipboardChanged()
{
    if (m_copied.isEmpty() || holdsCopy())
        return; // nothing copied, or our own setMimeData
    m_timer.stop();
    m_copied.clear();
    Q_EMIT replaced();
}

} // namespace passcode::ui
