// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QtGlobal>

class QNetworkReply;

namespace passcode {

/**
 * The caps on the answers this program reads from a server (docs/graph-client.md, "Bounded answers"). A page
 * of 999 sandbox devices with every property is 2.8 MiB and the device list's own page 0.7 MiB, so a Graph
 * page may be 64 MiB; one object, an action's answer or a $batch answer of 20 items 16 MiB; an error
 * body (any status but 2xx) 256 KiB. Entra ID's token and device code answers are a few KB: 64 KiB.
 */
namespace bodylimits {
inline constexpr qint64 KiB = 1024;
inline constexpr qint64 MiB = 1024 * KiB;
/** A page of a Graph collection (GraphPager). */
inline constexpr qint64 GraphPage = 64 * MiB;
/** Any other 2xx Graph answer (GraphClient::Options::maxBodyBytes). */
inline constexpr qint64 GraphAnswer = 16 * MiB;
/** The body of a Graph answer whose status is not 2xx (GraphClient::Options::maxErrorBodyBytes). */
inline constexpr qint64 ErrorBody = 256 * KiB;
/** Entra ID's answers (token, device code, their errors) and the sandbox's control token. */
inline constexpr qint64 IdentityAnswer = 64 * KiB;
} // namespace bodylimits

/**
 * A size cap on the body of one QNetworkReply, checked while it downloads, not after: the announced
 * Content-Length as soon as the headers are in (metaDataChanged), then the bytes as they arrive (readyRead;
 * after decompression, so a small compressed body that inflates past the cap is stopped too). The limit takes
 * the body out of the reply as it arrives (read it with takeBody(), not from the reply), and Qt's HTTP thread
 * may read at most 1 MiB ahead (QNetworkReply::setReadBufferSize), so what is held stays bounded however busy
 * the reply's thread is. Past the cap the reply is aborted at once: Qt stops reading, what was read is
 * dropped, and the reply's finished() follows (with OperationCanceledError, which the reader must not take
 * for a timeout: ask exceeded() first).
 *
 * Which cap applies depends on the status the headers carry: maxBytes for a 2xx answer, maxErrorBytes for any
 * other (an error body is only read for its message). The limit is a child of the reply and goes with it.
 * Thread: the reply's.
 */
class ReplyBodyLimit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyBodyLimit)

public:
    /** Caps @p reply's body at @p maxBytes (2xx) and @p maxErrorBytes (other statuses; negative: maxBytes).
     */
    static ReplyBodyLimit *watch(QNetworkReply *reply, qint64 maxBytes, qint64 maxErrorBytes = -1);
    /** The limit watching @p reply, or null. */
    static ReplyBodyLimit *of(const QNetworkReply *reply);

    /** Whether the body passed its cap (what the reply still holds is read and counted first). */
    bool exceeded();
    /** The body (read so far, and what the reply still holds); empty once the cap was passed. Once. */
    QByteArray takeBody();
    /** The cap that applied (the one of the answer's status). */
    qint64 limit() const;
    /** The bytes announced (Content-Length) or received when the cap was passed. */
    qint64 seenBytes() const { return m_seen; }
    /** The cap was passed by the announced Content-Length, before any of the body was read. */
    bool announced() const { return m_announced; }

    /** "64 MiB", "256 KiB" or "1,234 bytes" (translated units). */
    static QString formatSize(qint64 bytes);
    /** The error of an answer larger than @p limit (Kind::Parse, translated; its detail gives @p seen bytes,
     * announced or received). Never retried as transient by the readers here. */
    static Error tooLargeError(qint64 limit, qint64 seen = -1, bool announced = false);

private:
    ReplyBodyLimit(QNetworkReply *reply, qint64 maxBytes, qint64 maxErrorBytes);
    void onMetaData();
    void drain();
    void trip(qint64 seen, bool announced);
    bool isErrorStatus() const;

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    qint64 m_maxErrorBytes;
    QByteArray m_body;
    qint64 m_seen = -1;
    bool m_exceeded = false;
    bool m_announced = false;
};

} // namespace passcode
