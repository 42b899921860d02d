// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceCsvExport.h"

#include "core/common/CsvWriter.h"
#include "ui/devices/DeviceTableModel.h"

#include <QSaveFile>
#include <QThread>

namespace passcode::ui {

using devices::Device;

QStringList DeviceCsvExport::headers()
{
    QStringList out;
    // The portal's columns; not the computed Passcode action, which depends on the console's state.
    for (int column = 0; column < DeviceTableModel::PasscodeAction; ++column)
        out << DeviceTableModel::columnTitle(column);
    out << tr("Serial number") << tr("IMEI") << tr("Model") << tr("Manufacturer") << tr("Device ID");
    return out;
}

QStringList DeviceCsvExport::record(const Device &d)
{
    QStringList out;
    for (int column = 0; column < DeviceTableModel::PasscodeAction; ++column) {
        if (column == DeviceTableModel::LastCheckIn)
            out << (d.lastSyncDateTime.isValid() ? d.lastSyncDateTime.toUTC().toString(Qt::ISODate)
                                                 : QString());
        else
            out << DeviceTableModel::displayText(d, column);
    }
    out << d.serialNumber << d.imei << d.model << d.manufacturer << d.id;
    return out;
}

QByteArray DeviceCsvExport::toCsv(const QList<Device> &devices)
{
    CsvWriter writer;
    writer.addRecord(headers());
    for (const Device &d : devices)
        writer.addRecord(record(d));
    return writer.data();
}

std::optional<QString> DeviceCsvExport::writeFile(const QString &fileName, const QByteArray &data)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(fileName, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(fileName, file.errorString());
    return std::nullopt;
}

DeviceCsvExportJob::DeviceCsvExportJob(QList<Device> devices, QString fileName, QObject *parent)
    : QObject(parent)
    , m_devices(std::move(devices))
    , m_fileName(std::move(fileName))
{}

DeviceCsvExportJob::~DeviceCsvExportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DeviceCsvExportJob::start()
{
    Q_ASSERT(!m_thread);
    // Headers are translated here, in the UI thread; the worker only formats and writes.
    const QStringList headers = DeviceCsvExport::headers();
    m_thread = QThread::create([this, headers] {
        CsvWriter writer;
        writer.addRecord(headers);
        for (const Device &d : std::as_const(m_devices))
            writer.addRecord(DeviceCsvExport::record(d));
        m_error = DeviceCsvExport::writeFile(m_fileName, writer.data()).value_or(QString());
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const int rows = static_cast<int>(m_devices.size());
        m_devices.clear();
        Q_EMIT finished(m_fileName, rows, m_error);
    });
    m_thread->start();
}

} // namespace passcode::ui
