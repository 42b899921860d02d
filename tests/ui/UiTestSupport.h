// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"
#include "ui/common/DialogPresenter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace passcode::uitest {

/** A device of a given kind, with every field the list and the Overview show. */
inline devices::Device
makeDevice(int n, const QString &os = QStringLiteral("Android"),
           devices::EnrollmentType enrollment = devices::EnrollmentType::AndroidEnterpriseFullyManaged)
{
    devices::Device d;
    d.id = QStringLiteral("dev-%1").arg(n, 6, 10, QLatin1Char('0'));
    d.deviceName = QStringLiteral("Device-%1").arg(n, 6, 10, QLatin1Char('0'));
    d.operatingSystem = os;
    d.osVersion = QStringLiteral("%1.0").arg(8 + n % 7);
    d.enrollmentType = enrollment;
    d.ownership = n % 3 == 0 ? devices::Ownership::Personal : devices::Ownership::Company;
    d.compliance = n % 5 == 0 ? devices::ComplianceState::Noncompliant : devices::ComplianceState::Compliant;
    d.managementAgent = QStringLiteral("mdm");
    d.userPrincipalName = QStringLiteral("user%1@contoso.example").arg(n % 97);
    d.userDisplayName = QStringLiteral("User %1").arg(n % 97);
    d.serialNumber = QStringLiteral("SN%1X").arg(n * 7919 % 1000003, 7, 10, QLatin1Char('0'));
    d.imei = QStringLiteral("35%1").arg(n * 104729LL % 10000000000000LL, 13, 10, QLatin1Char('0'));
    d.model = n % 2 ? QStringLiteral("Pixel 8") : QStringLiteral("Galaxy A54");
    d.manufacturer = n % 2 ? QStringLiteral("Google") : QStringLiteral("samsung");
    d.lastSyncDateTime =
        QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(n) * 3571 % 2600000);
    return d;
}

/** A mix of platforms: Android, iOS, Windows, macOS. */
inline QList<devices::Device> makeDevices(int first, int count)
{
    QList<devices::Device> out;
    for (int n = first; n < first + count; ++n) {
        switch (n % 4) {
        case 0:
            out.append(makeDevice(n));
            break;
        case 1:
            out.append(makeDevice(n, QStringLiteral("iOS"), devices::EnrollmentType::AppleBulkWithUser));
            break;
        case 2:
            out.append(makeDevice(n, QStringLiteral("Windows"), devices::EnrollmentType::WindowsAzureADJoin));
            break;
        default:
            out.append(makeDevice(n, QStringLiteral("macOS"), devices::EnrollmentType::AppleBulkWithUser));
            break;
        }
    }
    return out;
}

/**
 * The test double of the dialog presenter: records what the page asked and answers when the test says so
 * (answerConfirm / answerFile), or at once when an automatic answer is set.
 */
class FakeDialogPresenter final : public ui::DialogPresenter
{
public:
    void confirmAction(QWidget *, const ui::ConfirmRequest &request, QObject *context,
                       ConfirmCallback done) override
    {
        confirmRequests.append(request);
        m_confirm = done;
        m_confirmContext = context;
        if (autoConfirm)
            answerConfirm(*autoConfirm);
    }
    void confirmSync(QWidget *, const ui::SyncConfirmRequest &request, QObject *context,
                     ChoiceCallback done) override
    {
        syncRequests.append(request);
        m_sync = done;
        m_syncContext = context;
        if (autoConfirmSync)
            answerSync(*autoConfirmSync);
    }
    /** Answers the last Sync question. */
    void answerSync(bool yes)
    {
        if (m_sync && m_syncContext) {
            auto done = std::exchange(m_sync, nullptr);
            done(yes);
        }
    }
    void chooseExportFile(QWidget *, const QString &suggestedName, QObject *context,
                          FileCallback done) override
    {
        suggestedNames.append(suggestedName);
        if (m_fileContext = context; !nextFileName.isEmpty())
            done(nextFileName);
        else
            m_file = done;
    }

    void askSessionOnlyStorage(QWidget *, const QString &reason, QObject *context,
                               ChoiceCallback done) override
    {
        sessionOnlyReasons.append(reason);
        if (sessionOnlyAnswer) {
            // Later, from the event loop, as a dialog would answer.
            QMetaObject::invokeMethod(
                context, [done, answer = *sessionOnlyAnswer] { done(answer); }, Qt::QueuedConnection);
        }
    }
    void openExternalUrl(const QUrl &url) override { openedUrls.append(url); }

    /** Answers the last confirmation: a ticket, or std::nullopt for Cancel. */
    void answerConfirm(const std::optional<QString> &ticket)
    {
        if (m_confirm && m_confirmContext) {
            auto done = std::exchange(m_confirm, nullptr);
            done(ticket);
        }
    }

    QList<ui::ConfirmRequest> confirmRequests;
    QList<ui::SyncConfirmRequest> syncRequests;
    std::optional<bool> autoConfirmSync;
    QStringList suggestedNames;
    QString nextFileName;
    std::optional<std::optional<QString>> autoConfirm;
    QStringList sessionOnlyReasons;
    /** The answer to the keychain question; std::nullopt: never answered. */
    std::optional<bool> sessionOnlyAnswer;
    QList<QUrl> openedUrls;

private:
    ConfirmCallback m_confirm;
    QPointer<QObject> m_confirmContext;
    ChoiceCallback m_sync;
    QPointer<QObject> m_syncContext;
    FileCallback m_file;
    QPointer<QObject> m_fileContext;
};

} // namespace passcode::uitest
