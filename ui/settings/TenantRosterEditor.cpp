// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/TenantRosterEditor.h"

#include "ui/mainwindow/TenantSwitcher.h"
#include "ui/settings/TenantProfileDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace passcode::ui {

TenantRosterEditor::TenantRosterEditor(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("tenantsGroup"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tenantsList"));
    m_list->setIconSize(QSize(16, 16));
    m_list->setMinimumHeight(90);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addTenantButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editTenantButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeTenantButton"));
    for (QPushButton *button : {m_add, m_edit, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    connect(m_add, &QPushButton::clicked, this, &TenantRosterEditor::addTenant);
    connect(m_edit, &QPushButton::clicked, this, &TenantRosterEditor::editTenant);
    connect(m_remove, &QPushButton::clicked, this, &TenantRosterEditor::removeTenant);
    connect(m_list, &QListWidget::itemActivated, this, &TenantRosterEditor::editTenant);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    retranslate();
    render();
}

TenantRosterEditor::~TenantRosterEditor() = default;

void TenantRosterEditor::setProfiles(const QList<auth::TenantProfile> &profiles)
{
    m_original = profiles;
    m_profiles = profiles;
    render();
}

TenantProfileDialog *TenantRosterEditor::profileDialog() const
{
    return m_dialog.data();
}

RosterChanges TenantRosterEditor::changes() const
{
    RosterChanges changes;
    for (const auth::TenantProfile &before : m_original) {
        const auto now = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                      [&](const auth::TenantProfile &p) { return p.id == before.id; });
        if (now == m_profiles.cend()) {
            changes.removed.append(before.id);
            continue;
        }
        if (now->name != before.name || now->tenant != before.tenant || now->clientId != before.clientId ||
            now->cloud != before.cloud || now->graphUrl != before.graphUrl ||
            now->loginUrl != before.loginUrl || now->color != before.color)
            changes.updated.append(*now);
    }
    for (const auth::TenantProfile &p : m_profiles) {
        if (p.id.isEmpty())
            changes.added.append(p);
    }
    return changes;
}

void TenantRosterEditor::addTenant()
{
    auth::TenantProfile profile;
    profile.color = auth::TenantRoster::defaultColor(int(m_profiles.size()));
    openDialog(profile, -1);
}

void TenantRosterEditor::editTenant()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_profiles.size())
        openDialog(m_profiles.at(row), row);
}

void TenantRosterEditor::removeTenant()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    m_profiles.removeAt(row);
    render();
    m_list->setCurrentRow(std::min(row, int(m_profiles.size()) - 1));
}

void TenantRosterEditor::openDialog(const auth::TenantProfile &profile, int row)
{
    if (m_dialog)
        return;
    QStringList taken;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (i != row)
            taken.append(m_profiles.at(i).name);
    }
    m_dialog = new TenantProfileDialog(profile, taken, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, row, dialog = m_dialog.data()] {
        const auth::TenantProfile edited = dialog->profile();
        if (row >= 0 && row < m_profiles.size())
            m_profiles[row] = edited;
        else
            m_profiles.append(edited);
        render();
        m_list->setCurrentRow(row >= 0 ? row : int(m_profiles.size()) - 1);
    });
    m_dialog->open();
}

void TenantRosterEditor::render()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const auth::TenantProfile &p : std::as_const(m_profiles)) {
        const QString where = p.isEndpoint() ? p.graphUrl.toString() : p.tenant;
        auto *item =
            new QListWidgetItem(tenantSwatch(QColor(p.color)),
                                tr("%1 — %2", "tenant name — tenant or URL").arg(p.name, where), m_list);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2", "tenant name, tenant or URL").arg(p.name, where));
    }
    m_list->setCurrentRow(std::min(current, int(m_profiles.size()) - 1));
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void TenantRosterEditor::retranslate()
{
    setTitle(tr("Tenants"));
    m_list->setAccessibleName(tr("Tenants"));
    m_add->setText(tr("A&dd…"));
    m_add->setAccessibleName(tr("Add a tenant"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit the selected tenant"));
    m_remove->setText(tr("Re&move"));
    m_remove->setAccessibleName(tr("Remove the selected tenant"));
    m_note->setText(
        tr("Each tenant signs in on its own. Removing a tenant signs out of it (its saved sign-in "
           "is deleted) and closes it when you press OK; an added tenant opens at once."));
    render();
}

void TenantRosterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace passcode::ui
