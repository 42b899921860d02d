// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/devices/Device.h"
#include "core/eligibility/Verdict.h"

#include "ui/common/SecretClipboard.h"

#include <QFrame>
#include <QTimer>

#include <chrono>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace passcode {
class Clock;
}

namespace passcode::ui {

/**
 * The passcode part of a device's Overview, following one tracked action through its life:
 *  - waiting (requested, sending, accepted, pending, active): elapsed time since the request, the device's
 * last check-in, and that the device must check in;
 *  - done with a code: the code masked (grouped like "••• •••"), Show/Hide, Copy, the code grouped for
 *    dictation, a phonetic reading for alphanumeric codes, the keypad it needs and the time left of its 7
 * days;
 *  - done without a code (iOS removal): the passcode was removed;
 *  - failed / not supported: the reason and the likely fix; canceled; outcome unknown (polling goes on).
 *
 * Copy puts the code on the clipboard through SecretClipboard (marked for clipboard managers and history to
 * keep out; cleared after a delay, 60 s unless set otherwise, and at exit, if it still holds the code; a
 * clipboard changed meanwhile is left alone). The code lives in this widget's
 * memory only: never logged, never in a tooltip, never in the accessible name while masked.
 */
class PasscodePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasscodePanel)

public:
    enum class Mode
    {
        Empty,
        Waiting,
        Code,
        CodeExpired,
        Removed,
        Failed,
        NotSupported,
        Canceled,
        Unknown,
    };
    Q_ENUM(Mode)

    explicit PasscodePanel(const Clock &clock, QWidget *parent = nullptr);
    ~PasscodePanel() override;

    /** How long the copied code stays on the clipboard (tests shorten it). */
    void setClipboardClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clipboardClearDelay() const;

    /** Shows one tracked action of a device. The reveal is reset when the action or its code changes. */
    void setAction(const devices::Device &device, const actions::TrackedAction &action,
                   eligibility::Scope scope);
    /** Nothing to show. */
    void clear();

    Mode mode() const { return m_mode; }
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    /**
     * Keeps Show and Copy disabled, with @p reason shown under the code (the Overview's caller check), and
     * masks a revealed code; an empty reason allows them again.
     */
    void setSecretGate(const QString &reason);
    QString secretGate() const { return m_gateReason; }
    /** Copies the code to the clipboard and arms the clear timer (nothing while the secret is gated). */
    void copyCode();

    /** What the code label shows now (masked or not): for tests and screenshots. */
    QString shownCode() const;
    /** The headline and the explanation texts (for tests). */
    QString headline() const;
    QString details() const;
    QString readingHint() const;

Q_SIGNALS:
    /** The code went to the clipboard. */
    void codeCopied();
    /** The clipboard was cleared because it still held the code after the delay. */
    void clipboardCleared();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void render();
    void renderCode();
    void renderTimes();
    void updateTicker();
    /** The likely cause and fix of a failed or not-supported action (actions::LikelyCause). */
    QString likelyCause() const;

    const Clock &m_clock;
    devices::Device m_device;
    actions::TrackedAction m_action;
    eligibility::Scope m_scope = eligibility::Scope::None;
    Mode m_mode = Mode::Empty;
    bool m_revealed = false;
    QString m_gateReason;

    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_busy = nullptr;
    QWidget *m_codeBox = nullptr;
    QLabel *m_code = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_copy = nullptr;
    QLabel *m_gateHint = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_copyStatus = nullptr;

    QTimer m_ticker;
    SecretClipboard m_clipboard;
};

} // namespace passcode::ui
