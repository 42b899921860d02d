// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DialogPresenter.h"

#include <QCoreApplication>

namespace passcode::ui {

/**
 * The real dialogs: window-modal and asynchronous (QDialog::open), so the event loop keeps running (polling,
 * streaming rows) while a dialog is up, and nothing nests an event loop.
 */
class WidgetDialogPresenter final : public DialogPresenter
{
    Q_DECLARE_TR_FUNCTIONS(WidgetDialogPresenter)

public:
    void confirmAction(QWidget *parent, const ConfirmRequest &request, QObject *context,
                       ConfirmCallback done) override;
    void confirmSync(QWidget *parent, const SyncConfirmRequest &request, QObject *context,
                     ChoiceCallback done) override;
    void chooseExportFile(QWidget *parent, const QString &suggestedName, QObject *context,
                          FileCallback done) override;
    void askSessionOnlyStorage(QWidget *parent, const QString &reason, QObject *context,
                               ChoiceCallback done) override;
    void openExternalUrl(const QUrl &url) override;
};

} // namespace passcode::ui
