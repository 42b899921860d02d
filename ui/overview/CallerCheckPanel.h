// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QDateTime>
#include <QFrame>
#include <QHash>

class QCheckBox;
class QFormLayout;
class QLabel;

namespace passcode::ui {

/**
 * "Verify the caller", beside the passcode actions of a device's Overview: what a technician checks with the
 * caller before reading out a passcode (primary user's name and UPN, the device's phone number, last
 * check-in, enrollment type, ownership) and the "Caller's identity verified" check box that gates the
 * passcode's Show and Copy (DeviceOverviewPage).
 *
 * Ticking it asks to record the check (verificationRequested()); the page journals it and calls
 * setVerified() with who and when, or setRecordFailed() with the journal's error, which unticks the box. The
 * tick lasts for the device shown: setDevice() with another device, and reset(), clear it.
 */
class CallerCheckPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallerCheckPanel)

public:
    explicit CallerCheckPanel(QWidget *parent = nullptr);
    ~CallerCheckPanel() override;

    /** Shows @p device's facts (times relative to @p now); another device than the last clears the tick. */
    void setDevice(const devices::Device &device, const QDateTime &now);
    /** Unticks the box (the technician left the device). */
    void reset();
    /** The check was journaled: the box stays ticked and says by whom and when. */
    void setVerified(const QString &by, const QDateTime &at);
    /** The check could not be journaled: the box is unticked and the error said. */
    void setRecordFailed(const QString &message);

    bool isVerified() const { return m_verified; }
    QCheckBox *checkBox() const { return m_check; }
    /** The value shown for a fact by its object name ("caller_upn"...), for tests. */
    QString fact(const QString &name) const;
    QString statusText() const;

Q_SIGNALS:
    /** The technician ticked the box: record it, then setVerified() or setRecordFailed(). */
    void verificationRequested();
    /** The box was unticked by the technician, or reset(). */
    void verificationCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void renderFacts();
    void onToggled(bool checked);

    devices::Device m_device;
    QDateTime m_now;
    bool m_verified = false;
    QString m_verifiedBy;
    QDateTime m_verifiedAt;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_values;
    QCheckBox *m_check = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace passcode::ui
