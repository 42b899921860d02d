// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for KeychainSecretStoreTest: writes, reads and removes one secret through
// KeychainSecretStore in whatever D-Bus environment it was started with, and prints one line per step:
// "<step> ok", "<step> missing" or "<step> error <kind> <code>". Exit code 0 when all three steps reported.
#include "core/auth/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

QString describe(const std::optional<Error> &error)
{
    if (!error)
        return u"ok"_s;
    return u"error "_s + QString::number(int(error->kind)) + u' ' + error->code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString key = args.value(1, u"probe/key"_s);
    const QString secret = args.value(2, u"probe-secret"_s);

    KeychainSecretStore store(u"io.github.passcodeconsole.PasscodeConsole.tests"_s, 100ms);
    QObject context;
    store.write(key, secret, &context, [&](const std::optional<Error> &error) {
        print(u"write "_s + describe(error));
        store.read(key, &context, [&](const Result<std::optional<QString>> &result) {
            if (!result)
                print(u"read "_s + describe(result.error()));
            else
                print(result.value() ? (*result.value() == secret ? u"read ok"_s : u"read wrong"_s)
                                     : u"read missing"_s);
            store.remove(key, &context, [&](const std::optional<Error> &removeError) {
                print(u"remove "_s + describe(removeError));
                app.exit(0);
            });
        });
    });
    return app.exec();
}
