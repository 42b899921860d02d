// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/WidgetDialogPresenter.h"

#include "ui/overview/ConfirmActionDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

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

void WidgetDialogPresenter::confirmSync(QWidget *parent, const SyncConfirmRequest &request, QObject *context,
                                        ChoiceCallback done)
{
    const QString title = tr("Sync %1?").arg(request.device.deviceName);
    auto *box =
        new QMessageBox(QMessageBox::Question, title,
                        request.sandbox ? tr("Ask %1 to check in with Intune now (sandbox tenant %2)?")
                                              .arg(request.device.deviceName, request.tenantName)
                                        : tr("Ask %1 to check in with Intune now (tenant %2)?")
                                              .arg(request.device.deviceName, request.tenantName),
                        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmSyncBox"));
    box->setInformativeText(tr("The device receives its pending actions and policies when it checks in. "
                               "Nothing else changes on it."));
    QPushButton *yes = box->addButton(tr("&Sync"), QMessageBox::AcceptRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(yes);
    box->setAccessibleName(title);
    box->setAccessibleDescription(box->text() + u' ' + box->informativeText());
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context,
                     [box, yes, done] { done(box->clickedButton() == yes); });
    box->open();
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

void WidgetDialogPresenter::askSessionOnlyStorage(QWidget *parent, const QString &reason, QObject *context,
                                                  ChoiceCallback done)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The sign-in cannot be saved"),
                                tr("The system keychain cannot keep your sign-in: %1").arg(reason),
                                QMessageBox::NoButton, parent);
    box->setInformativeText(
        tr("You can go on for this session: nothing is saved, and you sign in again at the next start. "
           "To keep the sign-in, unlock or install a keychain (GNOME Keyring, KWallet, KeePassXC) and "
           "restart the console."));
    QPushButton *sessionOnly = box->addButton(tr("Continue for this session"), QMessageBox::AcceptRole);
    box->addButton(tr("Do not sign in"), QMessageBox::RejectRole);
    box->setDefaultButton(sessionOnly);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context,
                     [box, sessionOnly, done] { done(box->clickedButton() == sessionOnly); });
    box->open();
}

void WidgetDialogPresenter::openExternalUrl(const QUrl &url)
{
    QDesktopServices::openUrl(url);
}

} // namespace passcode::ui
