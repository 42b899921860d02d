// SPDX-License-Identifier: GPL-3.0-or-later
// core/common/ReplyBodyLimit on its own, over a reply that records what it is asked for: the cap is a limit,
// not a buffer size (the client tests in tests/core/graph and tests/core/auth cover the caps themselves).
#include "core/common/ReplyBodyLimit.h"

#include <gtest/gtest.h>

#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstring>

using namespace passcode;

namespace {

/** A 200 reply whose body arrives in pieces (arrive()); it remembers the largest read it was asked for. */
class RecordingReply final : public QNetworkReply
{
public:
    RecordingReply()
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    void arrive(const QByteArray &piece)
    {
        m_pending += piece;
        Q_EMIT readyRead();
    }

    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_pending.size() + QIODevice::bytesAvailable(); }

    qint64 largestAsk = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        largestAsk = std::max(largestAsk, maxSize);
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        return n;
    }

private:
    QByteArray m_pending;
};

} // namespace

TEST(common_ReplyBodyLimit, APieceIsReadWithoutReservingTheCap)
{
    // A page's cap is 64 MiB: reading a 16 KiB piece must not ask for (and so allocate) 64 MiB, which it
    // did at every readyRead until 744a29f (an mmap and munmap of 64 MiB each; 28 s for 122 pages under
    // ASan).
    RecordingReply reply;
    ReplyBodyLimit *limit = ReplyBodyLimit::watch(&reply, bodylimits::GraphPage);
    const QByteArray piece(16 * 1024, 'x');
    reply.arrive(piece);
    reply.arrive(piece);
    EXPECT_LE(reply.largestAsk, piece.size());
    EXPECT_FALSE(limit->exceeded());
    EXPECT_EQ(limit->takeBody(), piece + piece);
}

TEST(common_ReplyBodyLimit, OneBytePastTheCapIsEnoughToStop)
{
    RecordingReply reply;
    ReplyBodyLimit *limit = ReplyBodyLimit::watch(&reply, 100);
    reply.arrive(QByteArray(60, 'a'));
    EXPECT_FALSE(limit->exceeded());
    reply.arrive(QByteArray(1000, 'b'));
    EXPECT_TRUE(limit->exceeded());
    EXPECT_LE(reply.largestAsk, 60) << "after the first piece only the room left under the cap is asked for";
    EXPECT_EQ(limit->seenBytes(), 101);
    EXPECT_TRUE(limit->takeBody().isEmpty());
}
