// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResetCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "DeviceResolver.h"
#include "ExitCode.h"
#include "Output.h"
#include "SyncCommand.h"

#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/LikelyCause.h"
#include "core/auth/TokenProvider.h"
#include "core/rbac/PermissionCheck.h"
#include "engine/TenantEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace passcode::ctl {

ResetCommand::ResetCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : GraphCommand(options, out, err, parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ResetCommand::onTimeout);
}

ResetCommand::~ResetCommand() = default;

void ResetCommand::executeWithGraph()
{
    resumeFromJournal();
    // The role is asked while the device is resolved; the action waits for both.
    rbac::PermissionCheck &check = session().engine().permissions();
    connect(&check, &rbac::PermissionCheck::changed, this, &ResetCommand::sendWhenReady);
    check.start(session().engine().tokens().accessToken());
    m_resolver = std::make_unique<DeviceResolver>(session(), [this](const Error &e) { fail(e); });
    m_resolver->resolve(options().device, [this](const devices::Device &device) {
        m_resolved = device;
        sendWhenReady();
    });
}

void ResetCommand::sendWhenReady()
{
    const rbac::PermissionCheck &check = session().engine().permissions();
    if (!m_resolved || check.state() == rbac::PermissionCheck::State::Checking)
        return;
    const devices::Device device = *std::exchange(m_resolved, std::nullopt);
    if (check.state() == rbac::PermissionCheck::State::NotChecked)
        err() << tr("Permissions not checked: %1").arg(check.notCheckedReason()) << u'\n';
    send(device);
}

void ResetCommand::aboutToFinish()
{
    m_timeout.stop();
}

void ResetCommand::send(const devices::Device &device)
{
    const std::optional<actions::RemoteAction> action = eligibility::PasscodeRules::platformAction(device);
    const eligibility::Verdict verdict = eligibility::PasscodeRules::evaluate(
        device, action.value_or(actions::RemoteAction::ResetPasscode), eligibilityContext(device));
    if (!action || !verdict.allowed) {
        const QString reasons = verdict.reasons.isEmpty() ? tr("no passcode action applies to this device")
                                                          : verdict.reasons.join(u' ');
        fail(ExitNotEligible,
             tr("%1: %2 is not available: %3")
                 .arg(device.deviceName,
                      actions::displayName(action.value_or(actions::RemoteAction::ResetPasscode)), reasons));
        return;
    }
    if (const std::optional<QString> role = session().engine().permissions().refusal(*action)) {
        fail(ExitAuth,
             tr("%1: %2 is not available: %3").arg(device.deviceName, actions::displayName(*action), *role));
        return;
    }
    // Cautions are part of the answer, not errors: stdout (text) or the "cautions" member (--json).
    m_cautions = verdict.cautions;
    if (!options().json) {
        for (const QString &caution : verdict.cautions)
            out() << tr("Caution: %1").arg(caution) << u'\n';
    }

    m_key = actions::ActionKey{device.id, *action};
    m_device = device;
    m_following = true;
    actions::ActionService &service = session().service();
    // Queued: ActionTracker emits stateChanged before it stores the passcode and error code of the result.
    connect(&session().tracker(), &actions::ActionTracker::stateChanged, this, &ResetCommand::onStateChanged,
            Qt::QueuedConnection);
    connect(&service, &actions::ActionService::sendFailed, this, &ResetCommand::onSendFailed);
    connect(&service, &actions::ActionService::pollError, this, &ResetCommand::onPollError);
    if (std::optional<Error> refused = service.send(device, *action, options().reason)) {
        m_following = false;
        refuse(*refused);
        return;
    }
    if (options().wait)
        m_timeout.start(options().timeoutSeconds * 1000);
}

void ResetCommand::refuse(const Error &error)
{
    // Refused by the rules, by an action under way (here or in another process on this computer): exit 3.
    // Not written to the journal (it could not be: nothing left): the journal's own error, exit 6.
    const bool elsewhere = error.code == actions::ActionService::inFlightElsewhereCode();
    const int exitCode = error.kind == Error::Kind::Usage ? ExitNotEligible : exitCodeFor(error);
    if (options().json && (elsewhere || exitCode != ExitNotEligible)) {
        printJson(QJsonObject{
            {QStringLiteral("deviceId"), m_device.id},
            {QStringLiteral("deviceName"), m_device.deviceName},
            {QStringLiteral("action"), actions::stableName(m_key.action)},
            {QStringLiteral("graphAction"), actions::graphActionName(m_key.action)},
            {QStringLiteral("refused"),
             elsewhere ? QStringLiteral("inFlightElsewhere") : QStringLiteral("journalNotWritten")},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("exitCode"), exitCode},
        });
    }
    fail(exitCode, error.message);
}

void ResetCommand::onSendFailed(const actions::ActionKey &key, const Error &error)
{
    if (!follows(key))
        return;
    if (error.kind == Error::Kind::OutcomeUnknown || error.kind == Error::Kind::Cancelled) {
        if (options().wait)
            printError(tr("The answer to the request was lost; the action is not sent again, and the device "
                          "is polled to find out whether it arrived."));
        return; // the Unknown state change reports it
    }
    m_following = false;
    Error e = error;
    e.message =
        tr("%1: %2 was refused: %3")
            .arg(session().tracker().find(key)->deviceName, actions::displayName(key.action), error.message);
    fail(e);
}

void ResetCommand::onPollError(const actions::ActionKey &key, const Error &error)
{
    if (!follows(key))
        return;
    if (error.kind == Error::Kind::Auth || error.kind == Error::Kind::Permission) {
        m_following = false;
        fail(error);
    } else if (error.kind == Error::Kind::NotFound) {
        m_following = false;
        fail(ExitActionFailed, tr("%1: the device is no longer in Intune (it was retired, wiped or deleted); "
                                  "the action cannot finish.")
                                   .arg(session().tracker().find(key)->deviceName));
    }
}

void ResetCommand::onTimeout()
{
    if (!m_following)
        return;
    const std::optional<actions::TrackedAction> a = session().tracker().find(m_key);
    m_following = false;
    printError(
        tr("%1: %2 is still %3 after %4 s; it was not sent again. Follow it with "
           "'passcodectl actions list'.")
            .arg(a->deviceName, actions::displayName(m_key.action), actions::displayName(a->state).toLower())
            .arg(options().timeoutSeconds));
    report(ExitOutcomeUnknown);
}

void ResetCommand::onStateChanged(const actions::ActionKey &key)
{
    if (!follows(key))
        return;
    const std::optional<actions::TrackedAction> a = session().tracker().find(key);
    if (!a)
        return;
    const bool wait = options().wait;
    using S = actions::ActionState;
    switch (a->state) {
    case S::Requested:
    case S::Sent:
        return;
    case S::Accepted:
    case S::Pending:
    case S::Active:
        syncOnce();
        if (wait)
            return;
        m_following = false;
        if (!options().json)
            out() << tr("%1 sent to %2: %3. Follow it with 'passcodectl actions list', or use --wait.")
                         .arg(actions::displayName(key.action), a->deviceName,
                              actions::displayName(a->state).toLower())
                  << u'\n';
        report(ExitSuccess);
        return;
    case S::Unknown:
        if (wait)
            return;
        m_following = false;
        printError(tr("%1: the outcome of %2 is unknown (the answer was lost); it was not sent "
                      "again. Check with 'passcodectl actions list' before sending it again.")
                       .arg(a->deviceName, actions::displayName(key.action)));
        report(ExitOutcomeUnknown);
        return;
    case S::Done:
        m_following = false;
        if (!options().json) {
            out() << tr("%1 on %2: done.").arg(actions::displayName(key.action), a->deviceName) << u'\n';
            if (!actions::yieldsPasscode(key.action))
                out() << tr("The passcode was removed; if a passcode policy applies, the user is asked to "
                            "set a new "
                            "one.")
                      << u'\n';
            else if (a->passcode && options().showPasscode)
                out() << tr("Passcode: %1").arg(*a->passcode) << u'\n'
                      << tr("Shown in the device overview until %1.").arg(CtlFormat::time(a->passcodeExpiry))
                      << u'\n';
            else if (a->passcode)
                out() << tr("A new passcode is in the device overview until %1; add --show-passcode to print "
                            "it.")
                             .arg(CtlFormat::time(a->passcodeExpiry))
                      << u'\n';
        }
        report(ExitSuccess);
        return;
    case S::None:
        m_following = false;
        printError(tr("%1: %2 was never processed by Intune (the request's answer was lost and "
                      "Intune never showed it); you may send it again.")
                       .arg(a->deviceName, actions::displayName(key.action)));
        report(ExitOutcomeUnknown);
        return;
    case S::Failed:
    case S::NotSupported:
    case S::Canceled: {
        m_following = false;
        QString message =
            (a->state == S::Failed         ? tr("%1: %2 failed on the device (error code %3).")
             : a->state == S::NotSupported ? tr("%1: %2 is not supported by the device (error code %3).")
                                           : tr("%1: %2 was canceled (error code %3)."))
                .arg(a->deviceName, actions::displayName(key.action))
                .arg(a->errorCode);
        if (const std::optional<QString> cause = actions::LikelyCause::of(m_device, key.action, a->state))
            message += u' ' + *cause;
        printError(message);
        report(ExitActionFailed);
        return;
    }
    }
}

void ResetCommand::syncOnce()
{
    if (!options().sync || m_syncDecided)
        return;
    m_syncDecided = true;
    if (const auto refused = SyncCommand::refusal(session(), m_device)) {
        m_syncMessage = refused->second;
        if (!options().json)
            warn(m_syncMessage);
        return;
    }
    actions::SyncService &sync = session().engine().sync();
    connect(&sync, &actions::SyncService::finished, this, &ResetCommand::onSyncFinished);
    if (const std::optional<Error> refused = sync.send(m_device)) {
        m_syncMessage = refused->message;
        if (!options().json)
            warn(m_syncMessage);
        return;
    }
    m_sync = sync.status(m_device.id);
}

void ResetCommand::onSyncFinished(const QString &deviceId, const actions::SyncStatus &status)
{
    if (deviceId != m_device.id || !m_sync || isFinished())
        return;
    m_sync = status;
    const rbac::PermissionCheck &check = session().engine().permissions();
    m_syncMessage =
        SyncCommand::describe(m_device.deviceName, status,
                              check.permissions() ? check.permissions()->syncForbiddenHint() : QString());
    if (!options().json) {
        if (status.state == actions::SyncState::Accepted)
            out() << m_syncMessage << u'\n';
        else
            warn(m_syncMessage);
    }
    if (m_exitAfterSync)
        report(*m_exitAfterSync);
}

void ResetCommand::report(int exitCode)
{
    m_timeout.stop();
    if (m_sync && m_sync->state == actions::SyncState::Sending) {
        m_exitAfterSync = exitCode; // the Sync's answer first: it is part of what the command reports
        return;
    }
    if (options().json) {
        if (const std::optional<actions::TrackedAction> a = session().tracker().find(m_key)) {
            QJsonObject o = CtlFormat::resetJson(*a, options().showPasscode);
            o.insert(QStringLiteral("cautions"), QJsonArray::fromStringList(m_cautions));
            const std::optional<QString> cause = actions::LikelyCause::of(m_device, a->key.action, a->state);
            o.insert(QStringLiteral("likelyCause"), cause ? QJsonValue(*cause) : QJsonValue());
            if (options().sync) {
                actions::SyncStatus notSent;
                o.insert(QStringLiteral("sync"),
                         SyncCommand::toJson(m_sync.value_or(notSent), m_syncMessage));
            }
            printJson(o);
        }
    }
    finish(exitCode);
}

} // namespace passcode::ctl
