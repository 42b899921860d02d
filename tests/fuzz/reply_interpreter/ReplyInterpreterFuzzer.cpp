// SPDX-License-Identifier: GPL-3.0-or-later
// ReplyInterpreter (core/graph/ReplyInterpreter.h) over any answer. Input, as text:
//   <status> <context bits>      (bits: 1 POST, 2 PATCH, 4 Action, 8 raw body, 16 $batch item, 32 required
//                                 fields, 64 a transport error (status % 10 picks which), 128 timed out)
//   Name: value                  (headers, up to an empty line)
//   body
// Every answer gets a verdict: a success or a redirect carries no error, every other one an error with a
// message; a wait asked for is within [0, kMaxRetryAfterMs]; a redirect stays on the origin.
#include "FuzzSupport.h"

#include "core/graph/ReplyInterpreter.h"
#include "core/graph/RetryPolicy.h"

#include <QTimeZone>

using namespace passcode::graph;
using passcode::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = passcode::fuzz::bytes(data, size);
    const qsizetype firstLine = input.indexOf('\n');
    const QList<QByteArray> statusLine =
        (firstLine < 0 ? input : input.first(firstLine)).simplified().split(' ');
    const int bits = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;

    RawReply reply;
    reply.httpStatus = statusLine.at(0).toInt();
    reply.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices"));
    if (bits & 64) {
        static const QNetworkReply::NetworkError errors[] = {
            QNetworkReply::ConnectionRefusedError,      QNetworkReply::RemoteHostClosedError,
            QNetworkReply::HostNotFoundError,           QNetworkReply::TimeoutError,
            QNetworkReply::OperationCanceledError,      QNetworkReply::SslHandshakeFailedError,
            QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::ContentNotFoundError,
            QNetworkReply::InternalServerError,         QNetworkReply::UnknownNetworkError,
        };
        reply.networkError = errors[qAbs(reply.httpStatus % 10)];
        reply.networkErrorString = QStringLiteral("transport error");
    }
    reply.timedOut = bits & 128;

    qsizetype pos = firstLine < 0 ? input.size() : firstLine + 1;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        const QByteArray line = input.sliced(pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        reply.headers.append({line.first(colon < 0 ? line.size() : colon).trimmed(),
                              colon < 0 ? QByteArray() : line.sliced(colon + 1).trimmed()});
    }
    reply.body = pos < input.size() ? input.sliced(pos) : QByteArray();

    InterpretContext context;
    context.method = (bits & 1) ? HttpMethod::Post : (bits & 2) ? HttpMethod::Patch : HttpMethod::Get;
    context.kind = (bits & 4) ? RequestKind::Action : RequestKind::Read;
    context.rawBody = bits & 8;
    context.batchItem = bits & 16;
    if (bits & 32)
        context.requiredFields = {QStringLiteral("id"), QStringLiteral("value")};
    context.origin = QUrl(QStringLiteral("https://graph.microsoft.com"));
    context.redirectHops = (bits >> 8) & 7;
    context.now = QDateTime(QDate(2026, 12, 5), QTime(3, 30), QTimeZone::utc());
    context.sentClientRequestId = QStringLiteral("4a5c1f2e-0000-4000-8000-000000000001");

    const Interpretation verdict = ReplyInterpreter::interpret(reply, context);
    if (verdict.disposition == Disposition::Success || verdict.disposition == Disposition::Redirect)
        check(!verdict.result.error.has_value());
    else
        check(verdict.result.error.has_value() && !verdict.result.error->message.isEmpty());
    if (verdict.retryAfterMs)
        check(*verdict.retryAfterMs >= 0 && *verdict.retryAfterMs <= kMaxRetryAfterMs);
    if (verdict.disposition == Disposition::Redirect)
        check(!ReplyInterpreter::checkTarget(verdict.redirectTo, context.origin).has_value());
    return 0;
}
