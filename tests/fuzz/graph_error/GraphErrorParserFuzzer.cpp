// SPDX-License-Identifier: GPL-3.0-or-later
// GraphErrorParser (core/graph/GraphErrorParser.h) over any body: Graph's envelope, the legacy odata.error,
// OAuth's, Intune's JSON serialized inside message (nested), details, RetryAfter. Never a crash or UB; the
// parse of the text and of the already parsed object agree.
#include "FuzzSupport.h"

#include "core/graph/GraphErrorParser.h"

#include <QJsonDocument>

using passcode::fuzz::check;
using passcode::graph::GraphErrorInfo;
using passcode::graph::GraphErrorParser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = passcode::fuzz::bytes(data, size);
    const GraphErrorInfo info = GraphErrorParser::parse(input);
    info.supportText();

    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        const GraphErrorInfo again = GraphErrorParser::parse(doc.object());
        check(again.recognised == info.recognised && again.code == info.code &&
              again.message == info.message);
    }
    return 0;
}
