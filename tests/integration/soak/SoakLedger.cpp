// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakLedger.h"

#include <QHash>
#include <QJsonObject>

namespace passcode::soak {

using actions::ActionState;

QList<ReceivedAction> ReceivedAction::fromJson(const QJsonArray &value)
{
    QList<ReceivedAction> out;
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        out.append(ReceivedAction{o.value(u"deviceId").toString(), o.value(u"action").toString(),
                                  o.value(u"initiatedBy").toString(), o.value(u"state").toString()});
    }
    return out;
}

LedgerVerdict checkLedger(const QList<actions::TrackedAction> &journal, const QList<ReceivedAction> &received,
                          const QString &initiator)
{
    LedgerVerdict v;
    v.journalEntries = int(journal.size());
    v.received = int(received.size());

    const auto intent = [](const QString &deviceId, const QString &graphAction) -> QString {
        return deviceId + u'/' + graphAction;
    };
    QHash<QString, int> got;
    for (const ReceivedAction &a : received) {
        const int n = ++got[intent(a.deviceId, a.action)];
        if (n > 1) {
            ++v.duplicates;
            v.violations.append(
                QStringLiteral("duplicate: %1 received %2 %3 times").arg(a.deviceId, a.action).arg(n));
        }
        if (a.initiatedBy.compare(initiator, Qt::CaseInsensitive) != 0)
            v.violations.append(QStringLiteral("received %1 %2 from %3, not from the soak's technician")
                                    .arg(a.action, a.deviceId, a.initiatedBy));
    }

    QHash<QString, const actions::TrackedAction *> entries;
    for (const actions::TrackedAction &e : journal) {
        const QString key = intent(e.key.deviceId, actions::graphActionName(e.key.action));
        if (entries.contains(key)) {
            v.violations.append(QStringLiteral("two journal entries for %1").arg(key));
            continue;
        }
        entries.insert(key, &e);
        ++v.byState[actions::stableName(e.state)];
        const int n = got.value(key);
        const bool graphCode = e.errorCode != 0;
        int low = 0;
        int high = 0;
        switch (e.state) {
        case ActionState::Accepted:
        case ActionState::Pending:
        case ActionState::Active:
        case ActionState::Done:
        case ActionState::NotSupported:
            low = high = 1;
            break;
        case ActionState::Failed:
        case ActionState::Canceled:
            low = high = graphCode ? 1 : 0; // Graph's code: the device's answer; none: the POST was refused
            break;
        case ActionState::None:
            low = high = 0; // "not processed": the technician may send it again
            break;
        case ActionState::Unknown:
            low = 0;
            high = 1;
            ++v.unknown;
            break;
        case ActionState::Requested:
        case ActionState::Sent:
            low = 0;
            high = 1;
            v.violations.append(QStringLiteral("%1 left %2: its POST never had an answer")
                                    .arg(key, actions::stableName(e.state)));
            break;
        }
        if (n < low || n > high)
            v.violations.append(
                QStringLiteral("%1 is %2 in the journal (error code %3) but the sandbox received "
                               "it %4 time(s)")
                    .arg(key, actions::stableName(e.state))
                    .arg(e.errorCode)
                    .arg(n));
    }
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        if (!entries.contains(it.key()))
            v.violations.append(QStringLiteral("%1 was received %2 time(s) but is not in any journal")
                                    .arg(it.key())
                                    .arg(it.value()));
    }
    return v;
}

} // namespace passcode::soak
