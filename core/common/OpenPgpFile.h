// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace passcode {

/**
 * A file holding one OpenPGP message encrypted with a passphrase only (symmetric encryption, RFC 4880
 * "Symmetrically Encrypted Integrity Protected Data"), written through GPGME. Anyone with the passphrase
 * opens it with standard tools: `gpg --decrypt FILE.gpg` (GnuPG 2.1 or later asks for the passphrase),
 * Kleopatra, GPG Suite, Gpg4win.
 *
 * What is written: AES-256 with integrity protection (MDC), the key derived from the passphrase by iterated
 * and salted S2K over SHA-512 (65,011,712 iterations), no compression. Binary (the default, named `.gpg`) or
 * ASCII-armoured (`.asc`, for pasting into a ticket); both open with `gpg --decrypt`.
 *
 * How, and what never happens:
 * - gpg runs in a private, empty engine home created for the call and removed after it (its agent is
 * stopped): the user's keyring, agent and configuration are never read or touched, and the agent caches no
 * passphrase.
 * - The passphrase reaches gpg through a passphrase callback in loopback pinentry mode: no pinentry window
 *   appears, and it never goes to a command line, an environment variable or a file.
 * - The plaintext goes to gpg through a pipe from memory; only ciphertext is written, atomically (QSaveFile:
 * the target is either the complete new file or untouched).
 * - @p plaintext and @p passphrase are wiped (overwritten with zeros) and emptied before write() returns, on
 *   success and on every error.
 *
 * write() is synchronous: it runs gpg and its agent (typically 0.2 to 1 s, the S2K derivation included). It
 * shares no state, so it may run on a worker thread. GPGME's initialisation makes the process ignore SIGPIPE
 * (a gpg that dies mid-write cannot kill the console; Qt's sockets do not rely on it). Errors are translated:
 * Usage for an unusable passphrase, Internal for a missing or failing gpg (message names the package to
 * install) and for a file that cannot be written.
 */
class OpenPgpFile
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgpFile)
public:
    enum class Format
    {
        Binary, ///< OpenPGP packets; the file name should end in .gpg
        Armored ///< ASCII armour ("-----BEGIN PGP MESSAGE-----"); the file name should end in .asc
    };

    /** How to write. */
    struct Options
    {
        Format format = Format::Binary;
        /** The gpg executable; empty: the one GPGME was built to use (found through gpgconf). */
        QString gpgProgram;
    };

    /** The size of what was written. */
    struct Written
    {
        qint64 bytes = 0;
    };

    /**
     * Encrypts @p plaintext with @p passphrase and writes the message to @p filePath, replacing the file
     * atomically. Both buffers are wiped and emptied when this returns (their implicitly shared copies, which
     * hold the same secret, are wiped too). The passphrase must not be empty and must not contain a line
     * break or a NUL byte (gpg reads it as one line); its minimum length is the caller's rule
     * (PassphraseDialog enforces one). Nothing is written when an error is returned.
     */
    static Result<Written> write(const QString &filePath, QByteArray &plaintext, QByteArray &passphrase,
                                 const Options &options);
    /** write() with the default Options: binary, GPGME's gpg. */
    static Result<Written> write(const QString &filePath, QByteArray &plaintext, QByteArray &passphrase);

    /** Whether gpg can be run through GPGME; Error (Internal, translated, saying what to install) otherwise.
     */
    static Result<QString> engineVersion();

private:
    static Error notInstalled(const QString &detail);
};

/**
 * Overwrites the bytes of @p secret with zeros through a volatile pointer (the compiler cannot drop it) and
 * empties it. Implicitly shared copies hold the same bytes and are wiped as well; static data (fromRawData,
 * literals) cannot be written and is only released.
 */
void secureWipe(QByteArray &secret);
/** The same for a QString's UTF-16 buffer. */
void secureWipe(QString &secret);

} // namespace passcode
