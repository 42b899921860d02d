// SPDX-License-Identifier: GPL-3.0-or-later
// core/actions/PasscodeExport: the CSV of an export (columns, formula neutralisation, UTC expiry) and the
// encrypted file that `gpg --decrypt` opens.
#include "core/actions/PasscodeExport.h"

#include "tests/core/common/GnuPgCli.h"

#include <gtest/gtest.h>

#include "core/common/CsvWriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

using passcode::Error;
using passcode::actions::PasscodeExport;
using passcode::actions::PasscodeExportRow;
using passcode::actions::RemoteAction;

namespace {

QList<PasscodeExportRow> kioskRows()
{
    PasscodeExportRow first;
    first.deviceName = QStringLiteral("Kiosk-Zoé-001");
    first.serialNumber = QStringLiteral("SN0001");
    first.deviceId = QStringLiteral("0b7a-0001");
    first.action = RemoteAction::ResetPasscode;
    first.passcode = QStringLiteral("48291736");
    first.passcodeExpiry = QDateTime(QDate(2026, 12, 11), QTime(9, 30), QTimeZone(3600));
    PasscodeExportRow second;
    second.deviceName = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    second.serialNumber = QStringLiteral("-2+3");
    second.deviceId = QStringLiteral("0b7a-0002");
    second.action = RemoteAction::PinReset;
    second.passcode = QStringLiteral("@SUM(1)");
    return {first, second};
}

TEST(PasscodeExport, CsvHasTheColumnsInOrderWithUtcExpiryAndStableActionNames)
{
    const QByteArray csv = PasscodeExport::csv(kioskRows());
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "deviceName,serialNumber,deviceId,action,passcode,passcodeExpiry\r\n"
        "Kiosk-Zo\xC3\xA9-001,SN0001,0b7a-0001,resetPasscode,48291736,2026-12-11T08:30:00Z\r\n"
        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'-2+3,0b7a-0002,pinReset,'@SUM(1),\r\n";
    EXPECT_EQ(csv, expected);
}

TEST(PasscodeExport, CsvNeutralisesEveryFormulaStart)
{
    for (const char *evil : {"=1+1", "+1", "-1", "@cmd", "\t=1", "\r=1"}) {
        SCOPED_TRACE(evil);
        PasscodeExportRow row;
        row.deviceName = QString::fromUtf8(evil);
        row.passcode = QString::fromUtf8(evil);
        const QByteArray csv = PasscodeExport::csv({row});
        const QByteArray line = csv.mid(csv.indexOf("\r\n") + 2);
        const QByteArray field = passcode::CsvWriter::field(QString::fromUtf8(evil)).toUtf8();
        EXPECT_TRUE(field.startsWith('\'') || field.startsWith("\"'")) << field.toStdString();
        EXPECT_TRUE(line.startsWith(QByteArray(field + ','))) << line.toStdString();
    }
}

TEST(PasscodeExport, AnEmptyListHasOnlyTheHeader)
{
    EXPECT_EQ(PasscodeExport::csv({}),
              QByteArray("\xEF\xBB\xBF"
                         "deviceName,serialNumber,deviceId,action,passcode,passcodeExpiry\r\n"));
}

TEST(PasscodeExport, ManyRowsFitTheSingleBuffer)
{
    QList<PasscodeExportRow> rows;
    for (int i = 0; i < 1000; ++i) {
        PasscodeExportRow row;
        row.deviceName = QStringLiteral("Kiosk \"%1\", hall %2").arg(i).arg(i % 7); // quoted, quotes doubled
        row.deviceId = QString::number(i);
        row.passcode = QString::number(10000000 + i);
        rows.append(row);
    }
    const QByteArray csv = PasscodeExport::csv(rows);
    EXPECT_EQ(csv.count("\r\n"), 1001);
    EXPECT_TRUE(csv.contains("\"Kiosk \"\"999\"\", hall 5\",,999,resetPasscode,10000999,\r\n"));
}

TEST(PasscodeExport, WritesAFileThatGpgDecryptsToTheCsv)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("passcodes.gpg"));
    QByteArray passphrase("a long kiosk passphrase");
    const auto written = PasscodeExport::write(file, kioskRows(), passphrase);
    ASSERT_TRUE(written.hasValue()) << written.error().message.toStdString();
    EXPECT_TRUE(passphrase.isEmpty());

    QFile encrypted(file);
    ASSERT_TRUE(encrypted.open(QIODevice::ReadOnly));
    EXPECT_FALSE(encrypted.readAll().contains("48291736"));

    passcode::test::GnuPgCli gpg;
    const auto run = gpg.decrypt(file, QByteArrayLiteral("a long kiosk passphrase"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, PasscodeExport::csv(kioskRows()));
}

TEST(PasscodeExport, NothingToExportIsAUsageErrorAndThePassphraseIsWiped)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("passcodes.gpg"));
    QByteArray passphrase("a long kiosk passphrase");
    const auto written = PasscodeExport::write(file, {}, passphrase);
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(passphrase.isEmpty());
    EXPECT_FALSE(QFile::exists(file));
}

TEST(PasscodeExportJob, WritesOnAWorkerThreadAndReportsOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("passcodes.gpg"));
    passcode::actions::PasscodeExportJob job(file, kioskRows(), QByteArrayLiteral("a long kiosk passphrase"));
    QSignalSpy finished(&job, &passcode::actions::PasscodeExportJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), file);
    EXPECT_TRUE(finished.at(0).at(1).toString().isEmpty()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_FALSE(job.error().has_value());

    passcode::test::GnuPgCli gpg;
    const auto run = gpg.decrypt(file, QByteArrayLiteral("a long kiosk passphrase"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, PasscodeExport::csv(kioskRows()));
}

TEST(PasscodeExportJob, ReportsAFileThatCannotBeWritten)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("no-such-folder/passcodes.gpg"));
    passcode::actions::PasscodeExportJob job(file, kioskRows(), QByteArrayLiteral("a long kiosk passphrase"));
    QSignalSpy finished(&job, &passcode::actions::PasscodeExportJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(job.error().has_value());
    EXPECT_EQ(job.error()->kind, Error::Kind::Internal);
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(file));
}

TEST(PasscodeExport, SuggestsADatedGpgFileName)
{
    EXPECT_EQ(PasscodeExport::suggestedFileName(QDateTime(QDate(2026, 12, 4), QTime(21, 5))),
              QStringLiteral("passcodes-20261204-2105.gpg"));
}

} // namespace
