// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixture of passcodectl's end-to-end tests: one sandbox tenant over 127.0.0.1 for the suite, passcodectl
// run with QProcess in a throwaway HOME, and helpers to pick devices by their hidden facts.

#include "integration/engine/SandboxFixture.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace passcode::itest {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/** The objects of a run that prints one compact JSON object per line (bulk reset, devices find). */
inline QList<QJsonObject> jsonLines(const CtlRun &r)
{
    QList<QJsonObject> lines;
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(line.toUtf8(), &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError) << line.toStdString();
        lines.append(d.object());
    }
    return lines;
}

class ctl_EndToEnd : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        passcode::sandbox::SandboxOptions o;
        o.devices = 400;
        o.seed = 23;
        o.throttleScale = 0;
        s_sandbox = new SandboxFixture(o);
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override { s_sandbox->resetFaults(); }
    void TearDown() override { s_sandbox->resetFaults(); }

    QString journal() const { return home.filePath(QStringLiteral("journal.json")); }

    /** Runs passcodectl; @p tick runs every 50 ms while it runs (to move the sandbox's time). */
    CtlRun run(QStringList args, const std::function<void()> &tick = {}, int timeoutMs = 120000,
               const QProcessEnvironment &extraEnv = {})
    {
        return runWatching(
            std::move(args),
            [&tick](QProcess &) {
                if (tick)
                    tick();
            },
            timeoutMs, extraEnv);
    }

    /** run(), with a tick that sees the running process (to read what it printed so far). */
    CtlRun runWatching(QStringList args, const std::function<void(QProcess &)> &tick, int timeoutMs = 120000,
                       const QProcessEnvironment &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("PASSCODECTL_ACCESS_TOKEN"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        for (const QString &key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PASSCODECTL_EXE), args);
        EXPECT_TRUE(p.waitForStarted(10000));
        if (!stdinData.isNull()) {
            p.write(std::exchange(stdinData, QByteArray()));
            p.closeWriteChannel();
        }
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs) {
            p.waitForFinished(50);
            if (tick)
                tick(p);
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
        }
        CtlRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = m_errSoFar + QString::fromUtf8(p.readAllStandardError());
        m_errSoFar.clear();
        return r;
    }

    /** Global options pointing at the test's sandbox (the token comes from its control endpoint). */
    QStringList hosted(QStringList args) const
    {
        return QStringList{QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString(),
                           QStringLiteral("--journal"), journal()} +
               args;
    }

    /** An online, managed device of @p row, with its facts; each is used once. */
    QJsonObject device(int row, const std::function<bool(const QJsonObject &)> &extra = {})
    {
        for (const QJsonValue &v : s_sandbox->devicesOfRow(row, 400)) {
            const QJsonObject f = v.toObject();
            if (s_used.contains(f.value(u"id").toString()) ||
                f.value(u"connectivity").toString() != u"online" ||
                f.value(u"managementState").toString() != u"managed" || (extra && !extra(f)))
                continue;
            // No action under way from the generated history.
            const QJsonObject d = s_sandbox->call(
                "GET",
                QStringLiteral("/beta/deviceManagement/managedDevices/%1?$select=id,deviceActionResults")
                    .arg(f.value(u"id").toString()),
                {}, nullptr, s_sandbox->token());
            bool busy = false;
            for (const QJsonValue &r : d.value(u"deviceActionResults").toArray()) {
                const QString s = r.toObject().value(u"actionState").toString();
                busy = busy || s == u"pending" || s == u"active";
            }
            if (busy)
                continue;
            s_used.insert(f.value(u"id").toString());
            return f;
        }
        return {};
    }

    static void expectOneErrorLine(const CtlRun &r)
    {
        const QStringList lines = r.errLines();
        ASSERT_EQ(lines.size(), 1) << r.err.toStdString();
        EXPECT_TRUE(lines.first().startsWith(QStringLiteral("passcodectl: "))) << r.err.toStdString();
        EXPECT_GT(lines.first().size(), 30);
    }

    /** The real tenant's options: the test's sandbox as Graph and Entra ID, under its own client id. */
    QStringList tenantOptions(const QString &clientId) const
    {
        const QString base = s_sandbox->baseUrl().toString();
        return {QStringLiteral("--graph-url"), base,
                QStringLiteral("--login-url"), base,
                QStringLiteral("--tenant"),    s_sandbox->host().tenantId(),
                QStringLiteral("--client-id"), clientId};
    }

    /** Reads stderr of a running process into m_errSoFar (kept for the result) and returns it. */
    QString errSoFar(QProcess &p)
    {
        m_errSoFar += QString::fromUtf8(p.readAllStandardError());
        return m_errSoFar;
    }

    /** A browser: GET, then follow one redirect by hand; the final status. */
    static int browse(const QUrl &url)
    {
        QNetworkAccessManager network;
        network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        const auto get = [&network](const QUrl &u) {
            QNetworkReply *reply = network.get(QNetworkRequest(u));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            if (!reply->isFinished())
                loop.exec();
            reply->deleteLater();
            return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QUrl::fromEncoded(reply->rawHeader("Location"))};
        };
        const auto [status, location] = get(url);
        if (status != 302 || !location.isValid())
            return status;
        return get(location).first;
    }

    /** Written to the next run's standard input (then closed), when set. */
    QByteArray stdinData;
    inline static SandboxFixture *s_sandbox = nullptr;
    inline static QSet<QString> s_used;
    QTemporaryDir home;
    QString m_errSoFar;
};

} // namespace passcode::itest
