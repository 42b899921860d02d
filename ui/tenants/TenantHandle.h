// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Complete types: QPointer's bool test (isUsable(), inline) needs them.
#include "core/actions/AuditFeed.h"
#include "core/devices/DeviceDirectory.h"
#include "core/graph/GraphClient.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QString>

namespace passcode::ui {

/**
 * One open tenant as the views that span tenants see it ("All tenants": the cross-tenant search and the
 * Device actions of every tenant). The composition root (app/console) gives one per open tenant; the pointers
 * are null while the tenant is not signed in or failed to open (then @c problem says why, translated), and
 * are guarded: a tenant closed or signed out while a view shows it becomes null, never dangling.
 */
struct TenantHandle
{
    /** The roster id (stable while the tenant stays in the roster). */
    QString id;
    /** The display name (switcher, Tenant column). */
    QString name;
    QColor color;
    QPointer<graph::GraphClient> client;
    QPointer<devices::DeviceDirectory> directory;
    QPointer<actions::AuditFeed> auditFeed;
    /** Why the tenant cannot be searched now ("Sign-in needed", "Offline: …"); empty when it can. */
    QString problem;

    bool isUsable() const { return client && directory && problem.isEmpty(); }
};

using TenantHandles = QList<TenantHandle>;

} // namespace passcode::ui
