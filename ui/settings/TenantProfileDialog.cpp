// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/TenantProfileDialog.h"

#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace passcode::ui {

TenantProfileDialog::TenantProfileDialog(const auth::TenantProfile &profile, const QStringList &takenNames,
                                         QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("tenantProfileDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto row = [&](QLabel *&label, QWidget *field) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_name = new QLineEdit(profile.name, this);
    m_name->setObjectName(QStringLiteral("tenantNameEdit"));
    row(m_nameLabel, m_name);
    m_tenant = new QLineEdit(profile.tenant, this);
    m_tenant->setObjectName(QStringLiteral("tenantIdEdit"));
    row(m_tenantLabel, m_tenant);
    m_clientId = new QLineEdit(profile.clientId, this);
    m_clientId->setObjectName(QStringLiteral("tenantClientIdEdit"));
    row(m_clientIdLabel, m_clientId);
    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(QStringLiteral("tenantCloudCombo"));
    for (const auth::Cloud cloud : auth::allClouds())
        m_cloud->addItem(SettingsDialog::cloudName(cloud), auth::cloudId(cloud));
    m_cloud->setCurrentIndex(std::max(0, m_cloud->findData(auth::cloudId(profile.cloud))));
    row(m_cloudLabel, m_cloud);
    m_graphUrl = new QLineEdit(profile.graphUrl.toString(), this);
    m_graphUrl->setObjectName(QStringLiteral("tenantGraphUrlEdit"));
    row(m_graphUrlLabel, m_graphUrl);
    m_color = new QLineEdit(profile.color, this);
    m_color->setObjectName(QStringLiteral("tenantColorEdit"));
    m_color->setInputMask(QString());
    m_color->setMaxLength(7);
    row(m_colorLabel, m_color);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tenantProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TenantProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_tenant, m_clientId, m_graphUrl, m_color})
        connect(edit, &QLineEdit::textChanged, this, &TenantProfileDialog::updateProblem);
    retranslate();
}

TenantProfileDialog::~TenantProfileDialog() = default;

auth::TenantProfile TenantProfileDialog::profile() const
{
    auth::TenantProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.tenant = m_tenant->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.cloud = auth::cloudFromId(m_cloud->currentData().toString()).value_or(auth::Cloud::Global);
    const QString url = m_graphUrl->text().trimmed();
    p.graphUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    p.color = m_color->text().trimmed();
    return p;
}

QString TenantProfileDialog::problem() const
{
    const auth::TenantProfile p = profile();
    if (!m_graphUrl->text().trimmed().isEmpty() && (!p.graphUrl.isValid() || p.graphUrl.scheme().isEmpty()))
        return tr("'%1' is not a URL.").arg(m_graphUrl->text().trimmed());
    if (std::optional<Error> error = auth::TenantRoster::validate(p))
        return error->message;
    if (m_taken.contains(p.name, Qt::CaseInsensitive))
        return tr("Another tenant is already called '%1'.").arg(p.name);
    return {};
}

void TenantProfileDialog::accept()
{
    m_judged = true;
    updateProblem();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

void TenantProfileDialog::updateProblem()
{
    // Judged once OK was pressed: no red text while the technician types the first fields.
    m_problem->setText(m_judged ? problem() : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
}

void TenantProfileDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("Add a tenant") : tr("Edit a tenant"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Contoso"));
    m_tenantLabel->setText(tr("&Tenant (ID or domain):"));
    m_tenant->setAccessibleName(tr("Tenant ID or domain"));
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com"));
    m_clientIdLabel->setText(tr("&Application (client) ID:"));
    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_cloudLabel->setText(tr("&Cloud:"));
    m_cloud->setAccessibleName(tr("Cloud"));
    m_graphUrlLabel->setText(tr("&Graph URL (optional):"));
    m_graphUrl->setAccessibleName(tr("Graph URL"));
    m_graphUrl->setPlaceholderText(tr("http://127.0.0.1:8443 for a passcode-sandbox"));
    m_colorLabel->setText(tr("C&olour:"));
    m_color->setAccessibleName(tr("Colour"));
    m_color->setPlaceholderText(tr("#RRGGBB (empty: the next colour of the palette)"));
    m_note->setText(tr("Give a tenant and the application (client) ID of its app registration to sign in "
                       "through Entra ID; or only a Graph URL for a Graph-compatible endpoint such as a "
                       "passcode-sandbox. Nothing secret is kept in the settings."));
    updateProblem();
}

void TenantProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
