// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"

#include <QDeadlineTimer>

namespace passcode {

SystemClock::SystemClock()
    : m_epochMs(QDeadlineTimer::current().deadline())
{}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return QDeadlineTimer::current().deadline() - m_epochMs;
}

} // namespace passcode
