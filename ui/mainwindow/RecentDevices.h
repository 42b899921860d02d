// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace passcode::ui {

/** A device opened lately: its Intune id and the name it had then. */
struct RecentDevice
{
    QString id;
    QString name;

    friend bool operator==(const RecentDevice &, const RecentDevice &) = default;
};

/**
 * The devices a technician opened last in one tenant, most recent first, at most kMax: the command palette
 * lists them first, one keystroke away (Alt+1 … Alt+0). Remembered in the settings per tenant
 * ("recentDevices/<tenant>/ids" and ".../names"): ids and names only, nothing secret.
 */
class RecentDevices
{
public:
    static constexpr int kMax = 10;

    RecentDevices() = default;
    explicit RecentDevices(QList<RecentDevice> devices);

    static RecentDevices load(const QSettings &settings, const QString &tenantId);
    void save(QSettings &settings, const QString &tenantId) const;

    /** A device was opened: it goes first (once), the oldest beyond kMax goes. An empty name keeps the known
     * one. */
    void note(const QString &id, const QString &name);
    const QList<RecentDevice> &devices() const { return m_devices; }

private:
    static QString group(const QString &tenantId);

    QList<RecentDevice> m_devices;
};

} // namespace passcode::ui
