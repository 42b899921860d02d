// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceOverviewPage, its Sync part: the status line, the action bar's Sync, the offer after an accepted
// passcode action, and sending it (the rest of the page is DeviceOverviewPage.cpp).
#include "ui/overview/DeviceOverviewPage.h"

#include "core/actions/ActionTracker.h"
#include "core/actions/SyncService.h"
#include "core/common/Clock.h"
#include "core/eligibility/SyncRules.h"
#include "core/rbac/PermissionCheck.h"
#include "ui/ConsoleContext.h"
#include "ui/common/DialogPresenter.h"
#include "ui/common/TimeFormat.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/SyncOffer.h"

#include <QLabel>
#include <QPushButton>

namespace passcode::ui {

using actions::RemoteAction;
using actions::TrackedAction;
using devices::Device;

QString DeviceOverviewPage::syncStatusText() const
{
    if (!m_context.sync)
        return {};
    const actions::SyncStatus s = m_context.sync->status(m_deviceId);
    const QString at = TimeFormat::dateTime(s.sentAt);
    switch (s.state) {
    case actions::SyncState::None:
        return {};
    case actions::SyncState::Sending:
        return tr("Sync is on its way to Intune…");
    case actions::SyncState::Accepted:
        return tr("Sync sent at %1: Intune asked the device to check in; it does when it is online.").arg(at);
    case actions::SyncState::Unknown:
        return tr("Sync sent at %1: its outcome is unknown (the answer was lost). It was not sent again; you "
                  "may sync again.")
            .arg(at);
    case actions::SyncState::Failed: {
        QString text = tr("Sync sent at %1 was refused: %2").arg(at, s.error ? s.error->message : QString());
        // Intune refused what the role allows: most likely the device's scope tags.
        if (s.error && s.error->httpStatus == 403 && m_context.permissions &&
            m_context.permissions->permissions())
            text += QLatin1Char(' ') + m_context.permissions->permissions()->syncForbiddenHint();
        return text;
    }
    }
    return {};
}

void DeviceOverviewPage::renderSync()
{
    if (!m_context.sync) {
        m_actionBar->setSync(std::nullopt);
        m_syncOffer->hide();
        return;
    }
    if (!m_device) {
        m_actionBar->setSyncWaiting();
        m_syncOffer->hide();
        return;
    }
    eligibility::SyncVerdict v = eligibility::SyncRules::evaluate(*m_device, m_context.clock.now());
    if (m_context.permissions) {
        if (const std::optional<QString> role = m_context.permissions->syncRefusal(); role && v.allowed) {
            v.allowed = false;
            v.reasons = {*role};
            v.cautions.clear();
        } else if (role) {
            v.reasons.append(*role);
        }
    }
    const actions::SyncStatus status = m_context.sync->status(m_deviceId);
    if (v.allowed && status.state == actions::SyncState::Sending) {
        v.allowed = false;
        v.reasons = {tr("A sync is already on its way to the device.")};
        v.cautions.clear();
    } else if (v.allowed && m_loading) {
        v.allowed = false;
        v.reasons = {tr("Reading the device's current state from Intune first…")};
        v.cautions.clear();
    }
    m_actionBar->setSync(v, syncStatusText());

    // The offer: the latest passcode action this console sent, accepted and waiting for the device's
    // check-in.
    std::optional<TrackedAction> waiting;
    for (RemoteAction action : actions::kAllRemoteActions) {
        const std::optional<TrackedAction> t = m_context.tracker.find({m_deviceId, action});
        if (t && t->requestedAt.isValid() &&
            (t->state == actions::ActionState::Accepted || t->state == actions::ActionState::Pending) &&
            (!waiting || t->requestedAt > waiting->requestedAt))
            waiting = t;
    }
    const QString key =
        waiting ? m_deviceId + u'|' + waiting->requestedAt.toString(Qt::ISODateWithMs) : QString();
    const bool syncedSince =
        waiting && status.state != actions::SyncState::None && status.sentAt >= waiting->requestedAt;
    if (waiting && v.allowed && !syncedSince && key != m_offerDismissedFor) {
        m_syncOffer->setProperty("offeredFor", key);
        m_syncOffer->offer(actions::displayName(waiting->key.action), m_device->deviceName);
    } else {
        m_syncOffer->hide();
    }
}

void DeviceOverviewPage::requestSync()
{
    if (!m_device || m_loading || !m_context.sync || !m_actionBar->syncButton()->isEnabled())
        return;
    SyncConfirmRequest request;
    request.device = *m_device;
    request.tenantName = m_context.tenantName;
    request.sandbox = m_context.isSandbox;
    const QString deviceId = m_device->id;
    m_sendError->hide();
    m_context.dialogs.confirmSync(window(), request, this, [this, deviceId](bool yes) {
        if (yes && m_device && m_device->id == deviceId)
            sendSync();
    });
}

void DeviceOverviewPage::sendSync()
{
    if (!m_device || !m_context.sync || !m_actionBar->syncButton()->isEnabled())
        return;
    if (const std::optional<Error> refused = m_context.sync->send(*m_device)) {
        m_sendError->setText(tr("Not sent: %1").arg(refused->message));
        m_sendError->show();
        return;
    }
    Q_EMIT statusMessage(tr("Sync sent to %1.").arg(m_device->deviceName));
    renderSync();
}

} // namespace passcode::ui
