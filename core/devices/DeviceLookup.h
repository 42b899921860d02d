// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace passcode::graph {
class GraphClient;
class GraphReply;
} // namespace passcode::graph

namespace passcode::devices {

/**
 * Finds devices on the server the way a technician types them, without waiting for the device list: what
 * the text looks like decides which documented Graph filters are asked (graph-intune.md §1), all at once:
 *   - an Intune device id (GUID): GET managedDevices/{id};
 *   - a UPN (has '@'): userPrincipalName eq;
 *   - 14 to 16 digits (spaces and dashes ignored): imei eq, and serialNumber eq;
 *   - one word of 4 to 40 letters, digits and '-' (a serial or a device name): serialNumber eq and
 *     contains(deviceName);
 *   - anything else of 2 characters or more: contains(deviceName).
 * Each answer's devices are reported as it arrives (found()), without duplicates across the queries; one
 * query failing does not stop the others (a 400 for a filter the service does not support is ignored).
 * finished() follows once every query is over, with an error only when they all failed. Each query reads
 * at most maxResults() devices (the list's $select), so a broad text stays cheap; truncated() tells.
 *
 * One lookup at a time: lookup() cancels the previous one (its answers are dropped). The client must
 * outlive the lookup; destruction cancels.
 */
class DeviceLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceLookup)

public:
    enum class Shape
    {
        None,   ///< too short or empty: nothing is asked
        Id,     ///< an Intune device id
        Upn,    ///< user@domain
        Digits, ///< an IMEI (or a numeric serial)
        Word,   ///< a serial number or a device name
        Text,   ///< part of a device name
    };
    Q_ENUM(Shape)

    /** One Graph query of a lookup. */
    struct Query
    {
        QString filter; ///< the $filter; empty for a read by id
        QString id;     ///< the device id of a read by id
    };

    explicit DeviceLookup(graph::GraphClient &client, QObject *parent = nullptr);
    ~DeviceLookup() override;

    /** What @p text looks like. */
    static Shape shapeOf(const QString &text);
    /** The queries a lookup of @p text sends, in the order above (none for Shape::None). */
    static QList<Query> queriesFor(const QString &text);
    /** An OData string literal: single quotes doubled. */
    static QString odataString(const QString &text);

    /** Devices read per query ($top); default 50. */
    void setMaxResults(int max) { m_maxResults = max; }
    int maxResults() const { return m_maxResults; }

    /** Starts a lookup of @p text (cancelling the previous one). False, and no signal, for Shape::None. */
    bool lookup(const QString &text);
    void cancel();
    bool isRunning() const { return !m_pending.isEmpty(); }
    QString text() const { return m_text; }
    /** The devices found so far by the current (or last) lookup. */
    const QList<Device> &results() const { return m_results; }
    /** Some query had more than maxResults() matches. */
    bool truncated() const { return m_truncated; }

Q_SIGNALS:
    /** New devices of the current lookup (none of them reported before). */
    void found(const QList<passcode::devices::Device> &devices);
    /** Every query is over; @p error when all of them failed (the first error). */
    void finished(const std::optional<passcode::Error> &error);

private:
    void send(const Query &query, quint64 generation);
    void take(const QList<Device> &devices);
    void queryDone(graph::GraphReply *reply, const std::optional<Error> &error);

    graph::GraphClient &m_client;
    int m_maxResults = 50;
    quint64 m_generation = 0;
    QString m_text;
    QList<QPointer<graph::GraphReply>> m_pending;
    QList<Device> m_results;
    QSet<QString> m_seen;
    std::optional<Error> m_firstError;
    int m_failures = 0;
    int m_queries = 0;
    bool m_truncated = false;
};

} // namespace passcode::devices
