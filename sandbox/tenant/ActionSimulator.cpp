// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/ActionSimulator.h"

#include "sandbox/tenant/Rng.h"
#include "sandbox/tenant/TenantCatalog.h"

#include <algorithm>

namespace passcode::sandbox {

namespace {

constexpr quint64 kSaltAction = 601;
constexpr quint64 kSaltSecret = 602;
constexpr quint64 kSaltSync = 603;

struct Outcome
{
    ActionState state;
    qint32 errorCode;
    SecretKind secret;
};

/** The platform rules of docs/sandbox.md ("What each action does"). */
Outcome decide(const DeviceRecord &d, RemoteActionKind kind)
{
    if (d.state != ManagementState::Managed)
        return {ActionState::Canceled, ErrorOverridden, SecretKind::None};
    const Outcome unsupported{ActionState::NotSupported, ErrorPlatformNotSupported, SecretKind::None};
    const bool noPolicy = d.has(FlagNoPasscodePolicy);
    const Outcome noPolicyFailure{ActionState::Failed, ErrorNoPasscodePolicy, SecretKind::None};
    switch (kind) {
    case RemoteActionKind::ResetPasscode:
        switch (d.row) {
        case PlatformRow::IosDevice: // a removal: no new passcode
            if (d.has(FlagWrongUnlockToken))
                return {ActionState::Failed, ErrorWrongUnlockToken, SecretKind::None};
            return {ActionState::Done, ErrorNone, SecretKind::None};
        case PlatformRow::WinPhoneLegacyNotJoined:
        case PlatformRow::WinMobileCuNotJoined:
            return {ActionState::Done, ErrorNone, SecretKind::NumericPin};
        case PlatformRow::AndroidAdminLegacy:
        case PlatformRow::AndroidDedicated:
        case PlatformRow::AndroidAosp:
            return noPolicy ? noPolicyFailure : Outcome{ActionState::Done, ErrorNone, SecretKind::NumericPin};
        case PlatformRow::AndroidFullyManaged:
        case PlatformRow::AndroidCorporateWorkProfile:
            return noPolicy ? noPolicyFailure
                            : Outcome{ActionState::Done, ErrorNone, SecretKind::Alphanumeric};
        case PlatformRow::AndroidPersonalWorkProfile:
            if (d.has(FlagResetTokenInactive))
                return {ActionState::NotSupported, ErrorResetTokenInactive, SecretKind::None};
            return noPolicy ? noPolicyFailure
                            : Outcome{ActionState::Done, ErrorNone, SecretKind::Alphanumeric};
        default:
            return unsupported;
        }
    case RemoteActionKind::RecoverPasscode:
        if (d.row == PlatformRow::WinMobileCuJoined)
            return {ActionState::Done, ErrorNone, SecretKind::NumericPin};
        return unsupported;
    case RemoteActionKind::RemoteLock:
        switch (d.row) {
        case PlatformRow::MacOs:
            return {ActionState::Done, ErrorNone, SecretKind::UnlockPin};
        case PlatformRow::IosUserEnrollment:
        case PlatformRow::WindowsDesktop:
        case PlatformRow::AndroidPersonalWorkProfile:
        case PlatformRow::AndroidLegacyWorkProfile:
        case PlatformRow::Other:
            return unsupported;
        default:
            return {ActionState::Done, ErrorNone, SecretKind::None};
        }
    default:
        return {ActionState::Done, ErrorNone, SecretKind::None};
    }
}

int kindSlot(RemoteActionKind kind)
{
    switch (kind) {
    case RemoteActionKind::ResetPasscode:
        return 0;
    case RemoteActionKind::RecoverPasscode:
        return 1;
    case RemoteActionKind::RemoteLock:
        return 2;
    default:
        return -1;
    }
}

bool isTerminal(ActionState s)
{
    return s == ActionState::Done || s == ActionState::Failed || s == ActionState::NotSupported ||
           s == ActionState::Canceled;
}

} // namespace

ActionSimulator::ActionSimulator(const DeviceStore &store, quint64 seed)
    : m_store(store)
    , m_seed(seed)
    , m_audits(seed)
{}

void ActionSimulator::loadHistory(const std::vector<GeneratedAction> &history)
{
    const auto technicians = catalog::technicians();
    for (const GeneratedAction &g : history) {
        const quint32 initiator = m_audits.internInitiator(QByteArray(technicians[g.technician].ascii) + '@' +
                                                           DeviceStore::domain());
        if (isClientAction(g.kind)) {
            record(g.device, g.kind, initiator, g.requestMs);
        } else {
            AuditEntry e;
            e.device = g.device;
            e.kind = g.kind;
            e.initiator = initiator;
            e.requestMs = g.requestMs;
            e.fixedState = ActionState::Done;
            m_audits.append(e);
        }
    }
}

void ActionSimulator::send(qsizetype device, RemoteActionKind kind, const QByteArray &initiatorUpn,
                           qint64 nowMs)
{
    record(device, kind, m_audits.internInitiator(initiatorUpn), nowMs);
}

void ActionSimulator::record(qsizetype device, RemoteActionKind kind, quint32 initiator, qint64 requestMs)
{
    const int slot = kindSlot(kind);
    if (slot < 0)
        return;
    DeviceActions &mine = m_byDevice[quint32(device)];
    const DeviceRecord &d = m_store.record(device);

    Action a;
    a.device = quint32(device);
    a.kind = kind;
    a.sequence = mine.count++;
    a.requestMs = requestMs;
    const Outcome outcome = decide(d, kind);
    a.outcome = outcome.state;
    a.errorCode = outcome.errorCode;
    a.secret = outcome.secret;

    Rng rng = Rng::forField(m_seed, quint64(device), kSaltAction + 16 * quint64(a.sequence));
    switch (d.connectivity) {
    case Connectivity::Online:
        a.checkInMs = requestMs + rng.range(30, 300) * 1000LL;
        break;
    case Connectivity::Slow:
        a.checkInMs = m_store.nextSyncMs(device, requestMs + 1).value_or(kForever);
        break;
    case Connectivity::Stale:
    case Connectivity::NeverSynced:
        a.checkInMs = kForever;
        break;
    }
    const bool runs = a.outcome == ActionState::Done || a.outcome == ActionState::Failed;
    const qint64 runMs = rng.range(5, 60) * 1000LL;
    a.finishMs = a.checkInMs == kForever ? kForever : (runs ? a.checkInMs + runMs : a.checkInMs);

    // The new action replaces the previous one of the same name on the device.
    if (mine.latest[std::size_t(slot)] >= 0) {
        Action &previous = m_actions[std::size_t(mine.latest[std::size_t(slot)])];
        previous.supersededMs = std::min(previous.supersededMs, requestMs);
    }
    m_actions.push_back(a);
    const auto actionIndex = qint32(m_actions.size() - 1);
    mine.latest[std::size_t(slot)] = actionIndex;

    AuditEntry e;
    e.device = quint32(device);
    e.kind = kind;
    e.initiator = initiator;
    e.requestMs = requestMs;
    e.actionIndex = actionIndex;
    m_audits.append(e);
}

qint64 ActionSimulator::sync(qsizetype device, qint64 nowMs)
{
    const DeviceRecord &d = m_store.record(device);
    if (d.connectivity != Connectivity::Online)
        return kForever; // Slow: its next periodic sync as before; Stale, never synced: no answer
    std::vector<qint64> &checkIns = m_syncCheckIns[quint32(device)];
    Rng rng = Rng::forField(m_seed, quint64(device), kSaltSync + 16 * quint64(checkIns.size()));
    const qint64 checkInMs = nowMs + rng.range(kSyncMinSeconds, kSyncMaxSeconds) * 1000LL;
    checkIns.push_back(checkInMs);
    // The check-in delivers what was waiting for it: actions sent before and not checked in yet start then.
    const auto it = m_byDevice.constFind(quint32(device));
    if (it != m_byDevice.cend()) {
        for (const qint32 index : it->latest) {
            if (index < 0)
                continue;
            Action &a = m_actions[std::size_t(index)];
            if (a.requestMs > nowMs || a.checkInMs <= checkInMs)
                continue;
            const qint64 runMs = a.finishMs == kForever ? 0 : a.finishMs - a.checkInMs;
            a.checkInMs = checkInMs;
            a.finishMs = checkInMs + runMs;
        }
    }
    return checkInMs;
}

ActionState ActionSimulator::stateAt(const Action &a, qint64 nowMs, qint64 *lastUpdatedMs) const
{
    ActionState state = ActionState::Pending;
    qint64 updated = a.requestMs;
    if (nowMs >= a.finishMs) {
        state = a.outcome;
        updated = a.finishMs;
    } else if (nowMs >= a.checkInMs) {
        state = ActionState::Active;
        updated = a.checkInMs;
    }
    if (lastUpdatedMs)
        *lastUpdatedMs = updated;
    return state;
}

QByteArray ActionSimulator::secretFor(const Action &a) const
{
    Rng rng = Rng::forField(m_seed, a.device, kSaltSecret + 16 * quint64(a.sequence));
    QByteArray out;
    switch (a.secret) {
    case SecretKind::None:
        return {};
    case SecretKind::NumericPin:
    case SecretKind::UnlockPin:
        for (int k = 0; k < 6; ++k)
            out.append(char('0' + rng.below(10)));
        return out;
    case SecretKind::Alphanumeric: {
        static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        for (int k = 0; k < 8; ++k)
            out.append(alphabet[rng.below(sizeof alphabet - 1)]);
        // A work-profile policy asks for letters and digits: make sure both are present.
        out[int(rng.below(4))] = char('2' + rng.below(8));
        out[4 + int(rng.below(4))] = "abcdefghjkmnpqrstuvwxyz"[rng.below(23)];
        return out;
    }
    }
    return out;
}

QList<QByteArray> ActionSimulator::secrets() const
{
    QList<QByteArray> out;
    for (const Action &a : m_actions) {
        if (a.secret != SecretKind::None)
            out.append(secretFor(a));
    }
    return out;
}

std::vector<ActionSimulator::Result> ActionSimulator::results(qsizetype device, qint64 nowMs) const
{
    std::vector<Result> out;
    const auto it = m_byDevice.constFind(quint32(device));
    if (it == m_byDevice.cend())
        return out;
    for (const qint32 index : it->latest) {
        if (index < 0)
            continue;
        const Action &a = m_actions[std::size_t(index)];
        if (a.requestMs > nowMs)
            continue;
        Result r;
        r.kind = a.kind;
        r.startMs = a.requestMs;
        r.state = stateAt(a, nowMs, &r.lastUpdatedMs);
        r.errorCode = isTerminal(r.state) ? a.errorCode : 0;
        if (r.state == ActionState::Done && a.secret != SecretKind::None) {
            // Passcodes are shown for 7 days; a remote lock's unlock PIN stays until the next lock.
            if (a.secret == SecretKind::UnlockPin || nowMs < a.finishMs + kPasscodeRetentionMs)
                r.secret = secretFor(a);
        }
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const Result &a, const Result &b) { return a.startMs < b.startMs; });
    return out;
}

ActionState ActionSimulator::auditState(const AuditEntry &entry, qint64 nowMs) const
{
    if (entry.actionIndex < 0)
        return entry.fixedState;
    const Action &a = m_actions[std::size_t(entry.actionIndex)];
    if (a.supersededMs <= nowMs) {
        const ActionState atReplacement = stateAt(a, a.supersededMs, nullptr);
        if (!isTerminal(atReplacement))
            return ActionState::Canceled;
    }
    return stateAt(a, nowMs, nullptr);
}

qint64 ActionSimulator::lastActionCheckInMs(qsizetype device, qint64 nowMs) const
{
    qint64 best = kNeverMs;
    for (const qint64 checkIn : m_syncCheckIns.value(quint32(device))) {
        if (checkIn <= nowMs && checkIn > best)
            best = checkIn;
    }
    const auto it = m_byDevice.constFind(quint32(device));
    if (it == m_byDevice.cend())
        return best;
    for (const qint32 index : it->latest) {
        if (index < 0)
            continue;
        const Action &a = m_actions[std::size_t(index)];
        if (a.checkInMs <= nowMs && a.checkInMs > best)
            best = a.checkInMs;
    }
    return best;
}

QHash<QByteArray, int> ActionSimulator::stateCounts(qint64 nowMs) const
{
    QHash<QByteArray, int> counts;
    for (qsizetype i = 0; i < m_audits.size(); ++i) {
        const AuditEntry &e = m_audits.entry(i);
        if (e.actionIndex >= 0)
            ++counts[actionStateName(auditState(e, nowMs)).toByteArray()];
    }
    return counts;
}

} // namespace passcode::sandbox
