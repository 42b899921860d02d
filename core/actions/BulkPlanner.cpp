// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/BulkPlanner.h"

#include "core/actions/ActionTracker.h"
#include "core/actions/EligibilityContext.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/devices/DeviceJson.h"
#include "core/eligibility/PasscodeRules.h"
#include "core/graph/GraphBatch.h"
#include "core/graph/GraphClient.h"
#include "core/rbac/PermissionCheck.h"

#include <QSet>
#include <QUrl>

namespace passcode::actions {
namespace {

QStringList deviceProperties()
{
    QStringList props = devices::DeviceDirectoryLoader::listProperties();
    props.append(QStringLiteral("deviceActionResults"));
    return props;
}

} // namespace

BulkPlanner::BulkPlanner(graph::GraphClient &client, ActionTracker &tracker, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_clock(clock)
{}

BulkPlanner::~BulkPlanner() = default;

void BulkPlanner::setFixedAction(std::optional<RemoteAction> action)
{
    m_fixedAction = action;
}

void BulkPlanner::setRequestTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

void BulkPlanner::plan(const QStringList &deviceIds)
{
    if (m_started)
        return;
    m_started = true;
    m_plan.createdAt = m_clock.now();
    m_plan.fixedAction = m_fixedAction;
    QSet<QString> seen;
    QList<graph::GraphRequest> requests;
    for (const QString &raw : deviceIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        PlanItem item;
        item.deviceId = id;
        m_plan.items.append(item);
        requests.append(
            graph::GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/") +
                                         QString::fromLatin1(QUrl::toPercentEncoding(id)),
                                     graph::ApiVersion::Beta)
                .setSelect(deviceProperties())
                .setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("include-unknown-enum-members"))
                .setRequiredFields({QStringLiteral("id")})
                .setTimeoutMs(m_timeoutMs));
    }
    m_answered = QList<bool>(m_plan.items.size(), false);
    if (requests.isEmpty()) {
        QMetaObject::invokeMethod(this, &BulkPlanner::finish, Qt::QueuedConnection);
        return;
    }
    m_batch = new graph::GraphBatch(&m_client, requests, this);
    connect(m_batch, &graph::GraphBatch::itemFinished, this, &BulkPlanner::onItem);
    connect(m_batch, &graph::GraphBatch::finished, this, &BulkPlanner::finish);
    m_batch->start();
}

void BulkPlanner::cancel()
{
    if (m_batch && m_batch->isRunning())
        m_batch->cancel(); // every unanswered item ends Cancelled → ReadFailed, then finished()
}

void BulkPlanner::setPermissions(const rbac::PermissionCheck *permissions)
{
    m_permissions = permissions;
}

bool BulkPlanner::isRunning() const
{
    return m_started && !m_done;
}

int BulkPlanner::batchRequestsSent() const
{
    return m_batch ? m_batch->batchRequestsSent() : m_batches;
}

PlanItem BulkPlanner::judge(const devices::Device &device, const ActionTracker &tracker, const QDateTime &now,
                            std::optional<RemoteAction> fixedAction)
{
    using eligibility::PasscodeRules;
    PlanItem item;
    item.deviceId = device.id;
    item.deviceName = device.deviceName;
    item.device = device;
    const eligibility::EvaluationContext context = eligibilityContext(tracker, device.id, now);
    const std::optional<RemoteAction> platform = PasscodeRules::platformAction(device);
    if (!platform || (fixedAction && *platform != *fixedAction)) {
        item.action = platform;
        item.skip = SkipReason::NotEligible;
        const eligibility::Verdict verdict = PasscodeRules::evaluate(
            device, fixedAction.value_or(platform.value_or(RemoteAction::ResetPasscode)), context);
        item.rule = verdict.rule;
        item.reasons = verdict.reasons;
        if (platform)
            item.skipText = tr("%1 is not the passcode action of this device's platform (%2 is).")
                                .arg(displayName(*fixedAction), displayName(*platform));
        else
            item.skipText = verdict.reasons.isEmpty()
                                ? tr("No passcode action is available for this device's platform.")
                                : verdict.reasons.join(u' ');
        return item;
    }
    const eligibility::Verdict verdict = PasscodeRules::evaluate(device, *platform, context);
    item.action = platform;
    item.scope = verdict.allowed ? verdict.scope : PasscodeRules::platformScope(device, *platform);
    item.reasons = verdict.reasons;
    item.cautions = verdict.cautions;
    item.rule = verdict.rule;
    if (verdict.allowed)
        return item;
    if (verdict.blocked && PasscodeRules::isBlockingManagementState(device.managementState))
        item.skip = SkipReason::RetireWipeIssued;
    else if (verdict.blocked)
        item.skip = SkipReason::AlreadyPending;
    else
        item.skip = SkipReason::NotEligible;
    item.skipText = verdict.reasons.isEmpty() ? displayName(item.skip) : verdict.reasons.join(u' ');
    return item;
}

PlanItem BulkPlanner::unreadable(const QString &deviceId, const Error &error)
{
    PlanItem item;
    item.deviceId = deviceId;
    if (error.kind == Error::Kind::NotFound || error.httpStatus == 404) {
        item.skip = SkipReason::NotFound;
        item.skipText = tr("No managed device has this id (it may have been deleted or retired).");
    } else {
        item.skip = SkipReason::ReadFailed;
        item.skipText = tr("The device could not be read: %1").arg(error.message);
    }
    return item;
}

void BulkPlanner::onItem(int index, const graph::GraphResult &result)
{
    if (index < 0 || index >= m_plan.items.size() || m_answered.at(index))
        return;
    m_answered[index] = true;
    ++m_read;
    const QString id = m_plan.items.at(index).deviceId;
    if (!result.ok()) {
        m_plan.items[index] = unreadable(id, *result.error);
    } else {
        const devices::DeviceJson::Parsed parsed = devices::DeviceJson::parseDevice(result.json);
        if (!parsed.device || parsed.device->id != id) {
            m_plan.items[index] = unreadable(
                id, Error::make(Error::Kind::Parse, tr("The service's answer is not this device.")));
        } else {
            m_tracker.applyDevice(*parsed.device); // actions Graph reports become known before judging
            PlanItem item = judge(*parsed.device, m_tracker, m_clock.now(), m_fixedAction);
            const std::optional<QString> refused =
                m_permissions && item.eligible() ? m_permissions->refusal(*item.action) : std::nullopt;
            if (refused) { // the technician's Intune role does not allow it
                item.skip = SkipReason::NotEligible;
                item.reasons = {*refused};
                item.cautions.clear();
                item.skipText = *refused;
            }
            m_plan.items[index] = item;
        }
    }
    Q_EMIT progressChanged(m_read, int(m_plan.items.size()));
}

void BulkPlanner::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_batch) {
        m_batches = m_batch->batchRequestsSent();
        m_batch->deleteLater();
    }
    for (int i = 0; i < m_plan.items.size(); ++i) {
        if (!m_answered.at(i))
            m_plan.items[i] =
                unreadable(m_plan.items.at(i).deviceId,
                           Error::make(Error::Kind::Cancelled, tr("The reading was cancelled.")));
    }
    Q_EMIT finished(m_plan);
}

} // namespace passcode::actions
