// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QMimeData;

namespace passcode::ui {

/**
 * Puts a secret (a passcode) on the system clipboard for a while, marked so that clipboard managers and
 * clipboard history keep it out, and takes it back:
 * - the copy carries the hints password managers use: `x-kde-passwordManagerHint: secret` (read by Klipper,
 *   wl-clip-persist and other Linux clipboard managers), the Windows formats that keep it out of the
 *   clipboard history (Win+V) and the cloud clipboard (`ExcludeClipboardContentFromMonitorProcessing`,
 *   `CanIncludeInClipboardHistory` = 0, `CanUploadToCloudClipboard` = 0, published by Qt's Windows clipboard
 *   under their own names through `application/x-qt-windows-mime;value="..."`), and the macOS pasteboard's
 *   concealed type (`org.nspasteboard.ConcealedType`, nspasteboard.org; not tried on a Mac);
 * - after clearDelay() the clipboard is cleared if it still holds the copy; a clipboard the user changed
 *   meanwhile is left alone (replaced() is emitted);
 * - at exit (this object destroyed, or QCoreApplication::aboutToQuit) the copy is cleared the same way, so
 *   leaving the console never leaves a passcode behind.
 *
 * The secret is held only here, in memory, until cleared or replaced. One per feature that copies secrets;
 * they do not interfere (each clears only its own copy). Thread: the GUI thread.
 */
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)
public:
    /** How long a copy stays on the clipboard unless set otherwise. */
    static constexpr std::chrono::milliseconds kDefaultClearDelay{60000};

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    /** The mime data of a copy of @p secret: its text and the hints above. The caller owns it. */
    static QMimeData *secretMimeData(const QString &secret);
    /** Whether @p data carries the Linux password-manager hint (what clipboard managers look for). */
    static bool isMarkedSecret(const QMimeData *data);

    /** Copies @p secret with the hints and arms the clear; false when there is no clipboard. */
    bool copy(const QString &secret);
    /** Whether the clipboard still holds this object's last copy. */
    bool holdsCopy() const;
    /** Clears the clipboard now if it still holds the copy (emits cleared() then); forgets the copy. */
    void clearIfStillOurs();

    void setClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clearDelay() const;

Q_SIGNALS:
    /** The clipboard was cleared because it still held the copy (after the delay, or on clearIfStillOurs()).
     */
    void cleared();
    /** Something else was copied meanwhile; the clipboard is left alone and the copy forgotten. */
    void replaced();

private:
    void onClipboardChanged();

    QTimer m_timer;
    QString m_copied; ///< the secret we put on the clipboard, until it is cleared or replaced
};

} // namespace passcode::ui
