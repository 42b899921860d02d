// SPDX-License-Identifier: GPL-3.0-or-later
// ChunkedSecretStore over an in-memory store with a small chunk size: what Windows Credential Manager needs
// for refresh tokens longer than one credential, checked on every platform.
#include "core/auth/ChunkedSecretStore.h"
#include "FailingSecretStore.h"
#include "core/auth/InMemorySecretStore.h"
#include "fakes/ShuffledSecretStore.h"

#include <gtest/gtest.h>

#include <QTest>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;

namespace {

constexpr int kChunk = 8;

class auth_ChunkedSecretStore : public ::testing::Test
{
protected:
    InMemorySecretStore inner;
    ChunkedSecretStore store{inner, kChunk};
    QObject context;

    std::optional<Error> write(SecretStore &s, const QString &key, const QString &secret)
    {
        bool done = false;
        std::optional<Error> outcome;
        s.write(key, secret, &context, [&](const std::optional<Error> &error) {
            outcome = error;
            done = true;
        });
        EXPECT_FALSE(done) << "callbacks never run inside the call";
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        return outcome;
    }
    Result<std::optional<QString>> read(SecretStore &s, const QString &key)
    {
        bool done = false;
        Result<std::optional<QString>> outcome = std::optional<QString>();
        s.read(key, &context, [&](const Result<std::optional<QString>> &result) {
            outcome = result;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        return outcome;
    }
    std::optional<Error> remove(SecretStore &s, const QString &key)
    {
        bool done = false;
        std::optional<Error> outcome;
        s.remove(key, &context, [&](const std::optional<Error> &error) {
            outcome = error;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        return outcome;
    }
};

} // namespace

TEST_F(auth_ChunkedSecretStore, AShortSecretIsOneEntryAsIs)
{
    ASSERT_FALSE(write(store, u"k"_s, u"short"_s));
    EXPECT_EQ(inner.size(), 1);
    EXPECT_EQ(read(inner, u"k"_s).value(), std::optional(u"short"_s));
    EXPECT_EQ(read(store, u"k"_s).value(), std::optional(u"short"_s));
}

TEST_F(auth_ChunkedSecretStore, ALongSecretIsSplitAndJoined)
{
    const QString token = u"0.ARoAv4j5cvGGr0GRqy180BHbR-long-refresh-token"_s; // 46 characters: 6 chunks
    ASSERT_FALSE(write(store, u"k"_s, token));
    EXPECT_EQ(inner.size(), 7); // the marker and 6 chunks
    EXPECT_EQ(read(inner, u"k"_s).value(), std::optional(u"passcode-chunks:6"_s));
    EXPECT_EQ(read(inner, ChunkedSecretStore::chunkKey(u"k"_s, 1)).value(),
              std::optional(token.left(kChunk)));
    EXPECT_EQ(read(store, u"k"_s).value(), std::optional(token));
}

TEST_F(auth_ChunkedSecretStore, AShorterSecretRemovesTheChunksItNoLongerUses)
{
    ASSERT_FALSE(write(store, u"k"_s, QString(40, u'a'))); // 5 chunks
    ASSERT_FALSE(write(store, u"k"_s, QString(17, u'b'))); // 3 chunks
    EXPECT_EQ(inner.size(), 4);
    EXPECT_EQ(read(store, u"k"_s).value(), std::optional(QString(17, u'b')));
    ASSERT_FALSE(write(store, u"k"_s, u"tiny"_s)); // no chunk at all
    EXPECT_EQ(inner.size(), 1);
    EXPECT_EQ(read(store, u"k"_s).value(), std::optional(u"tiny"_s));
}

TEST_F(auth_ChunkedSecretStore, RemoveTakesTheChunksAlong)
{
    ASSERT_FALSE(write(store, u"k"_s, QString(30, u'x')));
    ASSERT_FALSE(write(store, u"other"_s, u"stays"_s));
    ASSERT_FALSE(remove(store, u"k"_s));
    EXPECT_EQ(inner.size(), 1);
    EXPECT_FALSE(read(store, u"k"_s).value().has_value());
    EXPECT_FALSE(remove(store, u"k"_s)); // removing what is not there succeeds
}

TEST_F(auth_ChunkedSecretStore, AMissingChunkIsAClearErrorNotAShortToken)
{
    ASSERT_FALSE(write(store, u"k"_s, QString(20, u'z')));
    ASSERT_FALSE(remove(inner, ChunkedSecretStore::chunkKey(u"k"_s, 2)));
    const Result<std::optional<QString>> result = read(store, u"k"_s);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, Error::Kind::Keychain);
    EXPECT_EQ(result.error().code, u"incomplete_secret"_s);
}

TEST_F(auth_ChunkedSecretStore, FailuresOfTheKeychainArePassedOn)
{
    passcode::testing::FailingSecretStore failing;
    ChunkedSecretStore over(failing, kChunk);
    EXPECT_EQ(write(over, u"k"_s, QString(30, u'q'))->code, u"no_backend"_s);
    EXPECT_EQ(read(over, u"k"_s).error().code, u"no_backend"_s);
    EXPECT_EQ(remove(over, u"k"_s)->code, u"no_backend"_s);
}

TEST_F(auth_ChunkedSecretStore, NoCallbackOnceTheContextIsGone)
{
    auto gone = std::make_unique<QObject>();
    bool called = false;
    store.write(u"k"_s, QString(30, u'w'), gone.get(), [&](const std::optional<Error> &) { called = true; });
    gone.reset();
    QTest::qWait(100);
    EXPECT_FALSE(called);
    EXPECT_EQ(read(store, u"k"_s).value(), std::optional(QString(30, u'w'))); // the write itself went through
}

TEST(auth_ChunkedSecretStoreOrder, ARemoveAfterAWriteLeavesNothingWhateverOrderTheBackendRunsJobsIn)
{
    // A sign-out right after a sign-in stored its (chunked) refresh token: the remove must wait for the
    // write, or the marker written last survives the removal and the sign-in comes back at the next start.
    for (quint32 seed = 1; seed <= 40; ++seed) {
        passcode::testing::ShuffledSecretStore backend(seed);
        ChunkedSecretStore store(backend, kChunk);
        QObject context;
        int done = 0;
        store.write(u"k"_s, u"0.ARoAv4j5cvGGr0GRqy180BHbR-long-refresh-token"_s, &context,
                    [&](const std::optional<Error> &) { ++done; });
        store.remove(u"k"_s, &context, [&](const std::optional<Error> &) { ++done; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done == 2 && backend.idle(); }, 5000)) << "seed " << seed;
        EXPECT_TRUE(backend.secrets().isEmpty())
            << "seed " << seed << ": left " << backend.secrets().keys().join(u' ').toStdString();
    }
}

TEST(auth_ChunkedSecretStoreOrder, OperationsOnOneKeyAnswerInTheOrderAsked)
{
    passcode::testing::ShuffledSecretStore backend(7);
    ChunkedSecretStore store(backend, kChunk);
    QObject context;
    QStringList answers;
    store.write(u"k"_s, u"first-secret-longer-than-a-chunk"_s, &context,
                [&](const std::optional<Error> &) { answers << u"write1"_s; });
    store.read(u"k"_s, &context,
               [&](const Result<std::optional<QString>> &r) { answers << (r && *r ? **r : u"none"_s); });
    store.write(u"k"_s, u"second"_s, &context, [&](const std::optional<Error> &) { answers << u"write2"_s; });
    store.read(u"k"_s, &context,
               [&](const Result<std::optional<QString>> &r) { answers << (r && *r ? **r : u"none"_s); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers.size() == 4; }, 5000));
    EXPECT_EQ(answers,
              (QStringList{u"write1"_s, u"first-secret-longer-than-a-chunk"_s, u"write2"_s, u"second"_s}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return backend.idle(); }, 5000));
    EXPECT_EQ(backend.secrets().size(), 1) << "the chunks of the first secret are gone";
}
