// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/odata/FilterParser.h"

#include <QString>

#include <memory>
#include <optional>

namespace passcode::sandbox {

/**
 * The OData system query options of one collection request.
 *
 * Supported: $select, $top, $skip, $skiptoken, $count, $filter (parsed; the resource validates it) and
 * $orderby (accepted and ignored, as Intune does for managedDevices). $search and $expand answer 400, as does
 * any other
 * $-option or a repeated option.
 */
struct ODataQuery
{
    static constexpr int kMaxPageSize = 1000;

    QString select;
    bool hasSelect = false;
    int top = -1; ///< -1: not given
    qint64 skip = 0;
    QString skipToken;
    bool count = false;
    QString filterText;
    std::unique_ptr<FilterNode> filter;

    /** Parses the request's query; on failure returns nullopt and a Graph error message in \a error. */
    static std::optional<ODataQuery> parse(const HttpRequest &request, QString *error);

    int pageSize() const { return top < 0 ? kMaxPageSize : std::min(top, kMaxPageSize); }

    /** An opaque $skiptoken for "continue after position \a position" of this query. */
    QString makeSkipToken(qint64 position) const;
    /** The position a $skiptoken encodes; nullopt when it is not one of ours or belongs to another query. */
    std::optional<qint64> decodeSkipToken() const;
    /** The query string of the next page (everything but $skiptoken/$skip, plus the new token). */
    QByteArray nextLinkQuery(qint64 position) const;

private:
    quint32 fingerprint() const;
};

} // namespace passcode::sandbox
