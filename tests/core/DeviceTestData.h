// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace passcode::testdata {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

inline QString testData(const char *relative)
{
    return QStringLiteral(PASSCODE_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

inline QString sharedData(const char *relative)
{
    return QStringLiteral(PASSCODE_SHARED_DIR "/") + QString::fromUtf8(relative);
}

/** A device described by the fields the passcode rules read. */
inline devices::Device makeDevice(const char *os, const char *version, devices::EnrollmentType enrollment,
                                  const char *deviceType = "",
                                  devices::JoinType join = devices::JoinType::NotReported,
                                  devices::Ownership ownership = devices::Ownership::Company)
{
    devices::Device d;
    d.id = QStringLiteral("dev-1");
    d.deviceName = QStringLiteral("Test device");
    d.operatingSystem = QString::fromUtf8(os);
    d.osVersion = QString::fromUtf8(version);
    d.enrollmentType = enrollment;
    d.deviceType = QString::fromUtf8(deviceType);
    d.joinType = join;
    d.ownership = ownership;
    d.lastSyncDateTime = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    return d;
}

} // namespace passcode::testdata
