// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/WidgetDialogPresenter.h"

#include "ui/dialogs/ConfirmActionDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QStandardPaths>

namespace passcode::ui {

void WidgetDialogPresenter::confirmAction(QWidget *parent, const ConfirmRequest &request, QObject *context,
                                          ConfirmCallback done)
{
    auto *dialog = new ConfirmActionDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(dialog, &ConfirmActionDialog::confirmed, context,
                     [done, answered](const QString &ticket) {
                         *answered = true;
                         done(ticket);
                     });
    QObject::connect(dialog, &QDialog::rejected, context, [done, answered] {
        if (!*answered) {
            *answered = true;
            done(std::nullopt);
        }
    });
    dialog->open();
}

void WidgetDialogPresenter::chooseExportFile(QWidget *parent, const QString &suggestedName, QObject *context,
                                             FileCallback done)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, tr("Export devices"), QDir(dir).filePath(suggestedName),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, context,
                     [done](const QString &file) { done(file); });
    QObject::connect(dialog, &QFileDialog::rejected, context, [done] { done(QString()); });
    dialog->open();
}

} // namespace passcode::ui
