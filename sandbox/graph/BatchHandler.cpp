// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/BatchHandler.h"

#include "sandbox/http/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace passcode::sandbox {

namespace {

struct Item
{
    QString id;
    QByteArray method;
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hasBody = false;
    QStringList dependsOn;
};

HttpResponse bad(const RequestIds &ids, const QString &message)
{
    return GraphError::make(400, "BadRequest", message.toUtf8(), ids);
}

} // namespace

HttpResponse BatchHandler::handle(const HttpRequest &envelope, const RequestIds &ids, const QString &version,
                                  const Dispatch &dispatch)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(envelope.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QLatin1String("requests")).isArray())
        return bad(ids, QStringLiteral("Invalid batch payload format."));
    const QJsonArray requests = doc.object().value(QLatin1String("requests")).toArray();
    if (requests.isEmpty())
        return bad(ids, QStringLiteral("Invalid batch payload: 'requests' is empty."));
    if (requests.size() > kMaxRequests)
        return bad(ids,
                   QStringLiteral("The number of batch requests exceeds the limit of %1.").arg(kMaxRequests));

    std::vector<Item> items;
    QSet<QString> seen;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        Item item;
        item.id = o.value(QLatin1String("id")).toString();
        item.method = o.value(QLatin1String("method")).toString().toUpper().toLatin1();
        item.url = o.value(QLatin1String("url")).toString();
        if (!v.isObject() || item.id.isEmpty() || item.method.isEmpty() || item.url.isEmpty())
            return bad(ids, QStringLiteral("Each batch request needs a non-empty 'id', 'method' and 'url'."));
        if (seen.contains(item.id))
            return bad(ids,
                       QStringLiteral("Batch request ids must be unique: '%1' is repeated.").arg(item.id));
        seen.insert(item.id);
        static const QList<QByteArray> methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
        if (!methods.contains(item.method))
            return bad(ids, QStringLiteral("Invalid method '%1' in batch request '%2'.")
                                .arg(QString::fromLatin1(item.method), item.id));
        if (item.url.startsWith(QLatin1String("http:")) || item.url.startsWith(QLatin1String("https:")))
            return bad(ids, QStringLiteral("Batch request '%1' must use a relative url.").arg(item.id));
        const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            item.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        if (o.contains(QLatin1String("body")) && !o.value(QLatin1String("body")).isNull()) {
            item.hasBody = true;
            const QJsonValue b = o.value(QLatin1String("body"));
            item.body = b.isObject()  ? QJsonDocument(b.toObject()).toJson(QJsonDocument::Compact)
                        : b.isArray() ? QJsonDocument(b.toArray()).toJson(QJsonDocument::Compact)
                                      : b.toString().toUtf8();
        }
        for (const QJsonValue &d : o.value(QLatin1String("dependsOn")).toArray())
            item.dependsOn.append(d.toString());
        items.push_back(std::move(item));
    }
    for (const Item &item : items) {
        for (const QString &d : item.dependsOn) {
            if (!seen.contains(d) || d == item.id)
                return bad(
                    ids,
                    QStringLiteral("Batch request '%1' depends on an unknown request '%2'.").arg(item.id, d));
        }
    }

    // Run in request order, each after its dependencies.
    QHash<QString, int> statusOf;
    std::vector<std::pair<QString, HttpResponse>> results;
    std::vector<bool> done(items.size(), false);
    for (std::size_t round = 0; round <= items.size(); ++round) {
        bool progressed = false;
        for (std::size_t k = 0; k < items.size(); ++k) {
            if (done[k])
                continue;
            const Item &item = items[k];
            bool ready = true;
            bool failedDependency = false;
            for (const QString &d : item.dependsOn) {
                if (!statusOf.contains(d))
                    ready = false;
                else if (statusOf.value(d) >= 400)
                    failedDependency = true;
            }
            if (!ready)
                continue;
            done[k] = true;
            progressed = true;
            HttpResponse r;
            if (failedDependency) {
                r = GraphError::make(424, "FailedDependency", "A request this request depends on failed.",
                                     ids);
            } else if (item.hasBody && item.method != "GET" && [&] {
                           for (const auto &h : item.headers) {
                               if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
                                   return false;
                           }
                           return true;
                       }()) {
                r = GraphError::make(400, "BadRequest",
                                     "Content-Type header is required for a request with a body.", ids);
            } else {
                HttpRequest sub;
                sub.method = item.method;
                sub.inBatch = true;
                sub.baseUrl = envelope.baseUrl;
                sub.remoteAddress = envelope.remoteAddress;
                QString url = item.url.startsWith(u'/') ? item.url.mid(1) : item.url;
                const qsizetype q = url.indexOf(u'?');
                const QString pathPart = q < 0 ? url : url.left(q);
                sub.path = u'/' + version + u'/' + QUrl::fromPercentEncoding(pathPart.toUtf8());
                if (q >= 0)
                    sub.query = HttpRequest::parseForm(url.mid(q + 1).toUtf8());
                sub.headers = item.headers;
                if (!envelope.header("Authorization").isEmpty())
                    sub.headers.append({"Authorization", envelope.header("Authorization")});
                if (sub.header("Prefer").isEmpty() && !envelope.header("Prefer").isEmpty())
                    sub.headers.append({"Prefer", envelope.header("Prefer")});
                sub.body = item.body;
                r = dispatch(sub);
            }
            statusOf.insert(item.id, r.status);
            results.emplace_back(item.id, std::move(r));
        }
        if (!progressed)
            break;
    }
    if (results.size() != items.size())
        return bad(ids, QStringLiteral("The dependsOn chain of the batch has a cycle."));

    JsonWriter w;
    w.beginObject();
    w.key("responses");
    w.beginArray();
    for (const auto &[id, r] : results) {
        w.beginObject();
        w.field("id", id);
        w.field("status", r.status);
        w.key("headers");
        w.beginObject();
        for (const auto &h : r.headers)
            w.field(h.first, h.second);
        w.endObject();
        w.key("body");
        if (r.body.isEmpty()) {
            w.null();
        } else if (r.header("Content-Type").contains("json")) {
            w.raw(r.body);
        } else {
            w.string(r.body);
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return HttpResponse::json(200, w.toByteArray());
}

} // namespace passcode::sandbox
