// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DialogPresenter.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConfirmActionDialog;
}

namespace passcode::ui {

/**
 * Confirmation of a passcode action: the tenant, the device, its user and platform, what will happen for this
 * action and scope, the cautions, and an optional ticket/reason. Cancel is the default button and Escape
 * cancels. The send button works once: a double click (or Enter repeated) cannot confirm twice.
 */
class ConfirmActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmActionDialog)

public:
    explicit ConfirmActionDialog(const ConfirmRequest &request, QWidget *parent = nullptr);
    ~ConfirmActionDialog() override;

    QString ticket() const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const;

    /** "What will happen" for an action and scope (also used by tests). */
    static QString effectText(actions::RemoteAction action, eligibility::Scope scope);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /** Emitted once, when the technician confirms. */
    void confirmed(const QString &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::unique_ptr<::Ui::ConfirmActionDialog> m_ui;
    ConfirmRequest m_request;
    QPushButton *m_send = nullptr;
    bool m_confirmed = false;
};

} // namespace passcode::ui
