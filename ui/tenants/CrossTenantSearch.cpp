// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenants/CrossTenantSearch.h"

#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceLookup.h"
#include "core/graph/GraphClient.h"
#include "ui/tenants/CrossTenantResultsModel.h"

namespace passcode::ui {

using devices::DeviceLookup;
using State = CrossTenantSearch::TenantStatus::State;

CrossTenantSearch::CrossTenantSearch(QObject *parent)
    : QObject(parent)
    , m_results(new CrossTenantResultsModel(this))
{}

CrossTenantSearch::~CrossTenantSearch()
{
    cancel();
}

void CrossTenantSearch::setTenants(const TenantHandles &tenants)
{
    cancel();
    m_lookups.clear();
    m_tenants = tenants;
    m_status.assign(static_cast<std::size_t>(tenants.size()), TenantStatus{});
    m_lookups.resize(static_cast<std::size_t>(tenants.size()));
    m_results->setTenants(tenants);
    for (int i = 0; i < tenants.size(); ++i)
        Q_EMIT tenantChanged(i);
}

void CrossTenantSearch::cancel()
{
    for (const std::unique_ptr<DeviceLookup> &lookup : m_lookups) {
        if (lookup)
            lookup->cancel();
    }
    m_pending = 0;
}

bool CrossTenantSearch::search(const QString &raw)
{
    cancel();
    m_results->clear();
    m_text = raw.trimmed();
    if (DeviceLookup::shapeOf(m_text) == DeviceLookup::Shape::None) {
        for (std::size_t i = 0; i < m_status.size(); ++i) {
            m_status[i] = TenantStatus{};
            Q_EMIT tenantChanged(static_cast<int>(i));
        }
        return false;
    }
    // Every tenant is asked before any answer is handled: the lookups run side by side.
    for (int i = 0; i < m_tenants.size(); ++i) {
        const TenantHandle &t = m_tenants.at(i);
        TenantStatus &status = m_status[static_cast<std::size_t>(i)];
        status = TenantStatus{};
        if (!t.isUsable()) {
            status.state = State::Unavailable;
            status.problem = !t.problem.isEmpty() ? t.problem : tr("not open");
            continue;
        }
        std::unique_ptr<DeviceLookup> &lookup = m_lookups[static_cast<std::size_t>(i)];
        if (!lookup) {
            lookup = std::make_unique<DeviceLookup>(*t.client);
            connect(lookup.get(), &DeviceLookup::found, this, [this, i](const QList<devices::Device> &d) {
                m_status[static_cast<std::size_t>(i)].found += m_results->addDevices(i, d, true);
                Q_EMIT tenantChanged(i);
            });
            connect(lookup.get(), &DeviceLookup::finished, this,
                    [this, i](const std::optional<Error> &error) { tenantAnswered(i, error); });
        }
        status.state = State::Searching;
        ++m_pending;
        lookup->lookup(m_text);
    }
    // The loaded lists' exact matches, at once (the server's answers come later).
    for (int i = 0; i < m_tenants.size(); ++i) {
        const TenantHandle &t = m_tenants.at(i);
        if (m_status[static_cast<std::size_t>(i)].state != State::Searching || !t.directory)
            continue;
        QList<devices::Device> local;
        for (const int row : t.directory->lookup(m_text))
            local.append(t.directory->at(row));
        m_status[static_cast<std::size_t>(i)].found += m_results->addDevices(i, local, false);
    }
    for (int i = 0; i < m_tenants.size(); ++i)
        Q_EMIT tenantChanged(i);
    if (m_pending == 0)
        Q_EMIT finished();
    return true;
}

void CrossTenantSearch::tenantAnswered(int tenant, const std::optional<Error> &error)
{
    TenantStatus &status = m_status[static_cast<std::size_t>(tenant)];
    if (status.state != State::Searching)
        return;
    status.state = error ? State::Failed : State::Done;
    status.error = error;
    status.more = m_lookups[static_cast<std::size_t>(tenant)] &&
                  m_lookups[static_cast<std::size_t>(tenant)]->truncated();
    Q_EMIT tenantChanged(tenant);
    if (--m_pending == 0)
        Q_EMIT finished();
}

QString CrossTenantSearch::statusText(int tenant) const
{
    const TenantStatus &s = status(tenant);
    const QString name = m_tenants.at(tenant).name;
    switch (s.state) {
    case State::Idle:
        return name;
    case State::Searching:
        return s.found > 0 ? tr("%1: searching… %Ln found so far", nullptr, s.found).arg(name)
                           : tr("%1: searching…").arg(name);
    case State::Done:
        return s.more ? tr("%1: %Ln found, more on the server (type more of the name)", nullptr, s.found)
                            .arg(name)
                      : tr("%1: %Ln found", nullptr, s.found).arg(name);
    case State::Failed: {
        const QString message = s.error ? s.error->message : QString();
        if (s.error && s.error->httpStatus > 0)
            return tr("%1: %2 — %3", "tenant: HTTP status — error")
                .arg(name)
                .arg(s.error->httpStatus)
                .arg(message);
        return tr("%1: %2", "tenant: error").arg(name, message);
    }
    case State::Unavailable:
        return tr("%1: %2", "tenant: why it cannot be searched").arg(name, s.problem);
    }
    return name;
}

} // namespace passcode::ui
