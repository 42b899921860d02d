// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlFormat.h"

#include "core/actions/AuditJson.h"
#include "core/actions/LikelyCause.h"
#include "core/actions/PasscodeResult.h"
#include "core/devices/DeviceJson.h"

#include "Output.h"

#include <algorithm>

namespace passcode::ctl {
namespace {

/** A text table: columns sized to their widest cell, the last one left ragged. */
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header.at(c).size();
    for (const QStringList &r : rows) {
        for (qsizetype c = 0; c < r.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), r.at(c).size());
    }
    QString out;
    const auto line = [&](const QStringList &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString cell = neutralised(cells.at(c), Controls::ReplaceAll);
            out += c + 1 < cells.size() ? cell.leftJustified(widths.at(c) + 2) : cell;
        }
        out += u'\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

/** The likely cause of the device's latest passcode action when it failed or is not supported, else null. */
QJsonValue likelyCauseJson(const devices::Device &device)
{
    const std::optional<QString> cause = actions::LikelyCause::ofLatestResult(device);
    return cause ? QJsonValue(*cause) : QJsonValue();
}

} // namespace

QString CtlFormat::time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString CtlFormat::oneLine(const QString &text)
{
    QString s = text;
    s.replace(u'\r', u' ').replace(u'\n', u' ');
    return neutralised(s.simplified(), Controls::ReplaceAll);
}

QString CtlFormat::platformText(const devices::Device &d)
{
    QString s = d.operatingSystem.isEmpty() ? QStringLiteral("-") : d.operatingSystem;
    if (!d.osVersion.isEmpty())
        s += u' ' + d.osVersion;
    return s;
}

QString CtlFormat::orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

bool CtlFormat::matchesFilter(const devices::Device &d, const QString &filter)
{
    const QString needle = filter.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString *field :
         {&d.deviceName, &d.serialNumber, &d.userPrincipalName, &d.imei, &d.model, &d.id}) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool CtlFormat::matchesPlatform(const devices::Device &d, const QString &platform)
{
    const QString p = platform.trimmed();
    if (p.isEmpty())
        return true;
    if (p.compare(u"ios", Qt::CaseInsensitive) == 0 &&
        d.operatingSystem.compare(u"iPadOS", Qt::CaseInsensitive) == 0)
        return true;
    return d.operatingSystem.startsWith(p, Qt::CaseInsensitive);
}

QStringList CtlFormat::devicesTableHeader()
{
    return {tr("NAME"),   tr("PLATFORM"),        tr("OWNERSHIP"), tr("USER"),
            tr("SERIAL"), tr("LAST SYNC (UTC)"), tr("ID")};
}

QJsonObject CtlFormat::verdictJson(const eligibility::Verdict &v)
{
    return QJsonObject{
        {QStringLiteral("allowed"), v.allowed},
        {QStringLiteral("scope"), eligibility::stableName(v.scope)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(v.reasons)},
        {QStringLiteral("cautions"), QJsonArray::fromStringList(v.cautions)},
        {QStringLiteral("rule"), v.rule},
        {QStringLiteral("blocked"), v.blocked},
    };
}

QJsonObject CtlFormat::deviceShowJson(const devices::Device &device,
                                      const QList<eligibility::Verdict> &verdicts)
{
    QJsonObject o = devices::DeviceJson::toJson(device);
    QJsonObject eligibility;
    for (const eligibility::Verdict &v : verdicts)
        eligibility.insert(actions::stableName(v.action), verdictJson(v));
    o.insert(QStringLiteral("eligibility"), eligibility);
    // The device's latest passcode action as Graph reports it; the passcode itself is never printed here.
    if (const std::optional<actions::PasscodeResult> r = actions::readPasscodeResult(device)) {
        o.insert(QStringLiteral("passcodeAction"),
                 QJsonObject{{QStringLiteral("state"), actions::stableName(r->state)},
                             {QStringLiteral("startDateTime"), time(r->startDateTime)},
                             {QStringLiteral("lastUpdatedDateTime"), time(r->lastUpdatedDateTime)},
                             {QStringLiteral("errorCode"), r->errorCode},
                             {QStringLiteral("passcodeAvailable"), r->passcode.has_value()},
                             {QStringLiteral("likelyCause"), likelyCauseJson(device)}});
    } else {
        o.insert(QStringLiteral("passcodeAction"), QJsonValue::Null);
    }
    return o;
}

QString CtlFormat::deviceShowText(const devices::Device &d, const QList<eligibility::Verdict> &verdicts)
{
    QList<QStringList> rows{
        {tr("Device"), orDash(d.deviceName)},
        {tr("Id"), d.id},
        {tr("Platform"), platformText(d)},
        {tr("Enrollment"), devices::displayText(d.enrollmentType)},
        {tr("Ownership"), devices::displayText(d.ownership)},
        {tr("Management"), devices::displayText(d.managementState)},
        {tr("Compliance"), devices::displayText(d.compliance)},
        {tr("User"), d.userDisplayName.isEmpty()
                         ? orDash(d.userPrincipalName)
                         : QString(d.userDisplayName + QStringLiteral(" <") + d.userPrincipalName + u'>')},
        {tr("Model"), orDash(QString(d.manufacturer + u' ' + d.model).trimmed())},
        {tr("Serial"), orDash(d.serialNumber)},
        {tr("IMEI"), orDash(d.imei)},
        {tr("Last sync"), time(d.lastSyncDateTime)},
    };
    // Column widths follow the (translated) labels: French labels and action names are longer than English.
    qsizetype labelWidth = 0;
    for (const QStringList &r : rows)
        labelWidth = std::max(labelWidth, r.at(0).size() + 1);
    qsizetype actionWidth = 0;
    for (const eligibility::Verdict &v : verdicts)
        actionWidth = std::max(actionWidth, actions::displayName(v.action).size());
    QString out;
    for (const QStringList &r : rows)
        out += QString(r.at(0) + u':').leftJustified(labelWidth + 1) +
               neutralised(r.at(1), Controls::ReplaceAll) + u'\n';
    out += u'\n' + tr("Passcode actions:") + u'\n';
    for (const eligibility::Verdict &v : verdicts) {
        QString line = QStringLiteral("  ") + actions::displayName(v.action).leftJustified(actionWidth + 2);
        if (v.allowed)
            line += tr("allowed (%1)").arg(eligibility::displayName(v.scope));
        else
            line += tr("not allowed");
        out += line + u'\n';
        for (const QString &reason : v.reasons)
            out += QStringLiteral("      - ") + reason + u'\n';
        for (const QString &caution : v.cautions)
            out += QStringLiteral("      ! ") + caution + u'\n';
    }
    if (const std::optional<actions::PasscodeResult> r = actions::readPasscodeResult(d)) {
        out += u'\n' + tr("Last passcode action: %1 since %2")
                           .arg(actions::displayName(r->state), time(r->startDateTime));
        if (r->passcode)
            out += u' ' + tr("(a passcode is shown in the Overview until %1)").arg(time(r->passcodeExpiry()));
        out += u'\n';
        if (const std::optional<QString> cause = actions::LikelyCause::ofLatestResult(d))
            out += QStringLiteral("  ") + *cause + u'\n';
    }
    return out;
}

QString CtlFormat::actionsTable(const QList<actions::RemoteActionAudit> &rows)
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    QStringList causes;
    for (const actions::RemoteActionAudit &r : rows) {
        cells.append({time(r.requestDateTime), orDash(r.deviceDisplayName), orDash(r.action),
                      actions::displayName(r.actionState), orDash(r.initiatedByUserPrincipalName),
                      r.fromJournal ? tr("journal") : tr("Intune")});
        // The passcode panel's words for what went wrong, under the table (a cell would be a paragraph).
        if (const std::optional<QString> cause = actions::LikelyCause::ofAudit(r))
            causes.append(tr("%1, %2 (%3): %4", "device, action (state): likely cause")
                              .arg(orDash(r.deviceDisplayName), orDash(r.action),
                                   actions::displayName(r.actionState), *cause));
    }
    QString text = table(
        {tr("REQUESTED (UTC)"), tr("DEVICE"), tr("ACTION"), tr("STATE"), tr("BY"), tr("SOURCE")}, cells);
    if (!causes.isEmpty())
        text += u'\n' + causes.join(u'\n') + u'\n';
    return text;
}

QJsonArray CtlFormat::actionsJson(const QList<actions::RemoteActionAudit> &rows)
{
    QJsonArray out;
    for (const actions::RemoteActionAudit &r : rows) {
        QJsonObject o = actions::AuditJson::toJson(r);
        const std::optional<QString> cause = actions::LikelyCause::ofAudit(r);
        o.insert(QStringLiteral("likelyCause"), cause ? QJsonValue(*cause) : QJsonValue());
        out.append(o);
    }
    return out;
}

QJsonObject CtlFormat::resetJson(const actions::TrackedAction &a, bool showPasscode)
{
    QJsonObject o{
        {QStringLiteral("deviceId"), a.key.deviceId},
        {QStringLiteral("deviceName"), a.deviceName},
        {QStringLiteral("action"), actions::stableName(a.key.action)},
        {QStringLiteral("graphAction"), actions::graphActionName(a.key.action)},
        {QStringLiteral("state"), actions::stableName(a.state)},
        {QStringLiteral("requestedAt"), time(a.requestedAt)},
        {QStringLiteral("stateSince"), time(a.stateSince)},
        {QStringLiteral("errorCode"), a.errorCode},
        {QStringLiteral("passcodeAvailable"), a.passcode.has_value()},
        {QStringLiteral("passcodeExpiry"), a.passcode ? QJsonValue(time(a.passcodeExpiry)) : QJsonValue()},
    };
    if (showPasscode && a.passcode)
        o.insert(QStringLiteral("passcode"), *a.passcode);
    return o;
}

} // namespace passcode::ctl
