// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkFormat.h"

#include "CtlFormat.h"
#include "ExitCode.h"

#include <QMap>

namespace passcode::ctl {
namespace {

using actions::RunItemStatus;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString line(const QString &serviceText)
{
    return CtlFormat::oneLine(serviceText);
}

QString seconds(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 120)
        return BulkFormat::tr("%1 s").arg(s);
    return BulkFormat::tr("%1 min").arg((s + 59) / 60);
}

} // namespace

QString BulkFormat::entrySource(const DeviceEntry &entry, const QString &fileName)
{
    if (entry.line <= 0)
        return tr("command line");
    return tr("%1, line %2").arg(fileName).arg(entry.line);
}

QString BulkFormat::planText(const actions::BulkPlan &plan,
                             const QList<DeviceSelection::Unresolved> &unresolved, const QString &fileName,
                             const QString &tenant, int listed)
{
    using actions::SkipReason;
    QString text;
    const int total = int(plan.items.size()) + int(unresolved.size());
    text += tr("Plan for %n device(s) on %1:", nullptr, total).arg(line(tenant)) + u'\n';
    const QList<actions::PlanActionCount> counts = plan.actionCounts();
    if (counts.isEmpty())
        text += u"  " + tr("no device gets a passcode action") + u'\n';
    for (const actions::PlanActionCount &c : counts)
        text += u"  " +
                tr("%1 (%2): %n device(s)", nullptr, c.count)
                    .arg(actions::displayName(c.action), eligibility::displayName(c.scope)) +
                u'\n';

    const int skipped = plan.skippedCount() + int(unresolved.size());
    if (skipped > 0)
        text += tr("Skipped: %n device(s)", nullptr, skipped) + u'\n';
    for (SkipReason reason : {SkipReason::NotEligible, SkipReason::AlreadyPending,
                              SkipReason::RetireWipeIssued, SkipReason::NotFound, SkipReason::ReadFailed}) {
        QStringList rows;
        for (const actions::PlanItem &item : plan.items) {
            if (item.skip != reason)
                continue;
            const QString name = item.deviceName.isEmpty() ? item.deviceId : item.deviceName;
            rows.append(item.skipText.isEmpty() ? line(name)
                                                : tr("%1: %2").arg(line(name), line(item.skipText)));
        }
        if (reason == SkipReason::NotFound) {
            for (const DeviceSelection::Unresolved &u : unresolved) {
                if (u.problem == DeviceSelection::Problem::NotFound)
                    rows.append(tr("'%1' (%2): no device has this id, name or serial number")
                                    .arg(line(u.entry.text), entrySource(u.entry, line(fileName))));
            }
        }
        if (rows.isEmpty())
            continue;
        text += u"  " + tr("%1: %2").arg(actions::displayName(reason)).arg(rows.size()) + u'\n';
        for (const QString &row : rows.first(std::min<qsizetype>(rows.size(), listed)))
            text += u"    " + row + u'\n';
        if (rows.size() > listed)
            text += u"    " +
                    tr("... and %n more (--json lists every device)", nullptr, int(rows.size()) - listed) +
                    u'\n';
    }
    QStringList ambiguous;
    for (const DeviceSelection::Unresolved &u : unresolved) {
        if (u.problem == DeviceSelection::Problem::Ambiguous)
            ambiguous.append(
                tr("'%1' (%2): %n devices match; name one by its id: %3", nullptr, int(u.candidates.size()))
                    .arg(line(u.entry.text), entrySource(u.entry, line(fileName)),
                         line(u.candidates.join(QStringLiteral(", ")))));
    }
    if (!ambiguous.isEmpty()) {
        text += u"  " + tr("Several devices match: %1").arg(ambiguous.size()) + u'\n';
        for (const QString &row : ambiguous)
            text += u"    " + row + u'\n';
    }

    // Cautions must be seen before sending: each distinct one with the number of devices it concerns.
    QMap<QString, int> cautions;
    for (const actions::PlanItem &item : plan.items) {
        if (!item.eligible())
            continue;
        for (const QString &caution : item.cautions)
            ++cautions[caution];
    }
    if (!cautions.isEmpty())
        text += tr("Cautions:") + u'\n';
    for (auto it = cautions.cbegin(); it != cautions.cend(); ++it)
        text += u"  " + tr("%1 (%n device(s))", nullptr, it.value()).arg(line(it.key())) + u'\n';
    return text;
}

QJsonObject BulkFormat::itemJson(const actions::BulkRunItem &item, const std::optional<QString> &passcode)
{
    const actions::PlanItem &p = item.plan;
    QJsonObject o{
        {QStringLiteral("deviceId"), p.deviceId},
        {QStringLiteral("deviceName"), p.deviceName},
        {QStringLiteral("action"), p.action ? QJsonValue(actions::stableName(*p.action)) : QJsonValue()},
        {QStringLiteral("scope"), eligibility::stableName(p.scope)},
        {QStringLiteral("state"), actions::stableName(item.status)},
        {QStringLiteral("skipReason"),
         p.skip == actions::SkipReason::None ? QJsonValue() : QJsonValue(actions::stableName(p.skip))},
        {QStringLiteral("errorCode"), item.errorCode},
        {QStringLiteral("likelyCause"), orNull(item.likelyCause)},
    };
    if (passcode)
        o.insert(QStringLiteral("passcode"), *passcode);
    return o;
}

QJsonObject BulkFormat::planItemJson(const actions::PlanItem &p)
{
    return QJsonObject{
        {QStringLiteral("deviceId"), p.deviceId},
        {QStringLiteral("deviceName"), p.deviceName},
        {QStringLiteral("action"), p.action ? QJsonValue(actions::stableName(*p.action)) : QJsonValue()},
        {QStringLiteral("scope"), eligibility::stableName(p.scope)},
        {QStringLiteral("state"), p.eligible() ? QStringLiteral("planned") : QStringLiteral("skipped")},
        {QStringLiteral("skipReason"),
         p.skip == actions::SkipReason::None ? QJsonValue() : QJsonValue(actions::stableName(p.skip))},
        {QStringLiteral("skipText"), orNull(p.skipText)},
        {QStringLiteral("cautions"), QJsonArray::fromStringList(p.eligible() ? p.cautions : QStringList())},
        {QStringLiteral("errorCode"), 0},
        {QStringLiteral("likelyCause"), QJsonValue()},
    };
}

QJsonObject BulkFormat::unresolvedJson(const DeviceSelection::Unresolved &u)
{
    const bool ambiguous = u.problem == DeviceSelection::Problem::Ambiguous;
    return QJsonObject{
        {QStringLiteral("deviceId"), QJsonValue()},
        {QStringLiteral("deviceName"), QJsonValue()},
        {QStringLiteral("action"), QJsonValue()},
        {QStringLiteral("scope"), eligibility::stableName(eligibility::Scope::None)},
        {QStringLiteral("state"), QStringLiteral("skipped")},
        {QStringLiteral("skipReason"), ambiguous ? QStringLiteral("ambiguous") : QStringLiteral("notFound")},
        {QStringLiteral("errorCode"), 0},
        {QStringLiteral("likelyCause"), QJsonValue()},
        {QStringLiteral("entry"), u.entry.text},
        {QStringLiteral("line"), u.entry.line > 0 ? QJsonValue(u.entry.line) : QJsonValue()},
        {QStringLiteral("candidates"), QJsonArray::fromStringList(u.candidates)},
    };
}

QJsonObject BulkFormat::countsJson(const actions::BulkRunProgress &p, int unresolved)
{
    return QJsonObject{
        {QStringLiteral("total"), p.total + unresolved},
        {QStringLiteral("skipped"), p.skipped + unresolved},
        {QStringLiteral("notSent"), p.notSent},
        {QStringLiteral("sent"), p.sent},
        {QStringLiteral("accepted"), p.accepted},
        {QStringLiteral("pending"), p.pending},
        {QStringLiteral("done"), p.done},
        {QStringLiteral("failed"), p.failed},
        {QStringLiteral("notSupported"), p.notSupported},
        {QStringLiteral("unknown"), p.unknown},
        {QStringLiteral("notProcessed"), p.notProcessed},
        {QStringLiteral("cancelled"), p.cancelled},
    };
}

QJsonObject BulkFormat::summaryJson(const QString &runId, actions::RunState state, const QString &ticket,
                                    const actions::BulkRunProgress &progress, int unresolved, int exitCode)
{
    return QJsonObject{
        {QStringLiteral("runId"), runId},       {QStringLiteral("runState"), actions::stableName(state)},
        {QStringLiteral("ticket"), ticket},     {QStringLiteral("counts"), countsJson(progress, unresolved)},
        {QStringLiteral("exitCode"), exitCode},
    };
}

QJsonObject BulkFormat::planSummaryJson(const actions::BulkPlan &plan, int unresolved, int exitCode)
{
    QJsonArray actions;
    for (const actions::PlanActionCount &c : plan.actionCounts())
        actions.append(QJsonObject{{QStringLiteral("action"), actions::stableName(c.action)},
                                   {QStringLiteral("scope"), eligibility::stableName(c.scope)},
                                   {QStringLiteral("count"), c.count}});
    return QJsonObject{
        {QStringLiteral("runId"), QJsonValue()},
        {QStringLiteral("plan"), true},
        {QStringLiteral("total"), int(plan.items.size()) + unresolved},
        {QStringLiteral("eligible"), plan.eligibleCount()},
        {QStringLiteral("skipped"), plan.skippedCount() + unresolved},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("exitCode"), exitCode},
    };
}

QString BulkFormat::itemLine(const actions::BulkRunItem &item, const std::optional<QString> &passcode)
{
    const actions::PlanItem &p = item.plan;
    const QString name = line(p.deviceName.isEmpty() ? p.deviceId : p.deviceName);
    const QString action = p.action ? actions::displayName(*p.action) : tr("no passcode action");
    QString text;
    switch (item.status) {
    case RunItemStatus::Skipped:
        text = tr("%1: skipped (%2): %3").arg(name, actions::displayName(p.skip), line(p.skipText));
        break;
    case RunItemStatus::Failed:
    case RunItemStatus::NotSupported:
        text = tr("%1: %2 %3 (error code %4).")
                   .arg(name, action, actions::displayName(item.status).toLower())
                   .arg(item.errorCode);
        if (!item.errorText.isEmpty())
            text += u' ' + line(item.errorText);
        if (!item.likelyCause.isEmpty())
            text += u' ' + line(item.likelyCause);
        break;
    case RunItemStatus::Unknown:
        text = tr("%1: %2: outcome unknown (the answer was lost); it is not sent again.").arg(name, action);
        break;
    case RunItemStatus::NotProcessed:
        text = tr("%1: %2 was never processed by Intune; it may be sent again.").arg(name, action);
        break;
    default:
        text = tr("%1: %2 %3.").arg(name, action, actions::displayName(item.status).toLower());
        break;
    }
    if (passcode)
        text += u' ' + tr("Passcode: %1").arg(*passcode);
    return text;
}

QString BulkFormat::unresolvedLine(const DeviceSelection::Unresolved &u, const QString &fileName)
{
    if (u.problem == DeviceSelection::Problem::Ambiguous)
        return tr("'%1' (%2): skipped: %n devices match; name one by its id: %3", nullptr,
                  int(u.candidates.size()))
            .arg(line(u.entry.text), entrySource(u.entry, line(fileName)),
                 line(u.candidates.join(QStringLiteral(", "))));
    return tr("'%1' (%2): skipped: no device has this id, name or serial number.")
        .arg(line(u.entry.text), entrySource(u.entry, line(fileName)));
}

QString BulkFormat::progressLine(const actions::BulkRunProgress &p)
{
    const int eligible = p.total - p.skipped;
    const int left = p.notSent - p.cancelled;
    QString text = tr("Progress: %1 of %2 sent; %3 accepted or pending, %4 done, %5 failed, %6 unknown")
                       .arg(eligible - p.notSent)
                       .arg(eligible)
                       .arg(p.accepted + p.pending)
                       .arg(p.done)
                       .arg(p.failed + p.notSupported)
                       .arg(p.unknown + p.notProcessed);
    if (left > 0 && p.etaMs > 0)
        text += tr("; about %1 left").arg(seconds(p.etaMs));
    return text + u'.';
}

QString BulkFormat::summaryText(const QString &runId, actions::RunState state,
                                const actions::BulkRunProgress &p, int unresolved)
{
    QString text = tr("Run %1 (%2): %3 devices: %4 skipped, %5 accepted or pending, %6 done, %7 failed, "
                      "%8 not supported, %9 unknown")
                       .arg(runId, actions::displayName(state).toLower())
                       .arg(p.total + unresolved)
                       .arg(p.skipped + unresolved)
                       .arg(p.accepted + p.pending)
                       .arg(p.done)
                       .arg(p.failed)
                       .arg(p.notSupported)
                       .arg(p.unknown + p.notProcessed);
    if (p.notSent > 0)
        text += tr(", %1 not sent").arg(p.notSent);
    text += u'.';
    if (p.notSent > 0 && state != actions::RunState::Cancelled)
        text += u' ' + tr("Send the rest with 'passcodectl runs resume %1'.").arg(runId);
    return text;
}

int BulkFormat::exitCodeOf(const actions::BulkRunProgress &p, bool wait)
{
    if (p.total - p.skipped <= 0)
        return ExitNotEligible;
    if (p.failed + p.notSupported > 0)
        return ExitActionFailed;
    if (p.unknown + p.notProcessed + p.notSent + p.sent > 0)
        return ExitOutcomeUnknown;
    if (wait && p.accepted + p.pending > 0)
        return ExitOutcomeUnknown;
    return ExitSuccess;
}

QString BulkFormat::runsTable(const QList<actions::RunRecord> &runs)
{
    if (runs.isEmpty())
        return tr("No bulk runs.") + u'\n';
    const QStringList header{tr("RUN"),  tr("CREATED"), tr("STATE"),  tr("TICKET"),  tr("DEVICES"),
                             tr("SENT"), tr("DONE"),    tr("FAILED"), tr("UNKNOWN"), tr("NOT SENT")};
    QList<QStringList> rows{header};
    for (const actions::RunRecord &r : runs) {
        int sent = 0;
        for (const actions::RunRecordItem &i : r.items)
            sent += i.sent ? 1 : 0;
        rows.append({r.id, CtlFormat::time(r.createdAt), actions::displayName(r.state), line(r.ticket),
                     QString::number(r.items.size()), QString::number(sent),
                     QString::number(r.count(RunItemStatus::Done)),
                     QString::number(r.count(RunItemStatus::Failed) + r.count(RunItemStatus::NotSupported)),
                     QString::number(r.count(RunItemStatus::Unknown) + r.count(RunItemStatus::NotProcessed)),
                     QString::number(r.unsentCount())});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c)
            out += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        text += out + u'\n';
    }
    return text;
}

QJsonArray BulkFormat::runsJson(const QList<actions::RunRecord> &runs)
{
    QJsonArray array;
    for (const actions::RunRecord &r : runs) {
        QJsonObject counts;
        for (RunItemStatus s :
             {RunItemStatus::Skipped, RunItemStatus::NotSent, RunItemStatus::Sent, RunItemStatus::Accepted,
              RunItemStatus::Pending, RunItemStatus::Done, RunItemStatus::Failed, RunItemStatus::NotSupported,
              RunItemStatus::Unknown, RunItemStatus::NotProcessed})
            counts.insert(actions::stableName(s), r.count(s));
        array.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("createdAt"), CtlFormat::time(r.createdAt)},
            {QStringLiteral("updatedAt"), CtlFormat::time(r.updatedAt)},
            {QStringLiteral("ticket"), r.ticket},
            {QStringLiteral("initiatedBy"), r.initiatedBy},
            {QStringLiteral("tenant"), r.tenantLabel},
            {QStringLiteral("state"), actions::stableName(r.state)},
            {QStringLiteral("pauseReason"), orNull(r.pauseReason)},
            {QStringLiteral("devices"), int(r.items.size())},
            {QStringLiteral("interrupted"), r.isInterrupted()},
            {QStringLiteral("counts"), counts},
        });
    }
    return array;
}

} // namespace passcode::ctl
