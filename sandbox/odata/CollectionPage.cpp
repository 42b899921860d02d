// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/odata/CollectionPage.h"

#include "sandbox/http/JsonWriter.h"

namespace passcode::sandbox::CollectionPage {

std::optional<qint64> startPosition(const ODataQuery &query)
{
    return query.skipToken.isEmpty() ? std::optional<qint64>(0) : query.decodeSkipToken();
}

void write(JsonWriter &w, const ODataQuery &query, const ResourceFilter::Predicate &match, qint64 total,
           qint64 position, const QByteArray &collectionUrl, const std::function<void(qint64)> &writeItem)
{
    if (query.count) {
        qint64 count = total;
        if (match) {
            count = 0;
            for (qint64 i = 0; i < total; ++i)
                count += match(i) ? 1 : 0;
        }
        w.field("@odata.count", count);
    }
    const int pageSize = query.pageSize();
    w.key("value");
    w.beginArray();
    qint64 skipLeft = query.skipToken.isEmpty() ? query.skip : 0;
    int emitted = 0;
    qint64 pos = position;
    for (; pos < total && emitted < pageSize; ++pos) {
        if (match && !match(pos))
            continue;
        if (skipLeft > 0) {
            --skipLeft;
            continue;
        }
        writeItem(pos);
        ++emitted;
    }
    w.endArray();
    if (pageSize > 0 && emitted == pageSize) {
        for (; pos < total; ++pos) {
            if (!match || match(pos)) {
                w.field("@odata.nextLink", collectionUrl + query.nextLinkQuery(pos));
                break;
            }
        }
    }
}

} // namespace passcode::sandbox::CollectionPage
