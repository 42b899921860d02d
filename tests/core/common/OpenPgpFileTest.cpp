// SPDX-License-Identifier: GPL-3.0-or-later
// core/common/OpenPgpFile: what it writes opens with the gpg command line (and only with the passphrase),
// never holds the plaintext, uses AES-256, leaves the user's GnuPG home alone, and wipes the caller's
// buffers.
#include "core/common/OpenPgpFile.h"

#include "GnuPgCli.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using passcode::Error;
using passcode::OpenPgpFile;
using passcode::secureWipe;
using passcode::test::GnuPgCli;

namespace {

const QByteArray kPlaintext = QByteArrayLiteral("deviceName,passcode\r\nKiosk-Zo\xC3\xA9-001,48291736\r\n");
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class OpenPgpFileTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const auto engine = OpenPgpFile::engineVersion();
        ASSERT_TRUE(engine.hasValue()) << engine.error().message.toStdString();
    }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    /** Writes kPlaintext with kPassphrase (copies: write() wipes what it is given). */
    passcode::Result<OpenPgpFile::Written> write(const QString &file,
                                                 OpenPgpFile::Format format = OpenPgpFile::Format::Binary)
    {
        QByteArray plaintext(kPlaintext.constData(), kPlaintext.size());
        QByteArray passphrase(kPassphrase.constData(), kPassphrase.size());
        return OpenPgpFile::write(file, plaintext, passphrase, {format, {}});
    }

    QTemporaryDir m_dir;
    GnuPgCli m_gpg;
};

TEST_F(OpenPgpFileTest, GpgDecryptsItWithThePassphrase)
{
    const QString file = path("passcodes.gpg");
    const auto written = write(file);
    ASSERT_TRUE(written.hasValue()) << written.error().message.toStdString();
    EXPECT_EQ(written->bytes, QFile(file).size());

    const auto run = m_gpg.decrypt(file, kPassphrase);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, kPlaintext);
}

TEST_F(OpenPgpFileTest, AWrongPassphraseDoesNotOpenIt)
{
    const QString file = path("passcodes.gpg");
    ASSERT_TRUE(write(file).hasValue());

    const auto run = m_gpg.decrypt(file, QByteArrayLiteral("correct horse battery stapler"));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_FALSE(run.out.contains("48291736"));
    EXPECT_TRUE(run.err.contains("decryption failed")) << run.err.toStdString();
}

TEST_F(OpenPgpFileTest, TheFileNeverHoldsThePlaintext)
{
    const QString file = path("passcodes.gpg");
    ASSERT_TRUE(write(file).hasValue());
    const QByteArray bytes = readFile(file);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains("48291736"));
    EXPECT_FALSE(bytes.contains("Kiosk"));
    EXPECT_FALSE(bytes.contains(kPassphrase));
    // The first packet is a symmetric-key encrypted session key (tag 3), old or new packet format.
    const auto first = quint8(bytes.at(0));
    EXPECT_TRUE(first == 0x8C || first == 0x8D || first == 0xC3) << int(first);
    // Nothing was left beside it (QSaveFile's temporary file is renamed, not copied).
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("passcodes.gpg")});
}

TEST_F(OpenPgpFileTest, UsesAes256AndSha512S2kWithIntegrityProtection)
{
    const QString file = path("passcodes.gpg");
    ASSERT_TRUE(write(file).hasValue());
    const auto run = m_gpg.listPackets(file, kPassphrase);
    const QByteArray listing = run.out + run.err;
    // "symkey enc packet: version 4, cipher 9, aead 0,s2k 3, hash 10": 9 is AES-256, 10 is SHA-512.
    EXPECT_TRUE(listing.contains("cipher 9")) << listing.toStdString();
    EXPECT_TRUE(listing.contains("s2k 3, hash 10")) << listing.toStdString();
    EXPECT_TRUE(listing.contains("mdc_method: 2")) << listing.toStdString(); // integrity protected (SEIPD)
    EXPECT_FALSE(listing.contains("compressed packet")) << listing.toStdString();
}

TEST_F(OpenPgpFileTest, ArmoredOutputIsTextThatGpgDecrypts)
{
    const QString file = path("passcodes.asc");
    ASSERT_TRUE(write(file, OpenPgpFile::Format::Armored).hasValue());
    EXPECT_TRUE(readFile(file).startsWith("-----BEGIN PGP MESSAGE-----"));
    const auto run = m_gpg.decrypt(file, kPassphrase);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, kPlaintext);
}

TEST_F(OpenPgpFileTest, WipesThePlaintextAndThePassphraseEvenInSharedCopies)
{
    QByteArray plaintext(kPlaintext.constData(), kPlaintext.size());
    QByteArray passphrase(kPassphrase.constData(), kPassphrase.size());
    const QByteArray sharedPlaintext = plaintext; // implicitly shared: the same bytes
    const QByteArray sharedPassphrase = passphrase;
    ASSERT_TRUE(OpenPgpFile::write(path("passcodes.gpg"), plaintext, passphrase).hasValue());
    EXPECT_TRUE(plaintext.isEmpty());
    EXPECT_TRUE(passphrase.isEmpty());
    EXPECT_EQ(sharedPlaintext, QByteArray(kPlaintext.size(), '\0'));
    EXPECT_EQ(sharedPassphrase, QByteArray(kPassphrase.size(), '\0'));
}

TEST_F(OpenPgpFileTest, AnUnusablePassphraseWritesNothingAndIsWiped)
{
    for (const QByteArray &bad : {QByteArray(), QByteArrayLiteral("two\nlines passphrase"),
                                  QByteArrayLiteral("carriage\rreturn passphrase")}) {
        SCOPED_TRACE(bad.toStdString());
        QByteArray plaintext(kPlaintext.constData(), kPlaintext.size());
        QByteArray passphrase(bad.constData(), bad.size());
        const auto written = OpenPgpFile::write(path("bad.gpg"), plaintext, passphrase);
        ASSERT_FALSE(written.hasValue());
        EXPECT_EQ(written.error().kind, Error::Kind::Usage);
        EXPECT_FALSE(written.error().message.isEmpty());
        EXPECT_TRUE(plaintext.isEmpty());
        EXPECT_TRUE(passphrase.isEmpty());
        EXPECT_FALSE(QFile::exists(path("bad.gpg")));
    }
}

TEST_F(OpenPgpFileTest, AFileThatCannotBeWrittenIsAClearErrorAndTheBuffersAreWiped)
{
    const QString file = path("missing-folder/passcodes.gpg");
    QByteArray plaintext(kPlaintext.constData(), kPlaintext.size());
    QByteArray passphrase(kPassphrase.constData(), kPassphrase.size());
    const auto written = OpenPgpFile::write(file, plaintext, passphrase);
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().kind, Error::Kind::Internal);
    EXPECT_TRUE(written.error().message.contains(file)) << written.error().message.toStdString();
    EXPECT_TRUE(plaintext.isEmpty());
    EXPECT_TRUE(passphrase.isEmpty());
}

TEST_F(OpenPgpFileTest, AMissingGpgIsAClearErrorAndNothingIsWritten)
{
    const QString file = path("passcodes.gpg");
    QByteArray plaintext(kPlaintext.constData(), kPlaintext.size());
    QByteArray passphrase(kPassphrase.constData(), kPassphrase.size());
    const auto written = OpenPgpFile::write(file, plaintext, passphrase,
                                            {OpenPgpFile::Format::Binary, path("no-such-dir/gpg")});
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().kind, Error::Kind::Internal);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("gpg-agent packages")))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(plaintext.isEmpty());
    EXPECT_TRUE(passphrase.isEmpty());
}

TEST_F(OpenPgpFileTest, AFailingGpgIsAClearErrorAndNothingIsWritten)
{
    const QString file = path("passcodes.gpg");
    QByteArray plaintext(kPlaintext.constData(), kPlaintext.size());
    QByteArray passphrase(kPassphrase.constData(), kPassphrase.size());
    // An executable that is not gpg: it exits at once without a word of GPGME's protocol.
    const auto written = OpenPgpFile::write(file, plaintext, passphrase,
                                            {OpenPgpFile::Format::Binary, QStringLiteral("/bin/false")});
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().kind, Error::Kind::Internal);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("nothing was written")))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(plaintext.isEmpty());
    EXPECT_TRUE(passphrase.isEmpty());
}

TEST_F(OpenPgpFileTest, ReplacesAnExistingFileWhole)
{
    const QString file = path("passcodes.gpg");
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
    }
    ASSERT_TRUE(write(file).hasValue());
    const auto run = m_gpg.decrypt(file, kPassphrase);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, kPlaintext);
}

TEST_F(OpenPgpFileTest, NeverTouchesTheUsersGnuPgHome)
{
    QTemporaryDir userHome;
    ASSERT_TRUE(userHome.isValid());
    const QByteArray saved = qgetenv("GNUPGHOME");
    qputenv("GNUPGHOME", QFile::encodeName(userHome.path()));
    const auto written = write(path("passcodes.gpg"));
    if (saved.isNull())
        qunsetenv("GNUPGHOME");
    else
        qputenv("GNUPGHOME", saved);
    ASSERT_TRUE(written.hasValue()) << written.error().message.toStdString();
    EXPECT_TRUE(
        QDir(userHome.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST(SecureWipe, ZeroesOwnedBuffersAndReleasesStaticOnes)
{
    QByteArray bytes("secret");
    const QByteArray shared = bytes;
    secureWipe(bytes);
    EXPECT_TRUE(bytes.isEmpty());
    EXPECT_EQ(shared, QByteArray(6, '\0'));

    QByteArray literal = QByteArrayLiteral("static"); // read-only data: released, not written
    secureWipe(literal);
    EXPECT_TRUE(literal.isEmpty());

    QString text = QStringLiteral("secret").repeated(2);
    const QString sharedText = text;
    secureWipe(text);
    EXPECT_TRUE(text.isEmpty());
    EXPECT_EQ(sharedText, QString(12, QChar(0)));
}

} // namespace
