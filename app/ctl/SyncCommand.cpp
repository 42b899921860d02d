// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "DeviceResolver.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/auth/TokenProvider.h"
#include "core/eligibility/SyncRules.h"
#include "core/rbac/PermissionCheck.h"
#include "engine/TenantEngine.h"

namespace passcode::ctl {
namespace {

QJsonValue jsonTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(CtlFormat::time(t)) : QJsonValue();
}

} // namespace

SyncCommand::SyncCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : GraphCommand(options, out, err, parent)
{}

SyncCommand::~SyncCommand() = default;

std::optional<std::pair<int, QString>> SyncCommand::refusal(CtlSession &session,
                                                            const devices::Device &device)
{
    const eligibility::SyncVerdict verdict =
        eligibility::SyncRules::evaluate(device, session.engine().clock().now());
    if (!verdict.allowed)
        return std::pair{
            int(ExitNotEligible),
            tr("%1: Sync is not available: %2").arg(device.deviceName, verdict.reasons.join(u' '))};
    if (const std::optional<QString> role = session.engine().permissions().syncRefusal())
        return std::pair{int(ExitAuth), tr("%1: Sync is not available: %2").arg(device.deviceName, *role)};
    return std::nullopt;
}

QString SyncCommand::describe(const QString &deviceName, const actions::SyncStatus &status,
                              const QString &forbiddenHint)
{
    using S = actions::SyncState;
    switch (status.state) {
    case S::Accepted:
        return tr("Sync sent to %1: Intune asked the device to check in; it does when it is online (see its "
                  "last check-in with 'passcodectl devices show').")
            .arg(deviceName);
    case S::Failed: {
        QString message = tr("%1: Sync was refused: %2").arg(deviceName, status.error->message);
        if (status.error->httpStatus == 403 && !forbiddenHint.isEmpty())
            message += u' ' + forbiddenHint;
        return message;
    }
    case S::Unknown:
        return tr("%1: the outcome of Sync is unknown (the answer was lost); it was not sent again.")
            .arg(deviceName);
    case S::None:
    case S::Sending:
        break;
    }
    return tr("%1: Sync is on its way.").arg(deviceName);
}

int SyncCommand::exitCodeOf(const actions::SyncStatus &status)
{
    switch (status.state) {
    case actions::SyncState::Accepted:
        return ExitSuccess;
    case actions::SyncState::Unknown:
        return ExitOutcomeUnknown;
    case actions::SyncState::Failed:
        return status.error ? exitCodeFor(*status.error) : ExitActionFailed;
    case actions::SyncState::None:
    case actions::SyncState::Sending:
        break;
    }
    return ExitOutcomeUnknown;
}

QJsonObject SyncCommand::toJson(const actions::SyncStatus &status, const QString &message)
{
    QJsonObject o{
        {QStringLiteral("graphAction"), QStringLiteral("syncDevice")},
        {QStringLiteral("state"), actions::stableName(status.state)},
        {QStringLiteral("sentAt"), jsonTime(status.sentAt)},
        {QStringLiteral("message"), message.isEmpty() ? QJsonValue() : QJsonValue(message)},
    };
    return o;
}

void SyncCommand::executeWithGraph()
{
    rbac::PermissionCheck &check = session().engine().permissions();
    connect(&check, &rbac::PermissionCheck::changed, this, &SyncCommand::sendWhenReady);
    check.start(session().engine().tokens().accessToken());
    m_resolver = std::make_unique<DeviceResolver>(session(), [this](const Error &e) { fail(e); });
    m_resolver->resolve(options().device, [this](const devices::Device &device) {
        m_resolved = device;
        sendWhenReady();
    });
}

void SyncCommand::sendWhenReady()
{
    const rbac::PermissionCheck &check = session().engine().permissions();
    if (!m_resolved || check.state() == rbac::PermissionCheck::State::Checking)
        return;
    m_device = *std::exchange(m_resolved, std::nullopt);
    if (check.state() == rbac::PermissionCheck::State::NotChecked)
        err() << tr("Permissions not checked: %1").arg(check.notCheckedReason()) << u'\n';
    if (const auto refused = refusal(session(), m_device)) {
        fail(refused->first, refused->second);
        return;
    }
    actions::SyncService &sync = session().engine().sync();
    connect(&sync, &actions::SyncService::finished, this, &SyncCommand::onFinished);
    if (const std::optional<Error> refused = sync.send(m_device))
        fail(ExitNotEligible, refused->message);
}

void SyncCommand::onFinished(const QString &deviceId, const actions::SyncStatus &status)
{
    if (deviceId != m_device.id || isFinished())
        return;
    const rbac::PermissionCheck &check = session().engine().permissions();
    const QString hint = check.permissions() ? check.permissions()->syncForbiddenHint() : QString();
    const QString message = describe(m_device.deviceName, status, hint);
    const int exitCode = exitCodeOf(status);
    if (options().json) {
        QJsonObject o = toJson(status, status.state == actions::SyncState::Accepted ? QString() : message);
        o.insert(QStringLiteral("deviceId"), m_device.id);
        o.insert(QStringLiteral("deviceName"), m_device.deviceName);
        o.insert(QStringLiteral("lastSyncDateTime"), jsonTime(m_device.lastSyncDateTime));
        o.insert(QStringLiteral("exitCode"), exitCode);
        printJson(o);
    }
    if (exitCode == ExitSuccess) {
        if (!options().json)
            out() << message << u'\n';
        finish(exitCode);
    } else {
        fail(exitCode, message);
    }
}

} // namespace passcode::ctl
