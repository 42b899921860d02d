// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/SyncService.h"

#include "core/common/Logging.h"
#include "core/eligibility/SyncRules.h"
#include "core/graph/GraphClient.h"

#include <QUrl>

namespace passcode::actions {

QString displayName(SyncState state)
{
    switch (state) {
    case SyncState::None:
        return QCoreApplication::translate("SyncState", "not sent");
    case SyncState::Sending:
        return QCoreApplication::translate("SyncState", "sending");
    case SyncState::Accepted:
        return QCoreApplication::translate("SyncState", "accepted");
    case SyncState::Failed:
        return QCoreApplication::translate("SyncState", "refused");
    case SyncState::Unknown:
        return QCoreApplication::translate("SyncState", "outcome unknown");
    }
    return {};
}

QString stableName(SyncState state)
{
    switch (state) {
    case SyncState::None:
        return QStringLiteral("none");
    case SyncState::Sending:
        return QStringLiteral("sending");
    case SyncState::Accepted:
        return QStringLiteral("accepted");
    case SyncState::Failed:
        return QStringLiteral("failed");
    case SyncState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

SyncService::SyncService(graph::GraphClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    qRegisterMetaType<SyncStatus>();
}

SyncService::~SyncService() = default;

graph::GraphRequest SyncService::request(const QString &deviceId)
{
    return graph::GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/") +
                                           QString::fromLatin1(QUrl::toPercentEncoding(deviceId)) +
                                           QStringLiteral("/syncDevice"),
                                       graph::ApiVersion::V1);
}

std::optional<Error> SyncService::send(const devices::Device &device)
{
    const eligibility::SyncVerdict verdict = eligibility::SyncRules::evaluate(device, m_clock.now());
    if (!verdict.allowed)
        return Error::make(
            Error::Kind::Usage,
            tr("Sync cannot be sent to %1: %2").arg(device.deviceName, verdict.reasons.join(u' ')));
    if (status(device.id).state == SyncState::Sending)
        return Error::make(Error::Kind::Usage,
                           tr("A sync is already on its way to %1.").arg(device.deviceName));

    SyncStatus sending;
    sending.state = SyncState::Sending;
    sending.sentAt = m_clock.now();
    m_status.insert(device.id, sending);
    ++m_sent;
    qCInfo(lcActions) << "sending syncDevice to" << device.id;
    const QString id = device.id;
    m_client.call(request(id), this, [this, id](const graph::GraphResult &result) {
        SyncStatus s = m_status.value(id);
        s.answeredAt = m_clock.now();
        // A 2xx status proves Intune took it, even when a body could not be read.
        if (result.ok() || (result.status >= 200 && result.status < 300)) {
            s.state = SyncState::Accepted;
            s.error.reset();
        } else {
            const Error &e = *result.error;
            // Cancelling a POST on the wire cannot unsend it: unknown too. Never sent again from here.
            const bool unknown = e.kind == Error::Kind::OutcomeUnknown || e.kind == Error::Kind::Cancelled;
            s.state = unknown ? SyncState::Unknown : SyncState::Failed;
            s.error = e;
        }
        qCInfo(lcActions) << "syncDevice to" << id << "ended" << stableName(s.state);
        m_status.insert(id, s);
        Q_EMIT changed(id);
        Q_EMIT finished(id, s);
    });
    Q_EMIT changed(id);
    return std::nullopt;
}

SyncStatus SyncService::status(const QString &deviceId) const
{
    return m_status.value(deviceId);
}

} // namespace passcode::actions
