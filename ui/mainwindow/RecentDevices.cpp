// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/RecentDevices.h"

#include <QSettings>
#include <QUrl>

namespace passcode::ui {

RecentDevices::RecentDevices(QList<RecentDevice> devices)
    : m_devices(std::move(devices))
{
    if (m_devices.size() > kMax)
        m_devices.resize(kMax);
}

QString RecentDevices::group(const QString &tenantId)
{
    // A tenant id is a key, not a path: '/' and the like are percent-encoded.
    const QString tenant =
        QString::fromLatin1(QUrl::toPercentEncoding(tenantId.isEmpty() ? QStringLiteral("-") : tenantId));
    return QStringLiteral("recentDevices/") + tenant + QLatin1Char('/');
}

RecentDevices RecentDevices::load(const QSettings &settings, const QString &tenantId)
{
    const QString prefix = group(tenantId);
    const QStringList ids = settings.value(prefix + QStringLiteral("ids")).toStringList();
    const QStringList names = settings.value(prefix + QStringLiteral("names")).toStringList();
    QList<RecentDevice> devices;
    for (qsizetype i = 0; i < ids.size() && devices.size() < kMax; ++i) {
        if (!ids.at(i).isEmpty())
            devices.append({ids.at(i), names.value(i)});
    }
    return RecentDevices(std::move(devices));
}

void RecentDevices::save(QSettings &settings, const QString &tenantId) const
{
    QStringList ids;
    QStringList names;
    for (const RecentDevice &device : m_devices) {
        ids.append(device.id);
        names.append(device.name);
    }
    const QString prefix = group(tenantId);
    settings.setValue(prefix + QStringLiteral("ids"), ids);
    settings.setValue(prefix + QStringLiteral("names"), names);
}

void RecentDevices::note(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return;
    QString known = name;
    for (qsizetype i = 0; i < m_devices.size(); ++i) {
        if (m_devices.at(i).id == id) {
            if (known.isEmpty())
                known = m_devices.at(i).name;
            m_devices.removeAt(i);
            break;
        }
    }
    m_devices.prepend({id, known});
    if (m_devices.size() > kMax)
        m_devices.resize(kMax);
}

} // namespace passcode::ui
