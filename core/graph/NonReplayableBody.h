// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace passcode::graph {

/**
 * The upload body of a request that must never be sent twice (RequestKind::Action): a sequential device that
 * refuses to rewind.
 *
 * Why: Qt 6.4's HTTP/1.1 layer silently sends a request again when the server closes the connection before
 * any answer (QHttpNetworkConnectionChannel::handleUnexpectedEOF and the RemoteHostClosedError path),
 * whatever its method; newer Qt only does so for idempotent methods. A remote action that the service carried
 * out before the connection dropped would then be carried out twice, unseen by GraphClient. Every such
 * re-send first rewinds the upload device (resetUploadData()); this one cannot be rewound, so Qt fails the
 * reply with ContentReSendError instead, which ReplyInterpreter reports as an unknown outcome. Used with an
 * explicit Content-Length (else Qt would buffer it into a rewindable copy). See docs/graph-client.md.
 *
 * Ownership: parented to the QNetworkReply that reads it.
 */
class NonReplayableBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NonReplayableBody)

public:
    explicit NonReplayableBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override;
    bool seek(qint64 pos) override;
    qint64 size() const override { return m_body.size(); }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace passcode::graph
