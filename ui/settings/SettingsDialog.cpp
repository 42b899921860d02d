// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include "core/auth/TenantSettings.h"
#include "core/common/Translations.h"
#include "ui/settings/TenantRosterEditor.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace passcode::ui {

QString SettingsDialog::cloudName(auth::Cloud cloud)
{
    switch (cloud) {
    case auth::Cloud::Global:
        return SettingsDialog::tr("Global (commercial, GCC)");
    case auth::Cloud::UsGov:
        return SettingsDialog::tr("US Government (GCC High)");
    case auth::Cloud::UsGovDoD:
        return SettingsDialog::tr("US Government (DoD)");
    case auth::Cloud::China:
        return SettingsDialog::tr("China (operated by 21Vianet)");
    }
    return {};
}

SettingsDialog::SettingsDialog(const QString &language, const TenantFields &tenant, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    fillLanguages();
    const int at = m_ui->languageCombo->findData(language);
    m_ui->languageCombo->setCurrentIndex(at >= 0 ? at : 0);
    fillClouds();
    m_ui->cloudCombo->setCurrentIndex(std::max(0, m_ui->cloudCombo->findData(auth::cloudId(tenant.cloud))));
    m_maxWrites = new QSpinBox(this);
    m_maxWrites->setObjectName(QStringLiteral("maxWritesSpin"));
    m_maxWrites->setRange(1, 200);
    m_maxWrites->setValue(kDefaultMaxWrites);
    m_maxWritesLabel = new QLabel(this);
    m_maxWritesLabel->setBuddy(m_maxWrites);
    // A group of its own below the tenant: the limit belongs to the tenant's remote actions.
    m_actionsGroup = new QGroupBox(this);
    m_actionsGroup->setObjectName(QStringLiteral("actionsGroup"));
    auto *form = new QFormLayout;
    form->addRow(m_maxWritesLabel, m_maxWrites);
    m_maxWritesNote = new QLabel(this);
    m_maxWritesNote->setWordWrap(true);
    auto *groupLayout = new QVBoxLayout(m_actionsGroup);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_maxWritesNote);
    m_verifyCaller = new QCheckBox(this);
    m_verifyCaller->setObjectName(QStringLiteral("verifyCallerCheck"));
    m_verifyCaller->setChecked(true);
    groupLayout->addWidget(m_verifyCaller);
    m_notifications = new QCheckBox(this);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setChecked(true);
    groupLayout->addWidget(m_notifications);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->tenantGroup) + 1, m_actionsGroup);
    m_roster = new TenantRosterEditor(this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->tenantGroup), m_roster);
    retranslateMaxWrites();
    // The .ui's size predates the groups below it; a 1024 × 700 screen's work area bounds it (the tenant list
    // gives up its height first).
    int height = std::max(this->height(), sizeHint().height());
    if (const QScreen *where = screen())
        height = std::min(height, where->availableGeometry().height() - 40);
    resize(width(), std::max(height, minimumSizeHint().height()));
    m_ui->tenantEdit->setText(tenant.tenant);
    m_ui->clientIdEdit->setText(tenant.clientId);
    connect(m_ui->tenantEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateTenantError);
    connect(m_ui->clientIdEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateTenantError);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTenantError();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

TenantFields SettingsDialog::tenant() const
{
    TenantFields fields;
    fields.tenant = m_ui->tenantEdit->text().trimmed();
    fields.clientId = m_ui->clientIdEdit->text().trimmed();
    fields.cloud =
        auth::cloudFromId(m_ui->cloudCombo->currentData().toString()).value_or(auth::Cloud::Global);
    return fields;
}

int SettingsDialog::maxWrites() const
{
    return m_maxWrites->value();
}

void SettingsDialog::setMaxWrites(int writes)
{
    m_maxWrites->setValue(writes);
}

bool SettingsDialog::verifyCaller() const
{
    return m_verifyCaller->isChecked();
}

void SettingsDialog::setVerifyCaller(bool on)
{
    m_verifyCaller->setChecked(on);
}

bool SettingsDialog::notificationsEnabled() const
{
    return m_notifications->isChecked();
}

void SettingsDialog::setNotificationsEnabled(bool enabled)
{
    m_notifications->setChecked(enabled);
}

void SettingsDialog::setRoster(const QList<auth::TenantProfile> &profiles)
{
    m_roster->setProfiles(profiles);
}

RosterChanges SettingsDialog::rosterChanges() const
{
    return m_roster->changes();
}

void SettingsDialog::retranslateMaxWrites()
{
    m_maxWritesLabel->setText(tr("&Writes per 20 seconds:"));
    m_maxWrites->setAccessibleName(tr("Writes per 20 seconds"));
    const QString why = tr(
        "The most remote actions the console sends to the tenant in any 20 seconds, single actions and bulk "
        "runs together. Intune allows 200 per app and tenant; keeping below leaves room for other tools. "
        "Applies at once.");
    m_maxWrites->setToolTip(why);
    m_maxWrites->setAccessibleDescription(why);
    m_actionsGroup->setTitle(tr("Remote actions"));
    m_verifyCaller->setText(tr("Ask to &verify the caller before a passcode can be shown or copied"));
    m_verifyCaller->setAccessibleName(
        tr("Ask to verify the caller before a passcode can be shown or copied"));
    m_verifyCaller->setAccessibleDescription(
        tr("On a device's Overview, Show and Copy of the passcode stay disabled until “Caller's identity "
           "verified” is ticked; each tick is recorded in the journal."));
    m_verifyCaller->setToolTip(m_verifyCaller->accessibleDescription());
    m_maxWritesNote->setText(why);
    m_notifications->setText(tr("&Notify me when an action ends while I am elsewhere"));
    m_notifications->setAccessibleName(tr("Desktop notifications"));
    const QString notifyWhy =
        tr("A desktop notification says when a passcode action is done, failed or not supported while the "
           "window is not active or shows another page. It never shows the passcode; clicking it opens the "
           "device.");
    m_notifications->setToolTip(notifyWhy);
    m_notifications->setAccessibleDescription(notifyWhy);
}

QString SettingsDialog::tenantError() const
{
    const TenantFields fields = tenant();
    if (fields.isEmpty())
        return {};
    if (fields.tenant.isEmpty())
        return tr(
            "Enter the tenant too (its ID or a verified domain), or clear both fields for the sandbox.");
    if (fields.clientId.isEmpty())
        return tr("Enter the application (client) ID of the app registration too, or clear both fields for "
                  "the sandbox.");
    if (!auth::TenantSettings::isValidTenant(fields.tenant))
        return tr("'%1' is not a tenant ID or domain name (for example contoso.onmicrosoft.com).")
            .arg(fields.tenant);
    if (!auth::TenantSettings::isValidClientId(fields.clientId))
        return tr("'%1' is not an application (client) ID: copy the GUID from the app registration's "
                  "Overview.")
            .arg(fields.clientId);
    return {};
}

void SettingsDialog::accept()
{
    m_judgeAll = true;
    updateTenantError();
    if (!tenantError().isEmpty()) {
        (tenant().tenant.isEmpty() || !auth::TenantSettings::isValidTenant(tenant().tenant)
             ? m_ui->tenantEdit
             : m_ui->clientIdEdit)
            ->setFocus();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::updateTenantError()
{
    // Shown only once both fields hold something, or on OK: no red text while the technician types.
    const TenantFields fields = tenant();
    const bool judge = !fields.tenant.isEmpty() && !fields.clientId.isEmpty();
    m_ui->tenantError->setText(judge || m_judgeAll ? tenantError() : QString());
    m_ui->tenantError->setVisible(!m_ui->tenantError->text().isEmpty());
}

void SettingsDialog::fillLanguages()
{
    const QString current = m_ui->languageCombo->count() > 0 ? language() : QString();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &code : availableLanguages()) {
        // Each language is named in itself, so that anyone can find their own.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_ui->languageCombo->addItem(name, code);
    }
    const int at = m_ui->languageCombo->findData(current);
    m_ui->languageCombo->setCurrentIndex(at >= 0 ? at : 0);
}

void SettingsDialog::fillClouds()
{
    const QString current = m_ui->cloudCombo->currentData().toString();
    m_ui->cloudCombo->clear();
    for (const auth::Cloud cloud : auth::allClouds())
        m_ui->cloudCombo->addItem(cloudName(cloud), auth::cloudId(cloud));
    m_ui->cloudCombo->setCurrentIndex(std::max(0, m_ui->cloudCombo->findData(current)));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        fillClouds();
        updateTenantError();
        if (m_maxWrites)
            retranslateMaxWrites();
    }
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
