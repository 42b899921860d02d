// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/ConfirmActionDialog.h"

#include "ui/common/Headings.h"
#include "ui/common/Icons.h"
#include "ui_ConfirmActionDialog.h"

#include <QEvent>
#include <QPushButton>

namespace passcode::ui {

using actions::RemoteAction;

ConfirmActionDialog::ConfirmActionDialog(const ConfirmRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ConfirmActionDialog>())
    , m_request(request)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("confirmActionDialog"));
    m_send = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(Icons::passcode());
    // The safe choice is the default: Enter cancels; sending needs a deliberate click or Alt+key.
    m_send->setAutoDefault(false);
    m_send->setDefault(false);
    QPushButton *cancel = cancelButton();
    cancel->setAutoDefault(true);
    cancel->setDefault(true);
    makeHeading(m_ui->heading, 1.2);
    QFont effectFont = m_ui->effectTitle->font();
    effectFont.setBold(true);
    m_ui->effectTitle->setFont(effectFont);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConfirmActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConfirmActionDialog::reject);
    render();
    cancel->setFocus();
}

ConfirmActionDialog::~ConfirmActionDialog() = default;

QPushButton *ConfirmActionDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

QString ConfirmActionDialog::ticket() const
{
    return m_ui->ticketEdit->text().trimmed();
}

void ConfirmActionDialog::accept()
{
    if (m_confirmed)
        return;
    m_confirmed = true;
    m_send->setEnabled(false);
    Q_EMIT confirmed(ticket());
    QDialog::accept();
}

QString ConfirmActionDialog::effectText(RemoteAction action, eligibility::Scope scope)
{
    switch (action) {
    case RemoteAction::ResetPasscode:
        if (scope == eligibility::Scope::WorkProfile)
            return tr(
                "Intune resets the work-profile passcode (not the device unlock PIN) when the device next "
                "checks in. The new passcode appears on this device's Overview and stays available for 7 "
                "days; the user types it to open the work profile.");
        return tr(
            "Intune replaces the device passcode with a new one when the device next checks in. The new "
            "passcode appears on this device's Overview and stays available for 7 days; the user unlocks the "
            "device with it.");
    case RemoteAction::RemovePasscode:
        return tr(
            "Intune removes the device passcode when the device next checks in, so the device opens without "
            "one. No new code is generated. If a passcode policy applies, the user will be asked to set a "
            "new "
            "passcode.");
    case RemoteAction::PinReset:
        return tr(
            "Intune asks the Microsoft PIN Reset Service for a new PIN when the device next checks in. The "
            "new PIN appears on this device's Overview and stays available for 7 days.");
    }
    return {};
}

void ConfirmActionDialog::render()
{
    const devices::Device &d = m_request.device;
    const QString action = actions::displayName(m_request.action);
    setWindowTitle(tr("Confirm: %1").arg(action));
    m_ui->heading->setText(tr("%1 on %2?", "action on device?").arg(action, d.deviceName));
    m_ui->tenantValue->setText(m_request.sandbox
                                   ? tr("%1 — training data, no real devices").arg(m_request.tenantName)
                                   : m_request.tenantName);
    m_ui->deviceValue->setText(
        d.serialNumber.isEmpty()
            ? d.deviceName
            : tr("%1 (serial %2)", "device name (serial number)").arg(d.deviceName, d.serialNumber));
    if (d.userPrincipalName.isEmpty())
        m_ui->userValue->setText(tr("No primary user"));
    else if (d.userDisplayName.isEmpty())
        m_ui->userValue->setText(d.userPrincipalName);
    else
        m_ui->userValue->setText(
            tr("%1 (%2)", "user name (UPN)").arg(d.userDisplayName, d.userPrincipalName));
    QString platform = QString(d.operatingSystem + QLatin1Char(' ') + d.osVersion).trimmed();
    platform = tr("%1 — %2, %3", "platform — enrollment type, ownership")
                   .arg(platform, devices::displayText(d.enrollmentType), devices::displayText(d.ownership));
    if (m_request.verdict.scope != eligibility::Scope::None)
        platform += QLatin1Char('\n') +
                    tr("Acts on the %1.", "scope").arg(eligibility::displayName(m_request.verdict.scope));
    m_ui->platformValue->setText(platform);
    m_ui->effectText->setText(effectText(m_request.action, m_request.verdict.scope));
    if (m_request.verdict.cautions.isEmpty()) {
        m_ui->cautionsText->hide();
    } else {
        QString html = QStringLiteral("<b>") + tr("Cautions").toHtmlEscaped() +
                       QStringLiteral("</b><ul style=\"margin:0\">");
        for (const QString &caution : m_request.verdict.cautions)
            html += QStringLiteral("<li>") + caution.toHtmlEscaped() + QStringLiteral("</li>");
        m_ui->cautionsText->setText(html + QStringLiteral("</ul>"));
        m_ui->cautionsText->show();
    }
    // The button names the tenant: with several tenants open, the technician sees where the action goes.
    if (m_request.tenantName.isEmpty())
        m_send->setText(tr("&Send: %1", "button: send the action").arg(action));
    else
        m_send->setText(tr("&%1 in %2", "button: send the action in the tenant")
                            .arg(action, QString(m_request.tenantName).replace(u'&', QStringLiteral("&&"))));
}

void ConfirmActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
