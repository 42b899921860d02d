// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QMutex>

namespace passcode::sandbox {

/**
 * The sandbox's two clocks.
 *
 * - Tenant time drives the simulated devices: check-ins, the action lifecycle, passcode retention, lastSync.
 * It starts at the configured start time and runs `timeScale` times faster than real time (0 freezes it).
 * - Protocol time drives what a client's own clock must agree with: token lifetimes, device-code expiry and
 *   polling intervals, throttling windows. It is the real wall clock.
 *
 * advance() moves both forward, so tests can expire tokens or finish actions without sleeping.
 * Thread-safe: an embedding thread may read it while the server thread serves.
 */
class SandboxClock
{
public:
    SandboxClock(qint64 tenantStartMs, double timeScale);

    qint64 tenantNowMs() const;
    qint64 protocolNowMs() const;
    /** Milliseconds since construction at real speed plus every advance (for throttling windows). */
    qint64 monotonicMs() const;

    void advance(qint64 ms);
    double timeScale() const;
    void setTimeScale(double scale);
    qint64 tenantStartMs() const { return m_tenantStartMs; }

private:
    mutable QMutex m_mutex;
    QElapsedTimer m_elapsed;
    const qint64 m_tenantStartMs;
    qint64 m_tenantBaseMs;      ///< tenant time at m_elapsedBaseMs
    qint64 m_elapsedBaseMs = 0; ///< real elapsed ms when the scale last changed
    double m_scale;
    qint64 m_advancedMs = 0;
};

} // namespace passcode::sandbox
