// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/GraphError.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <functional>

namespace passcode::sandbox {

/**
 * JSON batching (POST /{version}/$batch, graph-intune.md §6): at most 20 requests with unique ids, each with
 * method and relative url, optional headers, body (needs a Content-Type header) and dependsOn. Items run in
 * request order, after their dependencies; an item whose dependency failed answers 424. The batch answers 200
 * with one {id, status, headers, body} per item, or 400 when the payload is malformed.
 */
class BatchHandler
{
public:
    static constexpr int kMaxRequests = 20;
    using Dispatch = std::function<HttpResponse(const HttpRequest &item)>;

    static HttpResponse handle(const HttpRequest &envelope, const RequestIds &ids, const QString &version,
                               const Dispatch &dispatch);
};

} // namespace passcode::sandbox
