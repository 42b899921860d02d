// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"
#include "core/devices/DeviceJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace passcode::ctltest {

/** Texts a service could send: plain, empty, CSV specials, accents, CJK, emoji (surrogate pairs). */
inline QStringList plainTexts()
{
    return {QStringLiteral("KIOSK-LIL-941"),
            QString(),
            QStringLiteral(""),
            QStringLiteral("MacBook Air (M2, 2022)"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("back\\slash"),
            QStringLiteral("two\nlines"),
            QStringLiteral("cr\r\nlf"),
            QStringLiteral("tab\there"),
            QStringLiteral("=SUM(A1:A2)"),
            QStringLiteral(" edge spaces "),
            QStringLiteral("iPhone de Ren\u00e9e"),
            QStringLiteral("\u5c0f\u7c73\u624b\u673a"),
            QStringLiteral("emoji \U0001F4F1 phone"),
            QStringLiteral("/bin/sh -c 'x'")};
}

/** Texts with controls that act on a terminal: ESC sequences, BEL, a C1 CSI, DEL. */
inline QStringList hostileTexts()
{
    const auto c = [](char16_t u) {
        return QString(QChar(u));
    };
    return {QStringLiteral("\x1b]0;owned\x07name"),
            QStringLiteral("red \x1b[31mtext\x1b[0m"),
            QStringLiteral("c1 ") + c(0x9b) + QStringLiteral("31m csi"),
            QStringLiteral("del") + c(0x7f),
            QStringLiteral("nul") + c(0) + QStringLiteral("end"),
            QStringLiteral("back\bspace"),
            QStringLiteral("c1 next line ") + c(0x85)};
}

inline QDateTime randomTime(QRandomGenerator &rng)
{
    switch (rng.bounded(6)) {
    case 0:
        return {};
    case 1: // Graph's "never", already mapped to invalid by DeviceJson; keep a far past date anyway
        return QDateTime(QDate(1, 1, 2), QTime(0, 0), Qt::UTC);
    case 2: // with milliseconds (dropped by Qt::ISODate)
        return QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(4000000000u)) * 1000 + 123, Qt::UTC);
    case 3:
        return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    default:
        return QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(2000000000u)) * 1000, Qt::UTC);
    }
}

/** @p count varied devices (deterministic); with @p hostile, texts with terminal controls too. */
inline QList<devices::Device> variedDevices(int count, bool hostile, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    QStringList texts = plainTexts();
    if (hostile)
        texts += hostileTexts();
    const auto text = [&] {
        return texts.at(rng.bounded(int(texts.size())));
    };
    QList<devices::Device> out;
    for (int i = 0; i < count; ++i) {
        devices::Device d;
        d.id = QStringLiteral("id-%1").arg(i);
        d.deviceName = text();
        d.operatingSystem = text();
        d.osVersion = text();
        d.ownership = devices::Ownership(rng.bounded(3));
        d.managementAgent = text();
        d.managementState = devices::ManagementState(rng.bounded(int(devices::ManagementState::Other) + 1));
        if (d.managementState == devices::ManagementState::Other)
            d.managementStateRaw = text();
        d.enrollmentType = devices::EnrollmentType(rng.bounded(int(devices::EnrollmentType::Other) + 1));
        if (d.enrollmentType == devices::EnrollmentType::Other)
            d.enrollmentTypeRaw = text();
        d.joinType = devices::JoinType(rng.bounded(int(devices::JoinType::Other) + 1));
        if (rng.bounded(3) > 0)
            d.azureADRegistered = rng.bounded(2) == 1;
        d.compliance = devices::ComplianceState(rng.bounded(int(devices::ComplianceState::Other) + 1));
        d.deviceType = text();
        d.userPrincipalName = text();
        d.userDisplayName = text();
        d.lastSyncDateTime = randomTime(rng);
        d.enrolledDateTime = randomTime(rng);
        d.model = text();
        d.manufacturer = text();
        d.serialNumber = text();
        d.imei = text();
        d.phoneNumber = text();
        out.append(d);
    }
    return out;
}

/** What QJsonDocument writes for the devices' DeviceJson::toJson array (the output before streaming). */
inline QByteArray referenceJson(const QList<devices::Device> &list)
{
    QJsonArray array;
    for (const devices::Device &d : list)
        array.append(devices::DeviceJson::toJson(d));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace passcode::ctltest
