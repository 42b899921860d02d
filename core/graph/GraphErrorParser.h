// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace passcode::graph {

/** What a Graph error body says, once unwrapped. Every member may be empty. */
struct GraphErrorInfo
{
    /** The body held an error envelope (Graph's, the legacy "odata.error", or OAuth's). */
    bool recognised = false;
    /** error.code as sent at the top level. */
    QString topCode;
    /**
     * The most precise code: Intune's ErrorCode from inside the message (deepest level), else the innermost
     * non-numeric innerError code, else error.code, else the first details[] code.
     */
    QString code;
    /** The service's own message, unwrapped from Intune's JSON, without Intune's operation/activity/URL tail.
     */
    QString message;
    /** details[] as "code: message" lines, and Intune's CustomApiErrorPhrase when it says something. */
    QStringList details;
    QString requestId;
    QString clientRequestId;
    QString date;
    /** The message was Intune's serialized JSON (one level or more). */
    bool intuneWrapped = false;
    /** Intune's "Activity ID" (the id its support asks for). */
    QString activityId;
    /** Intune's RetryAfter, in seconds, when it gave one. */
    std::optional<double> retryAfterSeconds;
    /** Graph permissions the service says are needed ("Application must have one of the following scopes:
     * ..."). */
    QStringList requiredScopes;

    /** One line for Error::detail: message, details, activity id. Never holds secrets (error bodies do not).
     */
    QString supportText() const;
};

/**
 * Parses Graph error bodies: {"error":{code,message,innerError|innererror{...nested...},details[]}}, with
 * Intune's serialized JSON inside message (one or two levels:
 * {"ErrorCode":"Forbidden","Message":"{\"_version\":3,
 * \"Message\":...,\"CustomApiErrorPhrase\":...,\"RetryAfter\":...,\"ErrorSourceService\":...,\"HttpHeaders\":...}"}),
 * the legacy {"odata.error":{...}} and OAuth's {"error":"...","error_description":"..."}. Pure functions;
 * never fails: an unreadable body gives recognised == false.
 */
class GraphErrorParser
{
public:
    /** Parses a response body; an empty or non-JSON body gives recognised == false. */
    static GraphErrorInfo parse(const QByteArray &body);
    /** Parses an already parsed body (a $batch item's, for instance). */
    static GraphErrorInfo parse(const QJsonObject &root);
};

} // namespace passcode::graph
