// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/odata/ODataQuery.h"

#include <QCryptographicHash>
#include <QUrl>

namespace passcode::sandbox {

std::optional<ODataQuery> ODataQuery::parse(const HttpRequest &request, QString *error)
{
    ODataQuery q;
    QStringList seen;
    for (const auto &[rawName, value] : request.query) {
        const QString name = rawName.trimmed();
        if (!name.startsWith(u'$'))
            continue; // non-OData parameters are ignored, as Graph does
        if (seen.contains(name)) {
            *error =
                QStringLiteral("Query option '%1' was specified more than once, but it must be specified at "
                               "most once.")
                    .arg(name);
            return std::nullopt;
        }
        seen.append(name);
        if (name == QLatin1String("$select")) {
            q.select = value;
            q.hasSelect = true;
        } else if (name == QLatin1String("$top")) {
            bool ok = false;
            const int top = value.toInt(&ok);
            if (!ok || top < 0) {
                *error = QStringLiteral(
                             "Invalid value '%1' for query option $top: it must be a non-negative integer.")
                             .arg(value);
                return std::nullopt;
            }
            q.top = top;
        } else if (name == QLatin1String("$skip")) {
            bool ok = false;
            const qint64 skip = value.toLongLong(&ok);
            if (!ok || skip < 0) {
                *error = QStringLiteral("Invalid value '%1' for query option $skip.").arg(value);
                return std::nullopt;
            }
            q.skip = skip;
        } else if (name == QLatin1String("$skiptoken")) {
            q.skipToken = value;
        } else if (name == QLatin1String("$count")) {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                *error = QStringLiteral("Invalid value '%1' for query option $count.").arg(value);
                return std::nullopt;
            }
            q.count = value == QLatin1String("true");
        } else if (name == QLatin1String("$filter")) {
            q.filterText = value;
            q.filter = FilterParser::parse(value, error);
            if (!q.filter)
                return std::nullopt;
        } else if (name == QLatin1String("$orderby")) {
            // Accepted and ignored: ordering managedDevices "has no effect" (graph-intune.md §5).
        } else if (name == QLatin1String("$search")) {
            *error = QStringLiteral("Search is not supported for this resource.");
            return std::nullopt;
        } else if (name == QLatin1String("$expand")) {
            *error = QStringLiteral("Expanding '%1' is not supported by the sandbox tenant.").arg(value);
            return std::nullopt;
        } else {
            *error = QStringLiteral("The query parameter '%1' is not supported.").arg(name);
            return std::nullopt;
        }
    }
    return q;
}

quint32 ODataQuery::fingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(filterText.toUtf8());
    h.addData(QByteArrayView("|"));
    h.addData(select.toUtf8());
    const QByteArray d = h.result();
    return (quint32(quint8(d[0])) << 24) | (quint32(quint8(d[1])) << 16) | (quint32(quint8(d[2])) << 8) |
           quint32(quint8(d[3]));
}

QString ODataQuery::makeSkipToken(qint64 position) const
{
    const QByteArray raw =
        "SBX1:" + QByteArray::number(position) + ':' + QByteArray::number(fingerprint(), 16);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> ODataQuery::decodeSkipToken() const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        skipToken.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = (*decoded).split(':');
    if (parts.size() != 3 || parts[0] != "SBX1")
        return std::nullopt;
    bool ok = false;
    const qint64 position = parts[1].toLongLong(&ok);
    if (!ok || position < 0)
        return std::nullopt;
    if (parts[2] != QByteArray::number(fingerprint(), 16))
        return std::nullopt;
    return position;
}

QByteArray ODataQuery::nextLinkQuery(qint64 position) const
{
    QByteArray out;
    auto add = [&out](QByteArrayView name, const QString &value) {
        out += out.isEmpty() ? "?" : "&";
        out += name;
        out += '=';
        out += QUrl::toPercentEncoding(value, "',()");
    };
    if (hasSelect)
        add("$select", select);
    if (!filterText.isEmpty())
        add("$filter", filterText);
    if (top >= 0)
        add("$top", QString::number(top));
    add("$skiptoken", makeSkipToken(position));
    return out;
}

} // namespace passcode::sandbox
