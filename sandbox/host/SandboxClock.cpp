// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/host/SandboxClock.h"

#include <QDateTime>
#include <QMutexLocker>

#include <cmath>

namespace passcode::sandbox {

SandboxClock::SandboxClock(qint64 tenantStartMs, double timeScale)
    : m_tenantStartMs(tenantStartMs)
    , m_tenantBaseMs(tenantStartMs)
    , m_scale(timeScale < 0 ? 0 : timeScale)
{
    m_elapsed.start();
}

qint64 SandboxClock::tenantNowMs() const
{
    QMutexLocker lock(&m_mutex);
    const qint64 realSinceBase = m_elapsed.elapsed() - m_elapsedBaseMs;
    return m_tenantBaseMs + qint64(std::llround(double(realSinceBase) * m_scale)) + m_advancedMs;
}

qint64 SandboxClock::protocolNowMs() const
{
    QMutexLocker lock(&m_mutex);
    return QDateTime::currentMSecsSinceEpoch() + m_advancedMs;
}

qint64 SandboxClock::monotonicMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_elapsed.elapsed() + m_advancedMs;
}

void SandboxClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    m_advancedMs += ms;
}

double SandboxClock::timeScale() const
{
    QMutexLocker lock(&m_mutex);
    return m_scale;
}

void SandboxClock::setTimeScale(double scale)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_elapsed.elapsed();
    m_tenantBaseMs += qint64(std::llround(double(now - m_elapsedBaseMs) * m_scale));
    m_elapsedBaseMs = now;
    m_scale = scale < 0 ? 0 : scale;
}

} // namespace passcode::sandbox
