// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/HttpRequest.h"

#include <QUrl>

namespace passcode::sandbox {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasQuery(QStringView name) const
{
    for (const auto &q : query) {
        if (q.first == name)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(QStringView name) const
{
    return formValue(query, name);
}

QList<QPair<QString, QString>> HttpRequest::parseForm(QByteArrayView encoded)
{
    QList<QPair<QString, QString>> out;
    for (QByteArrayView part : encoded.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray name = (eq < 0 ? part : part.first(eq)).toByteArray();
        QByteArray value = eq < 0 ? QByteArray() : part.sliced(eq + 1).toByteArray();
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value)});
    }
    return out;
}

QString HttpRequest::formValue(const QList<QPair<QString, QString>> &form, QStringView name)
{
    for (const auto &q : form) {
        if (q.first == name)
            return q.second;
    }
    return {};
}

} // namespace passcode::sandbox
