// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace passcode::test {

/**
 * The gpg command line, as the recipient of an export runs it, in a private home (a QTemporaryDir) so that
 * the tester's own keyring and agent are never used; the agent gpg starts there is stopped on destruction.
 */
class GnuPgCli
{
public:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    GnuPgCli() = default;
    ~GnuPgCli()
    {
        if (!m_home.isValid())
            return;
        QProcess kill;
        kill.start(QStringLiteral("gpgconf"), {QStringLiteral("--homedir"), m_home.path(),
                                               QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
        kill.waitForFinished(10000);
    }
    GnuPgCli(const GnuPgCli &) = delete;
    GnuPgCli &operator=(const GnuPgCli &) = delete;

    /** `gpg --batch --pinentry-mode loopback --passphrase-fd 0 --decrypt FILE`, the passphrase on stdin. */
    Run decrypt(const QString &file, const QByteArray &passphrase)
    {
        return gpg({QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                    QStringLiteral("--passphrase-fd"), QStringLiteral("0"), QStringLiteral("--decrypt"),
                    file},
                   passphrase + '\n');
    }

    /** `gpg --list-packets FILE` with the passphrase (shows the cipher and S2K of the message). */
    Run listPackets(const QString &file, const QByteArray &passphrase)
    {
        return gpg({QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                    QStringLiteral("--passphrase-fd"), QStringLiteral("0"), QStringLiteral("--list-packets"),
                    file},
                   passphrase + '\n');
    }

    Run gpg(const QStringList &arguments, const QByteArray &input)
    {
        Run run;
        QProcess process;
        process.start(QStringLiteral("gpg"),
                      QStringList{QStringLiteral("--homedir"), m_home.path(), QStringLiteral("--batch"),
                                  QStringLiteral("--no-tty"), QStringLiteral("--no-symkey-cache")} +
                          arguments);
        if (!process.waitForStarted(10000)) {
            run.err = "gpg did not start: " + process.errorString().toUtf8();
            return run;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            run.err = "gpg timed out";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private:
    QTemporaryDir m_home{QDir::tempPath() + QStringLiteral("/passcode-gpg-test-XXXXXX")};
};

} // namespace passcode::test
