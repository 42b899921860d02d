// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/ServerDeviceSearch.h"

namespace passcode::ui {

using devices::DeviceDirectory;
using devices::DeviceLookup;

ServerDeviceSearch::ServerDeviceSearch(graph::GraphClient &client, DeviceDirectory &directory,
                                       QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_lookup(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerDeviceSearch::send);
    connect(&m_lookup, &DeviceLookup::found, this, &ServerDeviceSearch::onFound);
    connect(&m_lookup, &DeviceLookup::finished, this, &ServerDeviceSearch::onFinished);
    connect(&directory, &DeviceDirectory::loadFinished, this, &ServerDeviceSearch::onLoadFinished);
    // The status names how far the list is: follow it, but only while a lookup result is shown.
    connect(&directory, &DeviceDirectory::progress, this, [this] {
        if (m_done && !m_error)
            updateStatus();
    });
}

ServerDeviceSearch::~ServerDeviceSearch() = default;

bool ServerDeviceSearch::wouldAsk(const QString &text) const
{
    return m_directory.loadState() != DeviceDirectory::LoadState::Complete &&
           DeviceLookup::shapeOf(text) != DeviceLookup::Shape::None;
}

void ServerDeviceSearch::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_asked && (m_lookup.isRunning() || m_done))
        return; // the same text again (a space typed after it): keep the answer
    m_timer.stop();
    m_lookup.cancel();
    m_asked.clear();
    m_found = 0;
    m_done = false;
    m_error.reset();
    if (!wouldAsk(trimmed)) {
        updateStatus();
        return;
    }
    m_pending = trimmed;
    if (m_delay.count() <= 0) {
        send();
        return;
    }
    m_timer.start(m_delay);
}

void ServerDeviceSearch::send()
{
    if (!wouldAsk(m_pending)) // the list completed meanwhile
        return;
    m_asked = m_pending;
    m_lookup.lookup(m_asked);
    updateStatus();
}

void ServerDeviceSearch::onFound(const QList<devices::Device> &devices)
{
    m_found += static_cast<int>(devices.size());
    const QList<int> rows = m_directory.addFound(devices);
    updateStatus();
    Q_EMIT devicesFound(rows);
}

void ServerDeviceSearch::onFinished(const std::optional<Error> &error)
{
    m_done = true;
    m_error = error;
    updateStatus();
}

void ServerDeviceSearch::onLoadFinished(DeviceDirectory::LoadState state)
{
    if (state != DeviceDirectory::LoadState::Complete) {
        updateStatus();
        return;
    }
    // The list is complete: the local search is exact from now on.
    m_timer.stop();
    m_lookup.cancel();
    m_asked.clear();
    m_found = 0;
    m_done = false;
    m_error.reset();
    updateStatus();
}

QString ServerDeviceSearch::listState() const
{
    switch (m_directory.loadState()) {
    case DeviceDirectory::LoadState::Loading:
        if (m_directory.expectedCount() > 0)
            return tr("the list is still loading (%L1 of %L2)")
                .arg(m_directory.loadedCount())
                .arg(m_directory.expectedCount());
        return tr("the list is still loading (%L1 so far)").arg(m_directory.loadedCount());
    case DeviceDirectory::LoadState::Idle:
        return tr("the list is not loaded");
    case DeviceDirectory::LoadState::Incomplete:
    case DeviceDirectory::LoadState::Cancelled:
        return tr("the list is incomplete");
    case DeviceDirectory::LoadState::Complete:
        break;
    }
    return {};
}

void ServerDeviceSearch::updateStatus()
{
    QString status;
    if (m_error) {
        status = tr("The server search failed: %1 Only the devices loaded so far are searched.")
                     .arg(m_error->message);
    } else if (!m_asked.isEmpty() && !m_done) {
        status = m_found > 0 ? tr("Searching the server… %Ln device(s) found so far.", nullptr, m_found)
                             : tr("Searching the server…");
    } else if (!m_asked.isEmpty()) {
        status = m_found > 0 ? tr("%Ln device(s) found on the server; %1.", nullptr, m_found).arg(listState())
                             : tr("No device found on the server; %1.").arg(listState());
    }
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

} // namespace passcode::ui
