// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace passcode::sandbox {

/** One HTTP response before it is written (or before a fault mangles it). */
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse noContent();
    static QByteArray reasonPhrase(int status);
    /** The whole response as bytes on the wire (status line, headers with Content-Length, body). */
    QByteArray serialize(bool keepAlive) const;
};

} // namespace passcode::sandbox
