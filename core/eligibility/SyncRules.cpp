// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/SyncRules.h"

#include "core/eligibility/DeviceProfile.h"

namespace passcode::eligibility {

bool SyncRules::supportsPlatform(const devices::Device &device)
{
    switch (classify(device).platform) {
    case Platform::Android:
    case Platform::Ios:
    case Platform::MacOS:
    case Platform::WindowsDesktop:
    case Platform::WindowsMobile:
        return true;
    case Platform::Other:
        break;
    }
    return false;
}

SyncVerdict SyncRules::evaluate(const devices::Device &device, const QDateTime &now, int staleAfterDays)
{
    SyncVerdict v;
    v.source = tr("Intune: Sync (2025 page: Android, iOS/iPadOS, macOS, Windows)");
    if (!supportsPlatform(device)) {
        const DeviceProfile profile = classify(device);
        const QString seen = profile.platformSeen.isEmpty() ? tr("not reported") : profile.platformSeen;
        v.reasons
            << tr("Intune's Sync supports Android, iOS/iPadOS, macOS and Windows devices; this device's "
                  "platform (%1) is not one of them.")
                   .arg(seen);
        return v;
    }
    v.allowed = true;
    if (!device.lastSyncDateTime.isValid()) {
        v.cautions << tr("The device has never checked in: it answers a sync only once it is online and "
                         "enrolled.");
    } else if (now.isValid()) {
        const qint64 days = device.lastSyncDateTime.daysTo(now);
        if (days >= staleAfterDays)
            v.cautions << tr("The device last checked in %n day(s) ago: it answers a sync only when it is "
                             "online again.",
                             nullptr, static_cast<int>(days));
    }
    return v;
}

} // namespace passcode::eligibility
