// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <deque>
#include <optional>

namespace passcode::sandbox {

/**
 * Intune's "devices" service limits (graph-intune.md §6), enforced with sliding 20-second windows:
 *
 * | request type             | per tenant, all apps | per app per tenant |
 * | POST, PUT, DELETE, PATCH | 400                  | 200                |
 * | any                      | 4000                 | 2000               |
 *
 * A request is admitted only if all four windows have room; an admitted request is counted in all of them, a
 * refused one in none. A refusal says how long until the oldest request that fills a full window leaves it;
 * that is the Retry-After. Limits are multiplied by the scale (e.g. 0.01 for tests: 2 writes per 20 s per
 * app). Time is SandboxClock::monotonicMs() (real time plus any advance).
 */
class Throttler
{
public:
    static constexpr qint64 kWindowMs = 20'000;
    static constexpr int kTenantWrites = 400;
    static constexpr int kTenantAny = 4000;
    static constexpr int kAppWrites = 200;
    static constexpr int kAppAny = 2000;

    explicit Throttler(double scale = 1.0) { setScale(scale); }

    void setScale(double scale);
    /** The length of the sliding windows (default kWindowMs); benchmarks shorten it so that a run at
     *  Intune's rate takes seconds. At least 1 ms. */
    void setWindowMs(qint64 windowMs) { m_windowMs = windowMs < 1 ? 1 : windowMs; }
    qint64 windowMs() const { return m_windowMs; }
    double scale() const { return m_scale; }
    bool enabled() const { return m_scale > 0; }

    /** Admits and counts the request, or returns the seconds to wait (fractional). */
    std::optional<double> admit(const QByteArray &appId, bool write, qint64 nowMs);
    /** Forgets the windows and the refusal counts. */
    void reset();
    /** Requests refused (429) since the last reset(), all and writes only (tests and benchmarks). */
    qint64 refusedCount() const { return m_refused; }
    qint64 refusedWrites() const { return m_refusedWrites; }

    int limitTenantWrites() const { return m_tenantWrites; }
    int limitTenantAny() const { return m_tenantAny; }
    int limitAppWrites() const { return m_appWrites; }
    int limitAppAny() const { return m_appAny; }

private:
    struct Window
    {
        std::deque<qint64> stamps;
        void expire(qint64 nowMs, qint64 windowMs);
    };
    struct AppWindows
    {
        Window writes;
        Window any;
    };

    double m_scale = 1.0;
    qint64 m_windowMs = kWindowMs;
    qint64 m_refused = 0;
    qint64 m_refusedWrites = 0;
    int m_tenantWrites = kTenantWrites;
    int m_tenantAny = kTenantAny;
    int m_appWrites = kAppWrites;
    int m_appAny = kAppAny;
    Window m_tenantWritesWindow;
    Window m_tenantAnyWindow;
    QHash<QByteArray, AppWindows> m_apps;
};

} // namespace passcode::sandbox
