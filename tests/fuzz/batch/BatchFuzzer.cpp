// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's $batch body parsing (sandbox/graph/BatchHandler.h) over any body. Each item is dispatched as
// GraphService does it (client-request-id echoed), to a stand-in that parses the item's OData query (400 with
// the parser's message on error), fails items whose path holds "fail" (so dependsOn answers 424) and answers
// 200 otherwise. The batch answers 200 or 400, always with a JSON body.
#include "FuzzSupport.h"

#include "sandbox/graph/BatchHandler.h"
#include "sandbox/odata/ODataQuery.h"

#include <QJsonDocument>

using namespace passcode::sandbox;
using passcode::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HttpRequest envelope;
    envelope.method = "POST";
    envelope.path = QStringLiteral("/v1.0/$batch");
    envelope.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer x"}};
    envelope.body = passcode::fuzz::bytes(data, size);
    envelope.baseUrl = "http://127.0.0.1:8080";
    RequestIds ids;
    ids.requestId = "00000000-0000-4000-8000-000000000001";
    ids.clientRequestId = ids.requestId;

    int items = 0;
    const HttpResponse response =
        BatchHandler::handle(envelope, ids, QStringLiteral("v1.0"), [&](const HttpRequest &item) {
            ++items;
            check(item.inBatch && item.path.startsWith(QLatin1String("/v1.0/")));
            RequestIds itemIds = ids;
            itemIds.clientRequestId = item.header("client-request-id");
            QString error;
            HttpResponse r;
            if (item.path.contains(QLatin1String("fail")))
                r = GraphError::make(500, "InternalServerError", "Asked to fail.", itemIds);
            else if (!ODataQuery::parse(item, &error))
                r = GraphError::make(400, "BadRequest", error.toUtf8(), itemIds);
            else
                r = HttpResponse::json(200, R"({"value":[]})");
            r.setHeader("client-request-id", itemIds.clientRequestId);
            return r;
        });
    check(response.status == 200 || response.status == 400);
    check(items <= BatchHandler::kMaxRequests);
    QJsonParseError parseError{};
    QJsonDocument::fromJson(response.body, &parseError);
    check(parseError.error == QJsonParseError::NoError);
    return 0;
}
