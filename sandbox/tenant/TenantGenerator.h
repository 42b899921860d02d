// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/RemoteActionKind.h"

#include <vector>

namespace passcode::sandbox {

/** A remote action from the tenant's past, created with the tenant (pending, done or audit-only). */
struct GeneratedAction
{
    quint32 device = 0;
    RemoteActionKind kind = RemoteActionKind::ResetPasscode;
    qint64 requestMs = 0;
    quint8 technician = 0; ///< index into catalog::technicians()
};

/** What TenantGenerator produces. */
struct GeneratedTenant
{
    DeviceStore store;
    std::vector<GeneratedAction> history; ///< in request order
};

/**
 * Builds a deterministic tenant from a seed.
 *
 * The first devices cover every row of the platform table (passcode-support.md) in order, then the blocking
 * management states (retirePending, retireIssued, wipePending, wipeIssued, deletePending), then the special
 * cases (a pending reset on an offline device, a work profile whose reset token is not activated, Android
 * without a passcode policy, iOS with a wrong unlock token, devices that never check in...); the rest follows
 * a realistic mix. Same seed, count and start time: the same tenant, byte for byte. 100,000 devices take a
 * few milliseconds.
 */
class TenantGenerator
{
public:
    static GeneratedTenant generate(quint64 seed, qsizetype deviceCount, qint64 tenantStartMs);
    /** How many leading devices are the fixed showcase (rows, blocking states, special cases). */
    static qsizetype showcaseSize();
};

} // namespace passcode::sandbox
