// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace passcode::eligibility {

/** Whether a Sync may be sent to one device, and why (not). Texts are translated. */
struct SyncVerdict
{
    bool allowed = false;
    /** Why not (a refusal always has one). */
    QStringList reasons;
    /** What accompanies an allowed sync: the device may not answer it soon. */
    QStringList cautions;
    /** The documentation the decision comes from. */
    QString source;
};

/**
 * The rule of Intune's Sync remote action (Graph `syncDevice`): which platforms take it. Microsoft lists
 * Android, iOS/iPadOS, macOS and Windows (memdocs intune/device-management/actions/sync.md, 10/27/2025; the
 * 2024 page, remote-actions/device-sync.md, still limited Android to device administrator and personally
 * owned work profile, which the current page no longer does); other platforms (Linux, ChromeOS, an unreported
 * one) get a reason. A Sync is not a passcode action: a retire, wipe or delete under way, or a passcode
 * action in flight, does not block it (it makes the device pick them up sooner). Pure functions.
 */
class SyncRules
{
    Q_DECLARE_TR_FUNCTIONS(SyncRules)

public:
    /** The verdict for @p device at @p now (the cautions read its last check-in). */
    static SyncVerdict evaluate(const devices::Device &device, const QDateTime &now, int staleAfterDays = 7);
    /** Whether Intune supports Sync on the device's platform. */
    static bool supportsPlatform(const devices::Device &device);
};

} // namespace passcode::eligibility
