// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include <QFile>

#include <cstdio>

namespace passcode::ctl {

QString InputFile::sourceName(const QString &path)
{
    return path == u"-" ? tr("standard input") : path;
}

std::variant<QByteArray, Error> InputFile::read(const QString &path, qint64 maxBytes)
{
    const QString source = sourceName(path);
    QFile file;
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Error::make(Error::Kind::Usage, tr("Cannot read %1: %2").arg(source, file.errorString()));
    QByteArray content;
    while (true) {
        const QByteArray chunk = file.read(1 << 16);
        if (chunk.isEmpty())
            break;
        content += chunk;
        if (content.size() > maxBytes)
            return Error::make(Error::Kind::Usage, tr("%1 is too large.").arg(source));
    }
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Usage, tr("Cannot read %1: %2").arg(source, file.errorString()));
    return content;
}

} // namespace passcode::ctl
