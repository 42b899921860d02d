// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/CloudEndpoints.h"
#include "core/auth/TenantRoster.h"
#include "ui/settings/RosterChanges.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class QCheckBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace passcode::ui {

class TenantRosterEditor;

/** The tenant the console connects to: empty tenant and client id mean the sandbox tenant. */
struct TenantFields
{
    QString tenant;
    QString clientId;
    auth::Cloud cloud = auth::Cloud::Global;

    bool isEmpty() const { return tenant.isEmpty() && clientId.isEmpty(); }
    bool operator==(const TenantFields &other) const = default;
};

/**
 * Preferences: the interface language ("" = the system's, "en", "fr"), the tenants of the roster (Tenants
 * section), the single tenant of earlier versions (tenant id or domain, application (client) id, cloud) and
 * the write budget, and whether a desktop notification tells of an action that ends while the technician is
 * elsewhere. OK is refused, with the reason shown, while the tenant fields are not
 * valid: both empty (the sandbox) or both well-formed.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const QString &language, const TenantFields &tenant, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The chosen language code; empty for the system language. */
    QString language() const;
    /** The tenant fields as typed, trimmed. */
    TenantFields tenant() const;
    /** Why the tenant fields are not acceptable; empty when they are. */
    QString tenantError() const;
    /** Writes per 20 seconds the console sends at most (the engine's write budget), 1 to 200. */
    int maxWrites() const;
    /** "Ask to verify the caller before a passcode can be shown or copied" (the Overview's caller check). */
    bool verifyCaller() const;
    void setVerifyCaller(bool on);
    void setMaxWrites(int writes);
    /** Desktop notifications when an action ends while the technician is elsewhere (ActionNotifications). */
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    /** The Tenants section: the roster as it is (edited in a copy). */
    void setRoster(const QList<auth::TenantProfile> &profiles);
    TenantRosterEditor *rosterEditor() const { return m_roster; }
    /** What the Tenants section changed (applied by the caller on accept). */
    RosterChanges rosterChanges() const;
    /** A cloud's name as the technician knows it. */
    static QString cloudName(auth::Cloud cloud);

    /** The settings key of the write budget, and its default (Intune allows 200 writes per 20 s per app). */
    static constexpr char kMaxWritesKey[] = "actions/maxWritesPer20s";
    static constexpr int kDefaultMaxWrites = 150;
    /** The settings key of the desktop notifications' preference (a bool, true when absent). */
    static constexpr char kNotificationsKey[] = "notifications/desktop";

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    void fillClouds();
    void updateTenantError();

    void retranslateMaxWrites();

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
    QGroupBox *m_actionsGroup = nullptr;
    QLabel *m_maxWritesLabel = nullptr;
    QLabel *m_maxWritesNote = nullptr;
    QSpinBox *m_maxWrites = nullptr;
    QCheckBox *m_verifyCaller = nullptr;
    QCheckBox *m_notifications = nullptr;
    TenantRosterEditor *m_roster = nullptr;
    bool m_judgeAll = false; ///< OK was pressed: an incomplete tenant is reported too
};

} // namespace passcode::ui
