// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceListFile.h"

#include "InputFile.h"

#include "Output.h"

#include <QStringDecoder>

namespace passcode::ctl {
namespace {

Error lineError(const QString &source, int line, const QString &why)
{
    return Error::make(Error::Kind::Usage,
                       DeviceListFile::tr("%1, line %2: %3").arg(source).arg(line).arg(why));
}

} // namespace

std::variant<QList<DeviceEntry>, Error> DeviceListFile::parse(const QByteArray &content,
                                                              const QString &source)
{
    QList<DeviceEntry> entries;
    QByteArrayView rest(content);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int line = 0;
    while (!rest.isEmpty()) {
        ++line;
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView bytes = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return lineError(source, line, tr("not valid UTF-8 text."));
        const QString entry = text.trimmed();
        if (entry.isEmpty() || entry.startsWith(u'#'))
            continue;
        for (const QChar c : entry) {
            if (isControl(c.unicode()))
                return lineError(source, line,
                                 tr("a control character (such as a tab) cannot be part of a device's id, "
                                    "name or serial number; give one device per line."));
        }
        if (entry.size() > MaxEntryLength)
            return lineError(source, line,
                             tr("longer than %1 characters: not a device's id, name or serial number.")
                                 .arg(MaxEntryLength));
        entries.append(DeviceEntry{entry, line});
    }
    if (entries.isEmpty())
        return Error::make(
            Error::Kind::Usage,
            tr("%1 names no device (blank lines and lines starting with # are ignored).").arg(source));
    return entries;
}

std::variant<QList<DeviceEntry>, Error> DeviceListFile::read(const QString &path)
{
    constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    std::variant<QByteArray, Error> content = InputFile::read(path, kMaxBytes);
    if (const Error *error = std::get_if<Error>(&content))
        return *error;
    return parse(std::get<QByteArray>(content), InputFile::sourceName(path));
}

} // namespace passcode::ctl
