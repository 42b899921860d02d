// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace passcode::ui {

/** The CSV export of the All devices list: the portal's columns plus the identifiers a ticket needs. */
class DeviceCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCsvExport)

public:
    static QStringList headers();
    /** One device; the last check-in in ISO 8601 UTC so spreadsheets and scripts read it in any locale. */
    static QStringList record(const devices::Device &device);
    static QByteArray toCsv(const QList<devices::Device> &devices);
    /** Writes atomically (QSaveFile); returns a translated error message on failure. */
    static std::optional<QString> writeFile(const QString &fileName, const QByteArray &data);
};

/**
 * Writes a snapshot of devices to a CSV file on a worker thread, so a 100,000-row export never freezes the
 * window. The devices are copied when the job is created (cheap: their strings are shared); finished() is
 * emitted once in the job's thread. Destroying the job waits for the write to end.
 */
class DeviceCsvExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCsvExportJob)

public:
    DeviceCsvExportJob(QList<devices::Device> devices, QString fileName, QObject *parent = nullptr);
    ~DeviceCsvExportJob() override;

    void start();

Q_SIGNALS:
    /** error is empty on success. */
    void finished(const QString &fileName, int rows, const QString &error);

private:
    QList<devices::Device> m_devices;
    QString m_fileName;
    QThread *m_thread = nullptr;
    QString m_error;
};

} // namespace passcode::ui
