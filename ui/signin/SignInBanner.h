// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace passcode::ui {

/**
 * The strip across the top of the window when the sign-in can no longer be renewed silently (expired,
 * revoked, password changed): it says so and offers "Sign in again". The page below stays as it was.
 */
class SignInBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInBanner)

public:
    explicit SignInBanner(QWidget *parent = nullptr);
    ~SignInBanner() override;

    /** The account to name (UPN); empty: none known. */
    void setAccount(const QString &account);
    QString text() const;
    QPushButton *signInButton() const { return m_button; }

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_account;
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace passcode::ui
