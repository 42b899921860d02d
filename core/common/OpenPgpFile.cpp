// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/OpenPgpFile.h"

#include "core/common/Logging.h"

#include <gpgme.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

#include <mutex>

namespace passcode {

namespace {

// The engine home's gpg.conf: what the export promises (OpenPgpFile.h). AES-256 for the data and the S2K, the
// strongest S2K GnuPG 2.2 writes, no compression (a few kilobytes of CSV; nothing to gain).
constexpr char kGpgConf[] = "s2k-cipher-algo AES256\n"
                            "s2k-digest-algo SHA512\n"
                            "s2k-mode 3\n"
                            "s2k-count 65011712\n"
                            "compress-algo none\n";

template<typename Char>
void wipeBuffer(Char *begin, qsizetype count)
{
    volatile Char *p = begin;
    for (qsizetype i = 0; i < count; ++i)
        p[i] = Char(0);
}

/** gpgme_check_version must run once before any other GPGME call (it initialises the library). */
const char *gpgmeVersion()
{
    static std::once_flag once;
    static const char *version = nullptr;
    std::call_once(once, [] { version = gpgme_check_version(nullptr); });
    return version;
}

QString gpgmeErrorText(gpgme_error_t err)
{
    char buffer[256] = {};
    gpgme_strerror_r(err, buffer, sizeof buffer);
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(buffer), QString::fromUtf8(gpgme_strsource(err)));
}

struct PassphraseHook
{
    const QByteArray *passphrase = nullptr;
    int calls = 0;
};

// gpg (through its agent, in loopback mode) asks for the passphrase; it is written to gpgme's pipe, never to
// a file or a command line. Symmetric encryption asks once or twice (entry and repeat); a "bad" previous
// answer cannot happen when encrypting, so it ends the operation rather than loop.
gpgme_error_t passphraseCallback(void *hook, const char *, const char *, int prevWasBad, int fd)
{
    auto *state = static_cast<PassphraseHook *>(hook);
    if (prevWasBad || ++state->calls > 3)
        return gpgme_error(GPG_ERR_CANCELED);
    const QByteArray &p = *state->passphrase;
    if (gpgme_io_writen(fd, p.constData(), size_t(p.size())) != 0 || gpgme_io_writen(fd, "\n", 1) != 0)
        return gpgme_error_from_errno(errno);
    return 0;
}

/** Wipes the caller's secrets however the function returns. */
class WipeOnExit
{
public:
    WipeOnExit(QByteArray &a, QByteArray &b)
        : m_a(a)
        , m_b(b)
    {}
    ~WipeOnExit()
    {
        secureWipe(m_a);
        secureWipe(m_b);
    }
    Q_DISABLE_COPY_MOVE(WipeOnExit)

private:
    QByteArray &m_a;
    QByteArray &m_b;
};

/** Stops the agent that gpg started in the private home (it would otherwise linger until it notices). */
void stopAgent(const QString &home)
{
    const char *gpgconf = gpgme_get_dirinfo("gpgconf-name");
    if (!gpgconf)
        return;
    QProcess process;
    process.start(QString::fromUtf8(gpgconf),
                  {QStringLiteral("--homedir"), home, QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(1000);
    }
}

} // namespace

void secureWipe(QByteArray &secret)
{
    auto &d = secret.data_ptr();
    if (d.isMutable()) // null for static data (literals, fromRawData), which cannot be written
        wipeBuffer(d.data() - d.freeSpaceAtBegin(), d.constAllocatedCapacity());
    secret.clear();
}

void secureWipe(QString &secret)
{
    auto &d = secret.data_ptr();
    if (d.isMutable())
        wipeBuffer(d.data() - d.freeSpaceAtBegin(), d.constAllocatedCapacity());
    secret.clear();
}

Error OpenPgpFile::notInstalled(const QString &detail)
{
    return Error::make(
        Error::Kind::Internal,
        tr("GnuPG (gpg) is not installed, or too old: the encrypted export needs it. Install the gpg "
           "and gpg-agent packages."),
        detail);
}

Result<QString> OpenPgpFile::engineVersion()
{
    if (!gpgmeVersion())
        return Error::make(Error::Kind::Internal, tr("The GPGME library could not be initialised."));
    const gpgme_error_t err = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP);
    gpgme_engine_info_t info = nullptr;
    if (err || gpgme_get_engine_info(&info) || !info) {
        return Error::make(
            Error::Kind::Internal,
            tr("GnuPG (gpg) is not installed, or too old: the encrypted export needs it. Install "
               "the gpg and gpg-agent packages."),
            err ? gpgmeErrorText(err) : QString());
    }
    for (; info; info = info->next) {
        if (info->protocol == GPGME_PROTOCOL_OpenPGP)
            return QString::fromUtf8(info->version);
    }
    return QString();
}

Result<OpenPgpFile::Written> OpenPgpFile::write(const QString &filePath, QByteArray &plaintext,
                                                QByteArray &passphrase)
{
    return write(filePath, plaintext, passphrase, Options());
}

Result<OpenPgpFile::Written> OpenPgpFile::write(const QString &filePath, QByteArray &plaintext,
                                                QByteArray &passphrase, const Options &options)
{
    const WipeOnExit wipe(plaintext, passphrase);
    if (passphrase.isEmpty())
        return Error::make(Error::Kind::Usage, tr("Enter a passphrase to encrypt the file."));
    if (passphrase.contains('\n') || passphrase.contains('\r') || passphrase.contains('\0'))
        return Error::make(Error::Kind::Usage, tr("The passphrase cannot contain a line break."));
    if (auto engine = engineVersion(); !engine)
        return engine.error();
    if (!options.gpgProgram.isEmpty() && !QFileInfo(options.gpgProgram).isExecutable())
        return notInstalled(tr("%1 is not an executable program.").arg(options.gpgProgram));

    // A private engine home: gpg reads no configuration, keyring or agent of the user's, and its agent's
    // socket lives here (or under /run/user/<uid>/gnupg/d.<hash> for this home); it is stopped at the end.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/passcode-gpg-XXXXXX"));
    QFile conf(home.filePath(QStringLiteral("gpg.conf")));
    if (!home.isValid() || !conf.open(QIODevice::WriteOnly) ||
        conf.write(kGpgConf) != qint64(sizeof kGpgConf - 1)) {
        return Error::make(
            Error::Kind::Internal,
            tr("Cannot prepare the encryption: no private folder for gpg in %1.").arg(QDir::tempPath()),
            home.errorString());
    }
    conf.close();
    const QByteArray homePath = QFile::encodeName(home.path());
    const QByteArray program = QFile::encodeName(options.gpgProgram);

    gpgme_ctx_t ctx = nullptr;
    gpgme_data_t in = nullptr;
    gpgme_data_t out = nullptr;
    PassphraseHook hook{&passphrase};
    gpgme_error_t err = gpgme_new(&ctx);
    if (!err)
        err = gpgme_set_protocol(ctx, GPGME_PROTOCOL_OpenPGP);
    if (!err)
        err = gpgme_ctx_set_engine_info(ctx, GPGME_PROTOCOL_OpenPGP,
                                        program.isEmpty() ? nullptr : program.constData(),
                                        homePath.constData());
    if (!err)
        err = gpgme_set_pinentry_mode(ctx, GPGME_PINENTRY_MODE_LOOPBACK);
    if (!err)
        err = gpgme_set_ctx_flag(ctx, "no-symkey-cache", "1");
    if (!err) {
        gpgme_set_armor(ctx, options.format == Format::Armored ? 1 : 0);
        gpgme_set_passphrase_cb(ctx, passphraseCallback, &hook);
        // No copy: gpgme reads the caller's buffer, which is wiped below.
        err = gpgme_data_new_from_mem(&in, plaintext.constData(), size_t(plaintext.size()), 0);
    }
    if (!err)
        err = gpgme_data_new(&out);
    if (!err)
        err = gpgme_op_encrypt(ctx, nullptr, GPGME_ENCRYPT_SYMMETRIC, in, out);

    QByteArray ciphertext;
    if (out) {
        size_t length = 0;
        char *data = gpgme_data_release_and_get_mem(out, &length);
        if (data) {
            ciphertext = QByteArray(data, qsizetype(length));
            gpgme_free(data);
        }
    }
    if (in)
        gpgme_data_release(in);
    if (ctx)
        gpgme_release(ctx);
    stopAgent(home.path());

    if (err || ciphertext.isEmpty()) {
        qCWarning(lcActions) << "OpenPGP encryption failed:"
                             << (err ? gpgmeErrorText(err) : QStringLiteral("no output"));
        return Error::make(
            Error::Kind::Internal,
            tr("Encryption with gpg failed; nothing was written. Check that the gpg and gpg-agent "
               "packages are installed."),
            err ? gpgmeErrorText(err) : QString());
    }

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(ciphertext) != ciphertext.size() || !file.commit()) {
        return Error::make(Error::Kind::Internal,
                           tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    }
    return Written{ciphertext.size()};
}

} // namespace passcode
