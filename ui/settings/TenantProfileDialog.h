// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TenantRoster.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace passcode::ui {

/**
 * Adds or edits one tenant of the roster: display name, tenant (ID or domain) and application (client) ID
 * with a cloud, or a Graph-compatible endpoint URL; and a colour. OK is refused, with TenantRoster's reason
 * shown, while the profile is not valid or its name is already used.
 */
class TenantProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantProfileDialog)

public:
    /** @p takenNames: the names of the other tenants (a name is unique, case-insensitive). */
    TenantProfileDialog(const auth::TenantProfile &profile, const QStringList &takenNames,
                        QWidget *parent = nullptr);
    ~TenantProfileDialog() override;

    /** The profile as typed (trimmed), with the id and login URL it was opened with. */
    auth::TenantProfile profile() const;
    /** Why the profile cannot be saved; empty when it can. */
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *graphUrlEdit() const { return m_graphUrl; }
    QLineEdit *colorEdit() const { return m_color; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateProblem();

    auth::TenantProfile m_original; ///< what the form does not show (id, login URL) is kept from it
    QStringList m_taken;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLabel *m_cloudLabel = nullptr;
    QLabel *m_graphUrlLabel = nullptr;
    QLabel *m_colorLabel = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_clientId = nullptr;
    QComboBox *m_cloud = nullptr;
    QLineEdit *m_graphUrl = nullptr;
    QLineEdit *m_color = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_judged = false;
};

} // namespace passcode::ui
