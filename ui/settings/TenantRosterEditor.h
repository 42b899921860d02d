// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TenantRoster.h"
#include "ui/settings/RosterChanges.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace passcode::ui {

class TenantProfileDialog;

/**
 * The Tenants section of Preferences: the roster with Add, Edit and Remove (TenantProfileDialog). It edits a
 * copy; changes() says what to apply when Preferences is accepted (removed tenants are signed out first).
 */
class TenantRosterEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantRosterEditor)

public:
    explicit TenantRosterEditor(QWidget *parent = nullptr);
    ~TenantRosterEditor() override;

    void setProfiles(const QList<auth::TenantProfile> &profiles);
    /** The roster as edited. */
    QList<auth::TenantProfile> profiles() const { return m_profiles; }
    RosterChanges changes() const;

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    /** The add or edit dialog while it is open. */
    TenantProfileDialog *profileDialog() const;

    void addTenant();
    void editTenant();
    void removeTenant();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void openDialog(const auth::TenantProfile &profile, int row);

    QList<auth::TenantProfile> m_original;
    QList<auth::TenantProfile> m_profiles;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_note = nullptr;
    QPointer<TenantProfileDialog> m_dialog;
};

} // namespace passcode::ui
