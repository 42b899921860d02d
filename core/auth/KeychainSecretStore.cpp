// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/KeychainSecretStore.h"

#include "core/auth/Wipe.h"
#include "core/common/Logging.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace passcode::auth {

struct KeychainSecretStore::Operation
{
    enum class Type
    {
        Read,
        Write,
        Remove
    };
    Type type = Type::Read;
    QString key;
    QString secret;
    int attempt = 0;
    QPointer<QObject> context;
    ReadCallback readDone;
    DoneCallback done;

    ~Operation() { wipe(secret); }
};

namespace {

const char *typeName(int type)
{
    switch (type) {
    case 0:
        return "read";
    case 1:
        return "write";
    default:
        return "remove";
    }
}

const char *keychainErrorName(int error)
{
    switch (error) {
    case QKeychain::NoError:
        return "NoError";
    case QKeychain::EntryNotFound:
        return "EntryNotFound";
    case QKeychain::CouldNotDeleteEntry:
        return "CouldNotDeleteEntry";
    case QKeychain::AccessDeniedByUser:
        return "AccessDeniedByUser";
    case QKeychain::AccessDenied:
        return "AccessDenied";
    case QKeychain::NoBackendAvailable:
        return "NoBackendAvailable";
    case QKeychain::NotImplemented:
        return "NotImplemented";
    default:
        return "OtherError";
    }
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return u"io.github.passcodeconsole.PasscodeConsole"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), 750ms, parent)
{}

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds retryDelay,
                                         QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_retryDelay(retryDelay)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::storageKey(const QString &key) const
{
#ifdef Q_OS_WIN
    // Windows Credential Manager has one name space for all applications.
    return m_service + u'/' + key;
#else
    return key;
#endif
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Read;
    op->key = key;
    op->context = context;
    op->readDone = std::move(done);
    start(std::move(op));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                DoneCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Write;
    op->key = key;
    op->secret = secret;
    op->context = context;
    op->done = std::move(done);
    start(std::move(op));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Remove;
    op->key = key;
    op->context = context;
    op->done = std::move(done);
    start(std::move(op));
}

void KeychainSecretStore::start(std::shared_ptr<Operation> op)
{
    // Jobs have no parent and delete themselves when finished: with the libsecret backend a job deleted while
    // its D-Bus call is pending would be used after free by the callback.
    QKeychain::Job *job = nullptr;
    switch (op->type) {
    case Operation::Type::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Type::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(op->secret);
        job = write;
        break;
    }
    case Operation::Type::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(storageKey(op->key));
    connect(job, &QKeychain::Job::finished, this, [this, op](QKeychain::Job *finished) {
        QString secret;
        if (op->type == Operation::Type::Read && finished->error() == QKeychain::NoError)
            secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        finish(op, finished->error(), finished->errorString(), secret);
        wipe(secret);
    });
    job->start();
}

void KeychainSecretStore::finish(const std::shared_ptr<Operation> &op, int keychainError,
                                 const QString &errorString, const QString &secret)
{
    const int type = static_cast<int>(op->type);
    if ((keychainError == QKeychain::NoBackendAvailable || keychainError == QKeychain::OtherError) &&
        op->attempt == 0) {
        ++op->attempt;
        qCInfo(lcKeychain, "keychain %s failed (%s); retrying once", typeName(type),
               keychainErrorName(keychainError));
        QTimer::singleShot(m_retryDelay, this, [this, op] { start(op); });
        return;
    }
    if (!op->context)
        return;

    std::optional<Error> error;
    bool found = true;
    switch (keychainError) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        found = false;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error = Error::make(Error::Kind::Keychain,
                            tr("The keychain refused access. It may be locked: unlock it (for example by "
                               "signing in to the desktop again) and retry."),
                            errorString);
        error->code = u"access_denied"_s;
        break;
    case QKeychain::NoBackendAvailable:
        error = Error::make(Error::Kind::Keychain,
                            tr("No keychain is available (on Linux: no Secret Service such as GNOME Keyring, "
                               "KWallet or KeePassXC is running)."),
                            errorString);
        error->code = u"no_backend"_s;
        break;
    case QKeychain::NotImplemented:
        error = Error::make(Error::Kind::Keychain, tr("The keychain does not support this on this platform."),
                            errorString);
        error->code = u"not_supported"_s;
        break;
    case QKeychain::CouldNotDeleteEntry:
        error = Error::make(Error::Kind::Keychain, tr("The keychain could not delete the saved sign-in."),
                            errorString);
        error->code = u"delete_failed"_s;
        break;
    default:
        error = Error::make(Error::Kind::Keychain,
                            tr("The keychain could not be used. It may be locked, or the Secret Service may "
                               "not be running."),
                            errorString);
        error->code = u"keychain_error"_s;
        break;
    }
    if (error)
        qCWarning(lcKeychain, "keychain %s failed: %s", typeName(type), keychainErrorName(keychainError));
    else
        qCDebug(lcKeychain, "keychain %s done%s", typeName(type), found ? "" : " (no entry)");

    if (op->type == Operation::Type::Read) {
        if (error)
            op->readDone(*error);
        else if (!found)
            op->readDone(Result<std::optional<QString>>(std::nullopt));
        else
            op->readDone(Result<std::optional<QString>>(std::optional<QString>(secret)));
    } else {
        // EntryNotFound on remove: already gone, which is what was asked.
        op->done(error);
    }
}

} // namespace passcode::auth
