// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TenantRoster.h"

#include <QList>
#include <QStringList>

namespace passcode::ui {

/** What Preferences changed in the tenant roster; the composition root applies it (and signs out first). */
struct RosterChanges
{
    /** New profiles (no id yet: the roster gives one). */
    QList<auth::TenantProfile> added;
    /** Edited profiles (by id). */
    QList<auth::TenantProfile> updated;
    /** Ids of removed profiles. */
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

} // namespace passcode::ui
