// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ReplyBodyLimit.h"

#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <utility>

namespace passcode {

namespace {
// How far Qt's HTTP thread may read ahead of this thread (QNetworkReply::setReadBufferSize). The body is
// taken out of the reply as it arrives, so this never stalls a download; it bounds what is held however busy
// this thread is.
constexpr qint64 kReadAhead = bodylimits::MiB;
} // namespace

ReplyBodyLimit::ReplyBodyLimit(QNetworkReply *reply, qint64 maxBytes, qint64 maxErrorBytes)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
    , m_maxErrorBytes(maxErrorBytes < 0 ? maxBytes : maxErrorBytes)
{
    reply->setReadBufferSize(std::min(kReadAhead, std::max(m_maxBytes, m_maxErrorBytes) + 1));
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyBodyLimit::onMetaData);
    connect(reply, &QIODevice::readyRead, this, &ReplyBodyLimit::drain);
}

ReplyBodyLimit *ReplyBodyLimit::watch(QNetworkReply *reply, qint64 maxBytes, qint64 maxErrorBytes)
{
    Q_ASSERT(reply);
    Q_ASSERT(maxBytes >= 0);
    return new ReplyBodyLimit(reply, maxBytes, maxErrorBytes);
}

ReplyBodyLimit *ReplyBodyLimit::of(const QNetworkReply *reply)
{
    return reply ? reply->findChild<ReplyBodyLimit *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool ReplyBodyLimit::isErrorStatus() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status != 0 && (status < 200 || status >= 300);
}

qint64 ReplyBodyLimit::limit() const
{
    return isErrorStatus() ? m_maxErrorBytes : m_maxBytes;
}

bool ReplyBodyLimit::exceeded()
{
    drain(); // a reply that finished without readyRead (or between two) still holds its last bytes
    return m_exceeded;
}

QByteArray ReplyBodyLimit::takeBody()
{
    drain();
    return std::exchange(m_body, QByteArray());
}

void ReplyBodyLimit::onMetaData()
{
    if (m_exceeded)
        return;
    bool ok = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > limit())
        trip(announced, true);
}

void ReplyBodyLimit::drain()
{
    if (m_exceeded || !m_reply->isOpen())
        return;
    // One byte past the cap is enough to know; what is past it stays unread. Only what the reply holds is
    // asked for: QIODevice::read(n) allocates n bytes before it reads, and the room left under a page's cap
    // is 64 MiB (an mmap and munmap at every readyRead: a third of the UI thread's time loading 100,000
    // devices).
    const qint64 room = std::min(limit() + 1 - m_body.size(), m_reply->bytesAvailable());
    if (room > 0)
        m_body += m_reply->read(room);
    if (m_body.size() > limit())
        trip(m_body.size(), false);
}

void ReplyBodyLimit::trip(qint64 seen, bool announced)
{
    m_exceeded = true;
    m_seen = seen;
    m_announced = announced;
    m_body = QByteArray();
    // Synchronous: Qt stops reading now, and the reply's finished() is emitted from here.
    if (m_reply->isRunning())
        m_reply->abort();
}

QString ReplyBodyLimit::formatSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= bodylimits::MiB && bytes % bodylimits::MiB == 0)
        return tr("%1 MiB").arg(locale.toString(bytes / bodylimits::MiB));
    if (bytes >= bodylimits::KiB && bytes % bodylimits::KiB == 0)
        return tr("%1 KiB").arg(locale.toString(bytes / bodylimits::KiB));
    return tr("%1 bytes").arg(locale.toString(bytes));
}

Error ReplyBodyLimit::tooLargeError(qint64 limit, qint64 seen, bool announced)
{
    QString detail;
    if (seen >= 0)
        detail = announced ? tr("The answer announced %1 bytes (Content-Length).").arg(seen)
                           : tr("%1 bytes had arrived when reading stopped.").arg(seen);
    return Error::make(Error::Kind::Parse,
                       tr("The server's answer was larger than %1; stopped reading.").arg(formatSize(limit)),
                       detail);
}

} // namespace passcode
