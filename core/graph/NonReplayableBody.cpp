// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/NonReplayableBody.h"

#include <algorithm>
#include <cstring>

namespace passcode::graph {

NonReplayableBody::NonReplayableBody(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

bool NonReplayableBody::reset()
{
    return false;
}

bool NonReplayableBody::seek(qint64 pos)
{
    return pos == m_offset;
}

qint64 NonReplayableBody::bytesAvailable() const
{
    return (m_body.size() - m_offset) + QIODevice::bytesAvailable();
}

bool NonReplayableBody::atEnd() const
{
    return m_offset >= m_body.size() && QIODevice::bytesAvailable() == 0;
}

qint64 NonReplayableBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_body.isEmpty() || m_offset >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace passcode::graph
