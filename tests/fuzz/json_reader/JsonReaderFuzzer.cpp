// SPDX-License-Identifier: GPL-3.0-or-later
// JsonReader (core/common/JsonReader.h) over any bytes: skipValue(), skipStructure() and a walk through every
// value with the pull API must agree, and never read outside the input (ASan). A text JsonReader accepts as
// an object or array must be JSON for Qt as well (DeviceJson's fast path promises the same answers as Qt's
// parser).
#include "FuzzSupport.h"

#include "core/common/JsonReader.h"

#include <QJsonDocument>

using passcode::JsonReader;
using passcode::fuzz::check;

namespace {

/** Reads one value with the pull API, decoding every string; false on error (or nesting too deep). */
bool walk(JsonReader &r, int depth, int *maxDepth)
{
    *maxDepth = std::max(*maxDepth, depth);
    if (depth > JsonReader::MaxDepth)
        return false;
    QByteArrayView raw;
    bool escaped = false;
    switch (r.peek()) {
    case JsonReader::Token::Object: {
        r.beginObject();
        bool first = true;
        while (r.nextMember(first, &raw, &escaped)) {
            JsonReader::decodeString(raw, escaped);
            if (!walk(r, depth + 1, maxDepth))
                return false;
        }
        return r.ok();
    }
    case JsonReader::Token::Array: {
        r.beginArray();
        bool first = true;
        while (r.nextElement(first)) {
            if (!walk(r, depth + 1, maxDepth))
                return false;
        }
        return r.ok();
    }
    case JsonReader::Token::String:
        if (!r.readString(&raw, &escaped))
            return false;
        JsonReader::decodeString(raw, escaped);
        return true;
    case JsonReader::Token::Number: {
        double v = 0;
        return r.readNumber(&v);
    }
    case JsonReader::Token::Null:
    case JsonReader::Token::True:
    case JsonReader::Token::False: {
        JsonReader::Token which = JsonReader::Token::Invalid;
        return r.readLiteral(&which);
    }
    default:
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = passcode::fuzz::bytes(data, size);

    JsonReader skipper(input);
    const bool skipped = skipper.skipValue() && skipper.atEnd();
    check(skipped == skipper.ok());
    check(skipper.offset() >= 0 && skipper.offset() <= input.size());

    JsonReader walker(input);
    int maxDepth = 0;
    const bool walked = walk(walker, 1, &maxDepth) && walker.atEnd();
    // The walk nests one level per container, as skipValue() does; near the limit they may count differently.
    if (maxDepth < JsonReader::MaxDepth - 1)
        check(walked == skipped);

    JsonReader structure(input);
    const JsonReader::Token top = structure.peek();
    if (top == JsonReader::Token::Array || top == JsonReader::Token::Object) {
        qsizetype elements = -1;
        const bool structured = structure.skipStructure(&elements) && structure.atEnd();
        if (skipped) // skipStructure() checks less than skipValue(): it must accept what skipValue() accepts
            check(structured && elements >= 0);
        // JSON for JsonReader is JSON for Qt (Qt also refuses invalid UTF-8 and NUL bytes, which JsonReader
        // leaves to decodeString()).
        if (skipped && maxDepth < JsonReader::MaxDepth - 1 && QByteArrayView(input).isValidUtf8() &&
            !input.contains('\0')) {
            // One documented difference: JsonReader reads a number beyond a double's range as infinity or 0
            // (readNumber), where Qt refuses it as IllegalNumber.
            QJsonParseError error{};
            QJsonDocument::fromJson(input, &error);
            check(error.error == QJsonParseError::NoError || error.error == QJsonParseError::IllegalNumber);
        }
    }
    return 0;
}
