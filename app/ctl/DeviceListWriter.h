// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace passcode::ctl {

/**
 * The output of `devices list`, written device by device as the pages arrive (nothing keeps the whole list):
 *
 * - Json: one array, each element exactly DeviceJson::toJson() of the device laid out as QJsonDocument's
 *   Indented form (the bytes a QJsonDocument of the whole array would have; DEL and C1 controls escaped too).
 * - Csv: the header, then one record per device (docs/passcodectl.md), each field as CsvWriter::field()
 *   writes it (formula-looking fields neutralised, RFC 4180 quoting), LF line ends, no byte-order mark;
 *   controls other than line feed and tab replaced.
 * - Table: for people. Column widths come from the header and the first HeldRows devices (so a list of up
 *   to HeldRows devices is laid out exactly as if it were measured whole); those rows are held back until
 *   then. A later cell wider than its column is shortened with "…"; the last column (the id) is never
 *   shortened. Every control character in a cell becomes U+FFFD.
 *
 * Bytes are appended to a caller's buffer: the writer may run on a worker thread, one thread at a time.
 */
class DeviceListWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeviceListWriter)

public:
    enum class Format
    {
        Table,
        Json,
        Csv,
        JsonLines, ///< `devices find`: one compact object per line, with a "tenant" member
    };

    /** Rows the table measures before it prints anything. */
    static constexpr int HeldRows = 1000;

    /** @p tenantColumn: the table starts with a Tenant column, and JsonLines objects carry "tenant" (the
     * value set by setTenant()). */
    static std::unique_ptr<DeviceListWriter> create(Format format, bool tenantColumn = false);
    virtual ~DeviceListWriter() = default;

    /** The tenant of the devices added next (the Tenant column, the "tenant" member). */
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    /** The table: fixes its widths on the rows held so far and writes them (later rows stream). A list that
     * arrives in bursts (one per tenant) shows its first burst at once this way. Others: nothing. */
    virtual void releaseHeld(QByteArray &out) { Q_UNUSED(out) }

    /** Appends @p device (the table may hold it back until its widths are known). */
    virtual void add(const devices::Device &device, QByteArray &out) = 0;
    /** Appends the rest: rows held back, the end of the array. Once, after the last add(). */
    virtual void finish(QByteArray &out) = 0;

    /** The CSV columns, in order (Graph property names). */
    static const QList<QByteArray> &csvColumns();
    /** Appends @p device as one JSON object nested @p level deep (1: an element of a top-level array). */
    static void appendDeviceJson(QByteArray &out, const devices::Device &device, int level);
    /** Appends @p device as one CSV record (with its line break). */
    static void appendDeviceCsv(QByteArray &out, const devices::Device &device);
    /** Appends @p text as one CSV field, as CsvWriter::field() writes it, controls neutralised. */
    static void appendCsvField(QByteArray &out, QStringView text);
    /** Appends the ISO 8601 UTC form of @p t (as QDateTime::toString(Qt::ISODate) writes it), unquoted. */
    static void appendIsoTime(QByteArray &out, const QDateTime &t);

protected:
    QString m_tenant;
};

} // namespace passcode::ctl
