// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/odata/ODataQuery.h"
#include "sandbox/odata/ResourceFilter.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace passcode::sandbox {

class JsonWriter;

/** One page of a Graph collection: $count, $skip, $top, $skiptoken and @odata.nextLink. */
namespace CollectionPage {

/** The position a $skiptoken continues from (0 without one); std::nullopt when the token is not valid. */
std::optional<qint64> startPosition(const ODataQuery &query);

/**
 * Writes the rest of a collection page after "@odata.context": "@odata.count" when asked for, "value" with
 * the items that match from @p position on (after $skip), and "@odata.nextLink" (@p collectionUrl and the
 * query) when one more matching item exists.
 */
void write(JsonWriter &w, const ODataQuery &query, const ResourceFilter::Predicate &match, qint64 total,
           qint64 position, const QByteArray &collectionUrl, const std::function<void(qint64)> &writeItem);

} // namespace CollectionPage

} // namespace passcode::sandbox
