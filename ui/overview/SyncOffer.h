// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace passcode::ui {

/**
 * The offer that follows a passcode action Intune accepted, on a device Intune syncs: "Intune delivers Reset
 * passcode when KIOSK-1 checks in. Sync the device now so that it checks in sooner?" with Sync now and Not
 * now. The offer is the Sync's short confirmation: Sync now sends it (accepted()). Its buttons are in the tab
 * order; the frame's accessible name and description carry the question for screen readers.
 */
class SyncOffer final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncOffer)

public:
    explicit SyncOffer(QWidget *parent = nullptr);
    ~SyncOffer() override;

    /** Shows the offer for @p actionName (translated) sent to @p deviceName. */
    void offer(const QString &actionName, const QString &deviceName);
    QString text() const;
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    /** Sync now. */
    void accepted();
    /** Not now. */
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_dismiss = nullptr;
    QString m_actionName;
    QString m_deviceName;
};

} // namespace passcode::ui
