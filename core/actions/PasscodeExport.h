// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"
#include "core/common/OpenPgpFile.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace passcode::actions {

/** One device of a passcode export, filled by the caller from the tracker (the passcode is read there only).
 */
struct PasscodeExportRow
{
    QString deviceName;
    QString serialNumber;
    QString deviceId;
    RemoteAction action = RemoteAction::ResetPasscode;
    QString passcode;
    /** When the passcode stops being available in Graph (7 days after it was issued); may be invalid. */
    QDateTime passcodeExpiry;
};

/**
 * The encrypted export of collected passcodes (kiosk fleets, issue 11 point 6). The only way the console
 * writes passcodes to a file: as CSV inside an OpenPGP message encrypted with a passphrase (OpenPgpFile),
 * which `gpg --decrypt FILE.gpg` opens. Nothing plain ever reaches the disk.
 *
 * The CSV: UTF-8 with a byte-order mark, CRLF, one header line
 * `deviceName,serialNumber,deviceId,action,passcode,passcodeExpiry` (fixed machine names, not translated),
 * then one line per row in the order given: action is the stable name (resetPasscode, removePasscode,
 * pinReset), passcodeExpiry ISO 8601 in UTC (empty when unknown). Fields are quoted and neutralised against
 * spreadsheet formulas by CsvWriter (a device name "=HYPERLINK(…)" is written as text).
 */
class PasscodeExport
{
    Q_DECLARE_TR_FUNCTIONS(PasscodeExport)
public:
    /** The header fields, in order. */
    static QStringList headers();

    /**
     * The plaintext CSV of @p rows. It holds passcodes: the caller wipes it (secureWipe) or hands it to
     * OpenPgpFile::write, which does. Built in one buffer allocated once, so no stray copy is left in freed
     * memory (the caller's own QStrings are not touched).
     */
    static QByteArray csv(const QList<PasscodeExportRow> &rows);

    /**
     * Formats @p rows, encrypts them with @p passphrase and writes @p filePath atomically (binary OpenPGP;
     * name it `….gpg`, see suggestedFileName()). @p passphrase is wiped and emptied on return, whatever the
     * outcome; the plaintext lives only in memory and is wiped too. Synchronous (see OpenPgpFile::write); may
     * run on a worker thread. Errors: Usage when @p rows is empty or the passphrase is unusable, Internal
     * when gpg is missing or fails or the file cannot be written; each with a translated message.
     */
    static Result<OpenPgpFile::Written> write(const QString &filePath, const QList<PasscodeExportRow> &rows,
                                              QByteArray &passphrase);

    /** "passcodes-<yyyyMMdd-HHmm>.gpg" for @p now (local time of the caller's clock). */
    static QString suggestedFileName(const QDateTime &now);
};

/**
 * PasscodeExport::write() on a worker thread, so the window never waits for gpg. The rows and the passphrase
 * are moved into the job; the passphrase is wiped by write() on the worker, or by the destructor when the job
 * never started. finished() is emitted once, in the job's thread. Destroying the job waits for the write to
 * end.
 */
class PasscodeExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasscodeExportJob)

public:
    PasscodeExportJob(QString filePath, QList<PasscodeExportRow> rows, QByteArray passphrase,
                      QObject *parent = nullptr);
    ~PasscodeExportJob() override;

    void start();
    /** The outcome, once finished() was emitted: std::nullopt on success. */
    const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    /** @p errorMessage (translated) is empty on success; error() has the whole Error. */
    void finished(const QString &filePath, const QString &errorMessage);

private:
    QString m_filePath;
    QList<PasscodeExportRow> m_rows;
    QByteArray m_passphrase;
    QThread *m_thread = nullptr;
    std::optional<Error> m_error;
};

} // namespace passcode::actions
