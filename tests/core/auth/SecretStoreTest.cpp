// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/NullSecretStore.h"

#include <gtest/gtest.h>

#include <QTest>

#include <memory>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;

namespace {

bool waitFor(const bool &flag)
{
    return QTest::qWaitFor([&flag] { return flag; }, 5000);
}

} // namespace

TEST(auth_InMemorySecretStore, AsynchronousRoundTrip)
{
    InMemorySecretStore store;
    QObject context;
    bool written = false;
    store.write(u"k"_s, u"secret+1"_s, &context, [&](const std::optional<Error> &error) {
        EXPECT_FALSE(error.has_value());
        written = true;
    });
    EXPECT_FALSE(written) << "callbacks never run inside the call";
    ASSERT_TRUE(waitFor(written));
    EXPECT_TRUE(store.contains(u"k"_s));

    bool read = false;
    store.read(u"k"_s, &context, [&](const Result<std::optional<QString>> &result) {
        ASSERT_TRUE(result);
        ASSERT_TRUE(result.value().has_value());
        EXPECT_EQ(*result.value(), u"secret+1"_s);
        read = true;
    });
    ASSERT_TRUE(waitFor(read));

    bool removed = false;
    store.remove(u"k"_s, &context, [&](const std::optional<Error> &error) {
        EXPECT_FALSE(error.has_value());
        removed = true;
    });
    ASSERT_TRUE(waitFor(removed));
    bool missing = false;
    store.read(u"k"_s, &context, [&](const Result<std::optional<QString>> &result) {
        ASSERT_TRUE(result);
        EXPECT_FALSE(result.value().has_value()); // "signed out"
        missing = true;
    });
    ASSERT_TRUE(waitFor(missing));
    EXPECT_FALSE(store.isPersistent());
}

TEST(auth_InMemorySecretStore, DestroyedContextDropsTheCallback)
{
    InMemorySecretStore store;
    bool called = false;
    auto context = std::make_unique<QObject>();
    store.write(u"k"_s, u"v"_s, context.get(), [&](const std::optional<Error> &) { called = true; });
    context.reset();
    bool later = false;
    QObject other;
    store.read(u"k"_s, &other, [&](const Result<std::optional<QString>> &) { later = true; });
    ASSERT_TRUE(waitFor(later));
    EXPECT_FALSE(called);
}

TEST(auth_NullSecretStore, KeepsNothing)
{
    NullSecretStore store;
    QObject context;
    bool written = false;
    store.write(u"k"_s, u"v"_s, &context, [&](const std::optional<Error> &error) {
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->kind, Error::Kind::Keychain);
        EXPECT_EQ(error->code, u"not_supported"_s);
        written = true;
    });
    ASSERT_TRUE(waitFor(written));
    bool read = false;
    store.read(u"k"_s, &context, [&](const Result<std::optional<QString>> &result) {
        ASSERT_TRUE(result);
        EXPECT_FALSE(result.value().has_value());
        read = true;
    });
    ASSERT_TRUE(waitFor(read));
}
