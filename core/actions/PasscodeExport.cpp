// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/PasscodeExport.h"

#include "core/common/CsvWriter.h"

#include <QStringEncoder>
#include <QThread>

#include <array>
#include <cstring>

namespace passcode::actions {

namespace {

using Fields = std::array<QString, 6>;

Fields fieldsOf(const PasscodeExportRow &row)
{
    return {row.deviceName,
            row.serialNumber,
            row.deviceId,
            stableName(row.action),
            row.passcode,
            row.passcodeExpiry.isValid() ? row.passcodeExpiry.toUTC().toString(Qt::ISODate) : QString()};
}

// The most UTF-8 bytes CsvWriter::field() can make of a value: an apostrophe, every character doubled
// (quotes), two enclosing quotes, each UTF-16 unit at most 3 bytes.
qsizetype fieldBound(const QString &value)
{
    return 3 * (2 * (value.size() + 1) + 2);
}

class Appender
{
public:
    explicit Appender(char *cursor)
        : m_cursor(cursor)
    {}
    void raw(const char *bytes, qsizetype size)
    {
        std::memcpy(m_cursor, bytes, size_t(size));
        m_cursor += size;
    }
    void record(const QStringList &values) { record(values.cbegin(), values.cend()); }
    template<typename It>
    void record(It begin, It end)
    {
        for (It it = begin; it != end; ++it) {
            if (it != begin)
                raw(",", 1);
            QString field = CsvWriter::field(*it);
            m_cursor = m_encoder.appendToBuffer(m_cursor, field);
            // A quoted or neutralised field is a copy of its own (an untouched one shares the caller's
            // string, which is the caller's to keep).
            if (field.isDetached())
                secureWipe(field);
        }
        raw("\r\n", 2);
    }
    char *cursor() const { return m_cursor; }

private:
    char *m_cursor;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

} // namespace

QStringList PasscodeExport::headers()
{
    return {QStringLiteral("deviceName"), QStringLiteral("serialNumber"), QStringLiteral("deviceId"),
            QStringLiteral("action"),     QStringLiteral("passcode"),     QStringLiteral("passcodeExpiry")};
}

QByteArray PasscodeExport::csv(const QList<PasscodeExportRow> &rows)
{
    const QStringList header = headers();
    qsizetype bound = 3;
    for (const QString &h : header)
        bound += fieldBound(h) + 1;
    QList<Fields> all;
    all.reserve(rows.size());
    for (const PasscodeExportRow &row : rows) {
        all.append(fieldsOf(row));
        for (const QString &value : all.back())
            bound += fieldBound(value) + 1;
        bound += 2;
    }

    // One allocation, large enough for the worst case, truncated at the end: the passcodes are never left
    // behind in a buffer that grew and was freed.
    QByteArray out(bound, Qt::Uninitialized);
    Appender append(out.data());
    append.raw("\xEF\xBB\xBF", 3);
    append.record(header);
    for (const Fields &fields : std::as_const(all))
        append.record(fields.cbegin(), fields.cend());
    out.truncate(append.cursor() - out.constData());
    return out;
}

Result<OpenPgpFile::Written>
PasscodeExport::write(const QString &filePath, const QList<PasscodeExportRow> &rows, QByteArray &passphrase)
{
    if (rows.isEmpty()) {
        secureWipe(passphrase);
        return Error::make(Error::Kind::Usage, tr("There are no passcodes to export."));
    }
    QByteArray plaintext = csv(rows);
    return OpenPgpFile::write(filePath, plaintext, passphrase);
}

QString PasscodeExport::suggestedFileName(const QDateTime &now)
{
    return QStringLiteral("passcodes-") + now.toString(QStringLiteral("yyyyMMdd-HHmm")) +
           QStringLiteral(".gpg");
}

PasscodeExportJob::PasscodeExportJob(QString filePath, QList<PasscodeExportRow> rows, QByteArray passphrase,
                                     QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_rows(std::move(rows))
    , m_passphrase(std::move(passphrase))
{}

PasscodeExportJob::~PasscodeExportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    secureWipe(m_passphrase);
}

void PasscodeExportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        auto written = PasscodeExport::write(m_filePath, m_rows, m_passphrase);
        if (!written)
            m_error = written.error();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_rows.clear();
        Q_EMIT finished(m_filePath, m_error ? m_error->message : QString());
    });
    m_thread->start();
}

} // namespace passcode::actions
