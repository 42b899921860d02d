// SPDX-License-Identifier: GPL-3.0-or-later
// The real OS keychain. Under scripts/with-keyring.sh (PASSCODE_KEYRING=1: a private D-Bus session with an
// unlocked gnome-keyring) it must work, and these tests fail otherwise. Without that variable they are
// skipped with a message, so a developer's own keyring is never touched by accident.
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/ChunkedSecretStore.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <chrono>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000;

bool keyringRequired()
{
    return qEnvironmentVariable("PASSCODE_KEYRING") == "1"_L1;
}

class auth_Keychain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Never skipped: without the keyring of scripts/with-keyring.sh these tests fail and say why.
        ASSERT_TRUE(keyringRequired())
            << "PASSCODE_KEYRING is not 1: run under scripts/with-keyring.sh for the real keychain";
    }

    std::optional<Error> write(const QString &key, const QString &secret)
    {
        bool done = false;
        std::optional<Error> outcome;
        m_store.write(key, secret, &m_context, [&](const std::optional<Error> &error) {
            outcome = error;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
        return outcome;
    }
    Result<std::optional<QString>> read(const QString &key)
    {
        bool done = false;
        Result<std::optional<QString>> outcome = Error::make(Error::Kind::Internal, u"no answer"_s);
        m_store.read(key, &m_context, [&](const Result<std::optional<QString>> &result) {
            outcome = result;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
        return outcome;
    }
    std::optional<Error> remove(const QString &key)
    {
        bool done = false;
        std::optional<Error> outcome;
        m_store.remove(key, &m_context, [&](const std::optional<Error> &error) {
            outcome = error;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
        return outcome;
    }

    static QString uniqueKey()
    {
        return u"global/contoso.example/client/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) +
               u"/refresh_token"_s;
    }

    KeychainSecretStore m_store{u"io.github.passcodeconsole.PasscodeConsole.tests"_s, 200ms};
    QObject m_context;
};

QString describe(const std::optional<Error> &e)
{
    return e ? e->toDisplayString() + u" / "_s + e->detail : u"ok"_s;
}

} // namespace

TEST_F(auth_Keychain, WriteReadRemoveAndEntryNotFound)
{
    const QString key = uniqueKey();
    const QString secret = u"0.AAAA-refresh+token/with=chars_"_s + QUuid::createUuid().toString();

    auto missing = read(key);
    ASSERT_TRUE(missing) << missing.error().toDisplayString().toStdString();
    EXPECT_FALSE(missing.value().has_value()) << "EntryNotFound means signed out";

    const auto written = write(key, secret);
    ASSERT_FALSE(written.has_value()) << describe(written).toStdString();
    auto back = read(key);
    ASSERT_TRUE(back) << back.error().toDisplayString().toStdString();
    ASSERT_TRUE(back.value().has_value());
    EXPECT_EQ(*back.value(), secret);

    // Rotation: a new value replaces the old one.
    const QString rotated = secret + u"-rotated"_s;
    ASSERT_FALSE(write(key, rotated).has_value());
    back = read(key);
    ASSERT_TRUE(back && back.value().has_value());
    EXPECT_EQ(*back.value(), rotated);

    const auto removed = remove(key);
    ASSERT_FALSE(removed.has_value()) << describe(removed).toStdString();
    auto gone = read(key);
    ASSERT_TRUE(gone);
    EXPECT_FALSE(gone.value().has_value());
    EXPECT_FALSE(remove(key).has_value()) << "removing a missing entry succeeds";
}

TEST_F(auth_Keychain, LongSecretRoundTrip)
{
    // Entra refresh tokens run to a few kilobytes.
    const QString key = uniqueKey();
    QString secret;
    for (int i = 0; i < 200; ++i)
        secret += u"0.ARoAv4j5cvGGr0GRqy180BHbR-token-"_s;
    ASSERT_FALSE(write(key, secret).has_value());
    auto back = read(key);
    ASSERT_TRUE(back && back.value().has_value());
    EXPECT_EQ(*back.value(), secret);
    EXPECT_FALSE(remove(key).has_value());
}

TEST_F(auth_Keychain, LockedKeyringGivesAClearError)
{
    // A private D-Bus session and gnome-keyring of its own, locked, so that the shared keyring of the other
    // tests stays unlocked. No display: the unlock prompt cannot appear, as in a locked remote session.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    const QString script =
        u"echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        "echo -n other | secret-tool store --label=other passcode-test locked && "
        "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets "
        "org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login "
        ">/dev/null && "
        "exec \"$0\" global/t/c/a/refresh_token locked-secret"_s;
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(u"dbus-run-session"_s,
                {u"--"_s, u"sh"_s, u"-c"_s, script, QStringLiteral(PASSCODE_KEYCHAIN_PROBE)});
    ASSERT_TRUE(child.waitForStarted(10000));
    ASSERT_TRUE(child.waitForFinished(60000)) << "a locked keyring must fail, not hang";
    ASSERT_EQ(child.exitStatus(), QProcess::NormalExit);
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << output.toStdString();
    EXPECT_EQ(lines.at(0), u"write error %1 access_denied"_s.arg(int(Error::Kind::Keychain)));
    // libsecret reports an entry of a locked collection as missing: a locked keyring reads as "signed out"
    // (AuthSession keeps the account in the settings, so nothing is lost).
    EXPECT_EQ(lines.at(1), u"read missing"_s);
}

TEST(auth_KeychainWithoutDBus, ReportsKeychainErrorAndWritesNoFallbackFile)
{
    // Runs everywhere: the child gets a bogus session bus address, a fresh HOME and no display.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-such-bus"_s));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);

    const QString secret = u"probe-secret-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    probe.start(QStringLiteral(PASSCODE_KEYCHAIN_PROBE), {u"global/t/c/a/refresh_token"_s, secret});
    ASSERT_TRUE(probe.waitForStarted(10000));
    ASSERT_TRUE(probe.waitForFinished(60000)) << "the keychain must fail, not hang, without D-Bus";
    ASSERT_EQ(probe.exitStatus(), QProcess::NormalExit) << "no crash";
    EXPECT_EQ(probe.exitCode(), 0);
    const QString output = QString::fromUtf8(probe.readAllStandardOutput());
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << output.toStdString();
    const QString keychainKind = QString::number(int(Error::Kind::Keychain));
    EXPECT_TRUE(lines.at(0).startsWith(u"write error "_s + keychainKind)) << output.toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(u"read error "_s + keychainKind)) << output.toStdString();

    // No insecure fallback: nothing anywhere under the child's HOME holds the secret.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            EXPECT_FALSE(file.readAll().contains(secret.toUtf8())) << file.fileName().toStdString();
        }
    }
}

TEST_F(auth_Keychain, ChunkedAsOnWindowsRoundTrip)
{
    // The Windows layout (chunks of 2,048 characters) over the real Secret Service.
    ChunkedSecretStore chunked(m_store, ChunkedSecretStore::kWindowsChunkSize);
    const QString key = uniqueKey();
    QString secret;
    for (int i = 0; i < 150; ++i)
        secret += u"0.ARoAv4j5cvGGr0GRqy180BHbR-token-"_s; // 5,100 characters: 3 chunks
    bool done = false;
    std::optional<Error> written;
    chunked.write(key, secret, &m_context, [&](const std::optional<Error> &error) {
        written = error;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
    ASSERT_FALSE(written.has_value()) << describe(written).toStdString();
    const auto inner = read(key);
    ASSERT_TRUE(inner && inner.value().has_value());
    EXPECT_EQ(*inner.value(), u"passcode-chunks:3"_s);

    done = false;
    Result<std::optional<QString>> back = std::optional<QString>();
    chunked.read(key, &m_context, [&](const Result<std::optional<QString>> &result) {
        back = result;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
    ASSERT_TRUE(back && back.value().has_value());
    EXPECT_EQ(*back.value(), secret);

    done = false;
    chunked.remove(key, &m_context, [&](const std::optional<Error> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
    for (const QString &k :
         {key, ChunkedSecretStore::chunkKey(key, 1), ChunkedSecretStore::chunkKey(key, 3)}) {
        const auto gone = read(k);
        ASSERT_TRUE(gone);
        EXPECT_FALSE(gone.value().has_value()) << k.toStdString();
    }
}
