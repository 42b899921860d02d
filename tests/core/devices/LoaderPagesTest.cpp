// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceDirectoryLoader over a fake network: raw pages parsed on the worker (or on the calling thread), and
// what an unreadable page, a missing value array or a bad next link leave in the directory.
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/graph/GraphClient.h"
#include "fakes/FakeNetworkAccessManager.h"
#include "fakes/FakeTokenProvider.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace passcode;
using devices::DeviceDirectory;
using passcode::testing::CannedReply;
using passcode::testing::FakeNetworkAccessManager;
using passcode::testing::FakeTokenProvider;
using passcode::testing::ManualClock;
using passcode::testing::RecordedRequest;

namespace {

const QString Base = QStringLiteral("https://graph.microsoft.com");

QString link(int page)
{
    return Base + QStringLiteral("/beta/deviceManagement/managedDevices?$skiptoken=page%1").arg(page);
}

/** A page body: devices [from, from + count) as JSON text, with a next link unless last. */
QByteArray pageBody(int from, int count, int nextPage)
{
    QJsonArray value;
    for (int i = from; i < from + count; ++i)
        value.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("device-%1").arg(i)},
                        {QStringLiteral("deviceName"), QStringLiteral("Device %1").arg(i)},
                        {QStringLiteral("operatingSystem"), QStringLiteral("iOS")},
                        {QStringLiteral("lastSyncDateTime"), QStringLiteral("2026-11-01T09:00:00Z")}});
    QJsonObject page{{QStringLiteral("value"), value}};
    if (nextPage > 0)
        page.insert(QStringLiteral("@odata.nextLink"), link(nextPage));
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

/** Parameter: whether pages are parsed on the worker thread. */
class engine_LoaderPages : public ::testing::TestWithParam<bool>
{
protected:
    engine_LoaderPages()
    {
        graph::GraphClient::Options options;
        options.baseUrl = QUrl(Base);
        options.retry.maxAttempts = 3;
        options.retry.maxParseAttempts = 2;
        options.retry.baseDelayMs = 1;
        options.retry.maxDelayMs = 2;
        options.retry.jitter = 0;
        options.retry.serverDelayScale = 0.001;
        client = std::make_unique<graph::GraphClient>(&nam, &tokens, clock, options);
    }

    /** Serves page 1..3 (3 devices each, 7 in all); @p third replaces the third page's body. */
    void serve(const QByteArray &second, const QByteArray &third = {})
    {
        nam.setHandler([=](const RecordedRequest &req) {
            const QString url = QString::fromLatin1(req.url.toEncoded());
            if (url == link(2))
                return CannedReply::raw(200, second);
            if (url == link(3))
                return CannedReply::raw(200, third.isEmpty() ? pageBody(6, 1, 0) : third);
            return CannedReply::raw(200, pageBody(0, 3, 2));
        });
    }

    DeviceDirectory::LoadState load()
    {
        devices::DeviceDirectoryLoader loader(*client, directory);
        loader.setParseOffThread(GetParam());
        std::optional<DeviceDirectory::LoadState> state;
        QObject context;
        QObject::connect(&loader, &devices::DeviceDirectoryLoader::finished, &context,
                         [&](DeviceDirectory::LoadState s) { state = s; });
        loader.refresh();
        const QDeadlineTimer deadline(10000);
        while (!state && !deadline.hasExpired())
            QTest::qWait(2);
        EXPECT_TRUE(state.has_value()) << "the load did not finish";
        return state.value_or(DeviceDirectory::LoadState::Idle);
    }

    FakeNetworkAccessManager nam;
    FakeTokenProvider tokens{QStringLiteral("credential-1")};
    ManualClock clock;
    std::unique_ptr<graph::GraphClient> client;
    DeviceDirectory directory;
};

} // namespace

TEST_P(engine_LoaderPages, EveryPageIsParsedInOrderWithSharedTexts)
{
    serve(pageBody(3, 3, 3));
    ASSERT_EQ(load(), DeviceDirectory::LoadState::Complete);
    ASSERT_EQ(directory.count(), 7);
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(directory.at(i).id, QStringLiteral("device-%1").arg(i));
    EXPECT_EQ(directory.at(0).lastSyncDateTime, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    // Interned on the worker, across pages.
    EXPECT_EQ(directory.at(0).operatingSystem.constData(), directory.at(6).operatingSystem.constData());
    EXPECT_EQ(directory.rowOf(QStringLiteral("device-5")), 5);
}

TEST_P(engine_LoaderPages, AValueArrayThatIsNotWellFormedEndsTheLoadIncomplete)
{
    // Balanced brackets, so the client's structural check passes; the worker's parse does not.
    QByteArray broken = pageBody(3, 3, 3);
    broken.replace(R"("device-4",)", R"("device-4",,)");
    ASSERT_TRUE(QJsonDocument::fromJson(broken).isNull());
    serve(broken);
    EXPECT_EQ(load(), DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.count(), 3) << "the pages before it are kept";
    ASSERT_TRUE(directory.lastError().has_value());
    EXPECT_EQ(directory.lastError()->kind, Error::Kind::Parse);
    EXPECT_FALSE(directory.lastError()->message.isEmpty());
    EXPECT_TRUE(directory.lastError()->detail.contains(QString::number(broken.size()))) << "says where";
    EXPECT_FALSE(directory.lastError()->detail.contains(QStringLiteral("device-4")))
        << "never quotes the body";
    // Parsed on the calling thread, the broken page stops the paging before the next one is asked; on the
    // worker, the next page may already be on the wire (it is cancelled or dropped, never appended).
    if (!GetParam()) {
        for (const RecordedRequest &r : nam.requests())
            EXPECT_NE(QString::fromLatin1(r.url.toEncoded()), link(3)) << "stops at the broken page";
    }
}

TEST_P(engine_LoaderPages, ATruncatedPageEndsTheLoadIncompleteAfterItsRetries)
{
    const QByteArray full = pageBody(3, 3, 3);
    serve(full.left(full.size() - 5));
    EXPECT_EQ(load(), DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.count(), 3);
    ASSERT_TRUE(directory.lastError().has_value());
    EXPECT_EQ(directory.lastError()->kind, Error::Kind::Parse);
    int secondPageRequests = 0;
    for (const RecordedRequest &r : nam.requests())
        secondPageRequests += QString::fromLatin1(r.url.toEncoded()) == link(2) ? 1 : 0;
    EXPECT_EQ(secondPageRequests, 2) << "unreadable bodies are retried (maxParseAttempts)";
}

TEST_P(engine_LoaderPages, APageWithoutAValueArrayEndsTheLoadIncomplete)
{
    serve(R"({"items":[{"id":"device-3"}],"@odata.nextLink":"x"})");
    EXPECT_EQ(load(), DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.count(), 3);
    EXPECT_EQ(directory.lastError()->kind, Error::Kind::Parse);

    serve(R"({"value":{"id":"device-3"}})");
    EXPECT_EQ(load(), DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.count(), 3);
    EXPECT_EQ(directory.lastError()->kind, Error::Kind::Parse);
}

TEST_P(engine_LoaderPages, ABadNextLinkEndsTheLoadIncompleteKeepingThePage)
{
    QByteArray relative = pageBody(3, 3, 3);
    relative.replace(link(3).toUtf8(), "/beta/deviceManagement/managedDevices?$skiptoken=page3");
    serve(relative);
    EXPECT_EQ(load(), DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.count(), 6);
    EXPECT_EQ(directory.lastError()->kind, Error::Kind::Parse);

    QByteArray otherHost = pageBody(3, 3, 3);
    otherHost.replace("https://graph.microsoft.com", "https://evil.example.com");
    serve(otherHost);
    EXPECT_EQ(load(), DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.count(), 6);
    EXPECT_EQ(directory.lastError()->kind, Error::Kind::Security);
    for (const RecordedRequest &r : nam.requests())
        EXPECT_NE(r.url.host(), QStringLiteral("evil.example.com"));
}

INSTANTIATE_TEST_SUITE_P(Threads, engine_LoaderPages, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool> &info) {
                             return std::string(info.param ? "worker" : "callingThread");
                         });
