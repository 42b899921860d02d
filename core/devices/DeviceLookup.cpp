// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceLookup.h"

#include "core/devices/DeviceDirectoryLoader.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphReply.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace passcode::devices {

namespace {

const QString kDevices = u"/deviceManagement/managedDevices"_s;

bool isGuid(const QString &text)
{
    static const QRegularExpression rx(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return rx.match(text).hasMatch();
}

/** The digits of an IMEI as tickets write it ("35 209900 176148 1", "35-209900-176148-1"). */
QString digitsOnly(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits;
}

} // namespace

DeviceLookup::DeviceLookup(graph::GraphClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DeviceLookup::~DeviceLookup()
{
    cancel();
}

QString DeviceLookup::odataString(const QString &text)
{
    QString s = text;
    s.replace(u"'"_s, u"''"_s);
    return u'\'' + s + u'\'';
}

DeviceLookup::Shape DeviceLookup::shapeOf(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.size() < 2 || text.size() > 256)
        return Shape::None;
    if (isGuid(text))
        return Shape::Id;
    static const QRegularExpression upn(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (upn.match(text).hasMatch())
        return Shape::Upn;
    const QString digits = digitsOnly(text);
    if (digits.size() >= 14 && digits.size() <= 16)
        return Shape::Digits;
    static const QRegularExpression word(u"^[A-Za-z0-9][A-Za-z0-9-]{3,39}$"_s);
    if (word.match(text).hasMatch())
        return Shape::Word;
    return Shape::Text;
}

QList<DeviceLookup::Query> DeviceLookup::queriesFor(const QString &raw)
{
    const QString text = raw.trimmed();
    const QString literal = odataString(text);
    switch (shapeOf(text)) {
    case Shape::None:
        return {};
    case Shape::Id:
        return {Query{{}, text.toLower()}};
    case Shape::Upn:
        return {Query{u"userPrincipalName eq "_s + literal, {}}};
    case Shape::Digits: {
        const QString digits = odataString(digitsOnly(text));
        return {Query{u"imei eq "_s + digits, {}}, Query{u"serialNumber eq "_s + digits, {}}};
    }
    case Shape::Word:
        return {Query{u"serialNumber eq "_s + literal, {}},
                Query{u"contains(deviceName,"_s + literal + u')', {}}};
    case Shape::Text:
        return {Query{u"contains(deviceName,"_s + literal + u')', {}}};
    }
    return {};
}

bool DeviceLookup::lookup(const QString &text)
{
    cancel();
    ++m_generation;
    m_text = text.trimmed();
    m_results.clear();
    m_seen.clear();
    m_firstError.reset();
    m_failures = 0;
    m_truncated = false;
    const QList<Query> queries = queriesFor(m_text);
    m_queries = int(queries.size());
    if (queries.isEmpty())
        return false;
    for (const Query &q : queries)
        send(q, m_generation);
    return true;
}

void DeviceLookup::cancel()
{
    // Cancelled replies finish at once; their answers are dropped by the generation check.
    const auto pending = std::exchange(m_pending, {});
    ++m_generation;
    for (const QPointer<graph::GraphReply> &reply : pending) {
        if (reply)
            reply->cancel();
    }
}

void DeviceLookup::send(const Query &query, quint64 generation)
{
    graph::GraphRequest request =
        query.id.isEmpty() ? graph::GraphRequest::get(kDevices, graph::ApiVersion::Beta)
                                 .setFilter(query.filter)
                                 .setTop(m_maxResults)
                                 .setRequiredFields({u"value"_s})
                           : graph::GraphRequest::get(kDevices + u'/' + query.id, graph::ApiVersion::Beta);
    request.setSelect(DeviceDirectoryLoader::listProperties())
        .setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("include-unknown-enum-members"));
    graph::GraphReply *reply = m_client.send(request);
    m_pending.append(reply);
    const bool byId = !query.id.isEmpty();
    connect(reply, &graph::GraphReply::finished, this,
            [this, reply, generation, byId](const graph::GraphResult &result) {
                if (generation != m_generation)
                    return;
                if (!result.ok()) {
                    queryDone(reply, result.error);
                    return;
                }
                QList<Device> devices;
                if (byId) {
                    DeviceJson::Parsed parsed = DeviceJson::parseDevice(result.json);
                    if (parsed.device)
                        devices.append(*parsed.device);
                } else if (std::optional<DeviceJson::Page> page = DeviceJson::parsePage(result.json)) {
                    devices = page->devices;
                    m_truncated = m_truncated || !page->nextLink.isEmpty();
                }
                take(devices);
                queryDone(reply, std::nullopt);
            });
}

void DeviceLookup::take(const QList<Device> &devices)
{
    QList<Device> fresh;
    for (const Device &d : devices) {
        if (d.id.isEmpty() || m_seen.contains(d.id))
            continue;
        m_seen.insert(d.id);
        fresh.append(d);
    }
    if (fresh.isEmpty())
        return;
    m_results.append(fresh);
    Q_EMIT found(fresh);
}

void DeviceLookup::queryDone(graph::GraphReply *reply, const std::optional<Error> &error)
{
    m_pending.removeIf([reply](const QPointer<graph::GraphReply> &p) { return !p || p == reply; });
    if (error) {
        // Not found (a read by id) and a filter the service refuses are answers, not failures of the lookup.
        const bool answer = error->kind == Error::Kind::NotFound || error->httpStatus == 400;
        if (!answer) {
            ++m_failures;
            if (!m_firstError)
                m_firstError = error;
        }
    }
    if (!m_pending.isEmpty())
        return;
    const std::optional<Error> outcome =
        (m_failures > 0 && m_failures == m_queries) ? m_firstError : std::optional<Error>();
    Q_EMIT finished(outcome);
}

} // namespace passcode::devices
