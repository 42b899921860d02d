// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's OData query options (sandbox/odata/ODataQuery.h, CollectionPage.h) over any query string: the
// form decoding (HttpRequest::parseForm), ODataQuery::parse, the $skiptoken round trip, the next page's query
// (which must parse back to the same query and position) and a collection page written from it (valid JSON).
#include "FuzzSupport.h"

#include "sandbox/http/JsonWriter.h"
#include "sandbox/odata/CollectionPage.h"

#include <QJsonDocument>

using namespace passcode::sandbox;
using passcode::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HttpRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/v1.0/deviceManagement/managedDevices");
    request.query = HttpRequest::parseForm(passcode::fuzz::bytes(data, size));
    QString error;
    const std::optional<ODataQuery> query = ODataQuery::parse(request, &error);
    check(query.has_value() || !error.isEmpty());
    if (!query)
        return 0;
    check(query->pageSize() >= 0 && query->pageSize() <= ODataQuery::kMaxPageSize);

    const std::optional<qint64> start = CollectionPage::startPosition(*query);
    const qint64 next = start && *start < (qint64(1) << 50) ? *start + 7 : 7;

    // The next page's link parses back to this query, positioned where the link says.
    HttpRequest following = request;
    following.query = HttpRequest::parseForm(query->nextLinkQuery(next).sliced(1));
    QString followingError;
    const std::optional<ODataQuery> again = ODataQuery::parse(following, &followingError);
    check(again.has_value());
    check(again->filterText == query->filterText && again->select == query->select &&
          again->top == query->top);
    check(CollectionPage::startPosition(*again) == next);

    // A page of a 50-item collection with every third item matching.
    constexpr qint64 kTotal = 50;
    JsonWriter w;
    w.beginObject();
    CollectionPage::write(
        w, *query, [](qsizetype i) { return i % 3 == 0; }, kTotal, start.value_or(0),
        "http://127.0.0.1/v1.0/items",
        [&w](qint64 pos) {
            w.beginObject();
            w.field("id", pos);
            w.endObject();
        });
    w.endObject();
    QJsonParseError parseError{};
    QJsonDocument::fromJson(w.toByteArray(), &parseError);
    check(parseError.error == QJsonParseError::NoError);
    return 0;
}
