// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace passcode::sandbox {

/**
 * One HTTP request as the sandbox's handlers see it: a value copied out of QHttpServerRequest (which Qt
 * reuses for the next request on the connection), or built for an item of a $batch.
 */
struct HttpRequest
{
    QByteArray method;                    ///< upper case: GET, POST...
    QString path;                         ///< decoded path, starting with '/'
    QList<QPair<QString, QString>> query; ///< decoded (+ as space) name/value pairs, in order
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray baseUrl; ///< scheme://host:port the client used (from the Host header)
    QByteArray remoteAddress;
    /** The Host header names the server itself (SandboxServer::isOwnHost); otherwise every answer is 421. */
    bool hostAccepted = true;
    bool inBatch = false;

    /** Header value, case-insensitive; empty when absent. */
    QByteArray header(QByteArrayView name) const;
    bool hasQuery(QStringView name) const;
    QString queryValue(QStringView name) const;

    /** Parses an application/x-www-form-urlencoded body or query string. */
    static QList<QPair<QString, QString>> parseForm(QByteArrayView encoded);
    /** The value of \a name in a parsed form. */
    static QString formValue(const QList<QPair<QString, QString>> &form, QStringView name);
};

} // namespace passcode::sandbox
